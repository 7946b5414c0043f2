import { feedbackBookingSuite } from './feedbackBooking.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

feedbackBookingSuite(testDatabase())
