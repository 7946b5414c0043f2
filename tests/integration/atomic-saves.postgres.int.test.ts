import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { atomicSavesSuite } from './atomicSaves.ts'

if (available('postgres')) atomicSavesSuite('postgres')
else describe.skip('atomic saves on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
