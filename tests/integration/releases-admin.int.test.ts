import { releasesAdminSuite } from './releasesAdmin.ts'
import { testDatabase } from '../helpers/database.ts'

releasesAdminSuite(testDatabase())
