import { accessMatrixSuite } from './accessMatrix.ts'

accessMatrixSuite('sqlite')
