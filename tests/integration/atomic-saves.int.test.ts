import { atomicSavesSuite } from './atomicSaves.ts'
import { testDatabase } from '../helpers/database.ts'

atomicSavesSuite(testDatabase())
