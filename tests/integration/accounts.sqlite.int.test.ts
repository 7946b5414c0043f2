import { accountsSuite } from './accounts.ts'

accountsSuite('sqlite')
