import { crashSafetySuite } from './crashSafety.ts'
import { testDatabase } from '../helpers/database.ts'

crashSafetySuite(testDatabase())
