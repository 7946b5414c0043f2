import { richTextValidationSuite } from './richTextValidation.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

richTextValidationSuite(testDatabase())
