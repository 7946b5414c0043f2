import { feedbackBookingSuite } from './feedbackBooking.ts'
import { testDatabase } from '../helpers/database.ts'

feedbackBookingSuite(testDatabase())
