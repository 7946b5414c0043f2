import { restoreRollbackSuite } from './restoreRollback.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

restoreRollbackSuite(testDatabase())
