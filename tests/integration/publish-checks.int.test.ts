import { publishChecksSuite } from './publishChecks.ts'
import { testDatabase } from '../helpers/database.ts'

publishChecksSuite(testDatabase())
