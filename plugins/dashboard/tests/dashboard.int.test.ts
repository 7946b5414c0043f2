import { dashboardSuite } from './dashboard.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

dashboardSuite(testDatabase())
