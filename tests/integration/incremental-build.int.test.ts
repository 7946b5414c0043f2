import { incrementalBuildSuite } from './incrementalBuild.ts'
import { testDatabase } from '../helpers/database.ts'

incrementalBuildSuite(testDatabase())
