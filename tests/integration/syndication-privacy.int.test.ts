import { syndicationPrivacySuite } from './syndicationPrivacy.ts'
import { testDatabase } from '../helpers/database.ts'

syndicationPrivacySuite(testDatabase())
