import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { accountsSuite } from './accounts.ts'

if (available('postgres')) accountsSuite('postgres')
else
  describe.skip('accounts and logins on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
