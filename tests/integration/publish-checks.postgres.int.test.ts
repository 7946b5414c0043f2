import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { publishChecksSuite } from './publishChecks.ts'

if (available('postgres')) publishChecksSuite('postgres')
else
  describe.skip('publish pipeline checks on postgres (set LOTSE_TEST_POSTGRES_URL)', () =>
    it('needs a PostgreSQL server'))
