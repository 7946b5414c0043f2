import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { accessMatrixSuite } from './accessMatrix.ts'

if (available('postgres')) accessMatrixSuite('postgres')
else describe.skip('access matrix on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
