import { publishPipelineSuite } from './publishPipeline.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

publishPipelineSuite(testDatabase())
