import { testDatabase } from '../helpers/database.ts'
import { incompleteDocumentsSuite } from './incompleteDocuments.ts'

incompleteDocumentsSuite(testDatabase())
