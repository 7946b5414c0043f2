import { easyLanguageSuite } from './easyLanguage.ts'

easyLanguageSuite('sqlite')
