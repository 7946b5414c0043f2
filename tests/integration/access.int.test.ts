import { accessMatrixSuite } from './accessMatrix.ts'
import { testDatabase } from '../helpers/database.ts'

accessMatrixSuite(testDatabase())
