import { incrementalBuildSuite } from './incrementalBuild.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

incrementalBuildSuite(testDatabase())
