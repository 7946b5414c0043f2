import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { backupRestoreSuite } from './backupRestore.ts'

if (available('postgres')) backupRestoreSuite('postgres')
else
  describe.skip('backup and restore on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
