import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { incrementalBuildSuite } from './incrementalBuild.ts'

if (available('postgres')) incrementalBuildSuite('postgres')
else describe.skip('incremental build on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
