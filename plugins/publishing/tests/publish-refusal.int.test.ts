import { publishRefusalSuite } from './publishRefusal.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

publishRefusalSuite(testDatabase())
