import { backupRestoreSuite } from './backupRestore.ts'

backupRestoreSuite('sqlite')
