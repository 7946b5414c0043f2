import { hsdsApiSuite } from './hsdsApi.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

hsdsApiSuite(testDatabase())
