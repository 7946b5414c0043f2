import { firstSearchSuite } from './firstSearch.ts'
import { testDatabase } from '../helpers/database.ts'

firstSearchSuite(testDatabase())
