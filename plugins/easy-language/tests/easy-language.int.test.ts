import { easyLanguageSuite } from './easy-language.ts'
import { testDatabase } from '../../../tests/helpers/database.ts'

easyLanguageSuite(testDatabase())
