import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { easyLanguageSuite } from './easyLanguage.ts'

if (available('postgres')) easyLanguageSuite('postgres')
else describe.skip('Leichte Sprache on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
