import { scheduledPublishingSuite } from './scheduledPublishing.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

scheduledPublishingSuite(testDatabase())
