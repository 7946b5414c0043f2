import { incrementalExportSuite } from './incrementalExport.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

incrementalExportSuite(testDatabase())
