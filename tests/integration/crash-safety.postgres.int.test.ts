import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { crashSafetySuite } from './crashSafety.ts'

if (available('postgres')) crashSafetySuite('postgres')
else describe.skip('crash safety on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
