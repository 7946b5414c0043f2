import { incrementalExportSuite } from './incrementalExport.ts'
import { testDatabase } from '../helpers/database.ts'

incrementalExportSuite(testDatabase())
