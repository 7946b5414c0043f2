import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { badInputSuite } from './badInput.ts'

if (available('postgres')) badInputSuite('postgres')
else describe.skip('bad input on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
