import { syndicationPrivacySuite } from './syndicationPrivacy.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

syndicationPrivacySuite(testDatabase())
