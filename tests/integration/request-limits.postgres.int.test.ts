import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { requestLimitsSuite } from './requestLimits.ts'

if (available('postgres')) requestLimitsSuite('postgres')
else describe.skip('request limits on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
