import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { syndicationPrivacySuite } from './syndicationPrivacy.ts'

if (available('postgres')) syndicationPrivacySuite('postgres')
else
  describe.skip('syndication privacy on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
