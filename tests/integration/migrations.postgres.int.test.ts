import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { migrationsSuite } from './migrations.ts'

if (available('postgres')) migrationsSuite('postgres')
else describe.skip('migrations on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
