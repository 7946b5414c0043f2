import { publishChecksSuite } from './publishChecks.ts'

publishChecksSuite('sqlite')
