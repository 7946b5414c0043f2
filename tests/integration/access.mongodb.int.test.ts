import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { accessMatrixSuite } from './accessMatrix.ts'

// No MongoDB server can be installed on the project's CI machine; this runs where MONGODB_URL is set.
if (available('mongodb')) accessMatrixSuite('mongodb')
else describe.skip('access matrix on mongodb (set MONGODB_URL)', () => it('needs a MongoDB server'))
