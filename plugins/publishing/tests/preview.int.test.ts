import { previewSuite } from './preview.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

previewSuite(testDatabase())
