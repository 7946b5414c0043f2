import { hsdsApiSuite } from './hsdsApi.ts'

hsdsApiSuite('sqlite')
