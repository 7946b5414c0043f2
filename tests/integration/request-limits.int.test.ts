import { requestLimitsSuite } from './requestLimits.ts'
import { testDatabase } from '../helpers/database.ts'

requestLimitsSuite(testDatabase())
