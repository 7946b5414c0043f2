import { demoContentSuite } from './demoContent.ts'

demoContentSuite('sqlite')
