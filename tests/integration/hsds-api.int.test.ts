import { hsdsApiSuite } from './hsdsApi.ts'
import { testDatabase } from '../helpers/database.ts'

hsdsApiSuite(testDatabase())
