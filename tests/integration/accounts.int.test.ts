import { accountsSuite } from './accounts.ts'
import { testDatabase } from '../helpers/database.ts'

accountsSuite(testDatabase())
