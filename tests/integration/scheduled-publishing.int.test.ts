import { scheduledPublishingSuite } from './scheduledPublishing.ts'
import { testDatabase } from '../helpers/database.ts'

scheduledPublishingSuite(testDatabase())
