import { feedbackSuite } from './feedback.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

feedbackSuite(testDatabase())
