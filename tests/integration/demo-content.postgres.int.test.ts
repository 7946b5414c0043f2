import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { demoContentSuite } from './demoContent.ts'

if (available('postgres')) demoContentSuite('postgres')
else describe.skip('demo content on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
