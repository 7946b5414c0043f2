/**
 * The browser tests of the admin and the widgets on the run's shared
 * `npm start` stack (tests/setup/e2e.ts), one suite after the other in one
 * file: they must not overlap (a publish changes what the others read, and
 * together they would exhaust the widgets' rate limits), and as one file they
 * occupy one worker while the other files run beside them, instead of
 * waiting in line at the end of the run. Publishing from the admin, whose
 * time to the site is asserted, runs alone after everything else
 * (publish-timing.e2e.test.ts).
 */
import { feedbackBookingSuite } from './stack/feedbackBooking.ts'
import { feedbackFormSuite } from './stack/feedbackForm.ts'
import { startSuite } from './stack/start.ts'

feedbackBookingSuite()
feedbackFormSuite()
startSuite()
