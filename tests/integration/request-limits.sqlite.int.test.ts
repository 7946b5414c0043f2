import { requestLimitsSuite } from './requestLimits.ts'

requestLimitsSuite('sqlite')
