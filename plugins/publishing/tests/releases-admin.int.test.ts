import { releasesAdminSuite } from './releasesAdmin.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

releasesAdminSuite(testDatabase())
