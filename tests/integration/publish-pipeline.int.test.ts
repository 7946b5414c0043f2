import { publishPipelineSuite } from './publishPipeline.ts'
import { testDatabase } from '../helpers/database.ts'

publishPipelineSuite(testDatabase())
