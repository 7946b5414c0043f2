import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { scheduledPublishingSuite } from './scheduledPublishing.ts'

if (available('postgres')) scheduledPublishingSuite('postgres')
else
  describe.skip('scheduled publishing on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
