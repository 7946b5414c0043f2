import { releasesAdminSuite } from './releasesAdmin.ts'

releasesAdminSuite('sqlite')
