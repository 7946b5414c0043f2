import { approvalSuite } from './approval.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

approvalSuite(testDatabase())
