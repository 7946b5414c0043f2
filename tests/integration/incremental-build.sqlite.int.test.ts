import { incrementalBuildSuite } from './incrementalBuild.ts'

incrementalBuildSuite('sqlite')
