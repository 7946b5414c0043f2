import { backupRestoreSuite } from './backupRestore.ts'
import { testDatabase } from '../helpers/database.ts'

// Not on MongoDB (vitest.config.ts): backup and restore handle the SQL databases.
backupRestoreSuite(testDatabase() as 'sqlite' | 'postgres')
