import { badInputSuite } from './badInput.ts'
import { testDatabase } from '../helpers/database.ts'

badInputSuite(testDatabase())
