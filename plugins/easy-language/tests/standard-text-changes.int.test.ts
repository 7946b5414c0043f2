import { standardTextChangesSuite } from './standardTextChanges.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

standardTextChangesSuite(testDatabase())
