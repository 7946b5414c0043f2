import { describe, it } from 'vitest'
import { available } from '../helpers/database.ts'
import { feedbackBookingSuite } from './feedbackBooking.ts'

if (available('postgres')) feedbackBookingSuite('postgres')
else
  describe.skip('feedback and booking endpoints on postgres (set LOTSE_TEST_POSTGRES_URL)', () =>
    it('needs a PostgreSQL server'))
