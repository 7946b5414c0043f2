import { feedbackBookingSuite } from './feedbackBooking.ts'

feedbackBookingSuite('sqlite')
