import { demoContentSuite } from './demoContent.ts'
import { testDatabase } from '../helpers/database.ts'

demoContentSuite(testDatabase())
