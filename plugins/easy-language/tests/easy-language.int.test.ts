import { easyLanguageSuite } from './easyLanguage.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

easyLanguageSuite(testDatabase())
