import { easyLanguageSuite } from './easyLanguage.ts'
import { testDatabase } from '../helpers/database.ts'

easyLanguageSuite(testDatabase())
