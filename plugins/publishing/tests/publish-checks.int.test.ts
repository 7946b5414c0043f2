import { publishChecksSuite } from './publishChecks.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

publishChecksSuite(testDatabase())
