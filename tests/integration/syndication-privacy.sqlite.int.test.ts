import { syndicationPrivacySuite } from './syndicationPrivacy.ts'

syndicationPrivacySuite('sqlite')
