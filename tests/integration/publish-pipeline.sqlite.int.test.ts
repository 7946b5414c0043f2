import { publishPipelineSuite } from './publishPipeline.ts'

publishPipelineSuite('sqlite')
