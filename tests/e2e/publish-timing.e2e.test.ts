/**
 * Publishing from the admin as people do it, with the time from the click to
 * the change on the static site asserted (≤ 10 s on the demo content, gate
 * on: issue 14). A timed assertion needs the machine to itself: `npm test`
 * runs this file in a second Vitest run after all other tests have passed
 * (scripts/test.ts, project `e2e:timed`, which exists only with
 * LOTSE_TEST_TIMED=1), on a stack of its own. Run it alone with
 * `LOTSE_TEST_TIMED=1 npx vitest run --project e2e:timed`.
 */
import { startStack } from '../helpers/stack.ts'
import { publishAdminSuite } from './stack/publishAdmin.ts'

publishAdminSuite(() => startStack())
