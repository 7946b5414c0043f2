import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { releasesAdminSuite } from './releasesAdmin.ts'

if (available('postgres')) releasesAdminSuite('postgres')
else
  describe.skip('releases admin endpoints on postgres (set LOTSE_TEST_POSTGRES_URL)', () =>
    it('needs a PostgreSQL server'))
