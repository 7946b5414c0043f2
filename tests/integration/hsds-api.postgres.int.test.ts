import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { hsdsApiSuite } from './hsdsApi.ts'

if (available('postgres')) hsdsApiSuite('postgres')
else describe.skip('live HSDS API on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
