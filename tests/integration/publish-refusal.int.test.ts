import { publishRefusalSuite } from './publishRefusal.ts'
import { testDatabase } from '../helpers/database.ts'

publishRefusalSuite(testDatabase())
