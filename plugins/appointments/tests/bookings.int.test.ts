import { bookingsSuite } from './bookings.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

bookingsSuite(testDatabase())
