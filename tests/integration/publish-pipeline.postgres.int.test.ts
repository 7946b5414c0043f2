import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { publishPipelineSuite } from './publishPipeline.ts'

if (available('postgres')) publishPipelineSuite('postgres')
else describe.skip('publish pipeline on postgres (set LOTSE_TEST_POSTGRES_URL)', () => it('needs a PostgreSQL server'))
