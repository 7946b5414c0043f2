import { emailSuite } from './email.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

emailSuite(testDatabase())
