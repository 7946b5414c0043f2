import { scheduledPublishingSuite } from './scheduledPublishing.ts'

scheduledPublishingSuite('sqlite')
