import { badInputSuite } from './badInput.ts'

badInputSuite('sqlite')
