/**
 * The examples of Search: listed in its README, rendered and checked with axe by
 * Search.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import { exampleSnapshot } from '../example-data.ts'
import type { Example } from '../test-helpers.ts'

export const examples = [
  {
    name: 'the search page’s form, filters and result area',
    props: { t: translator('standard'), snapshot: exampleSnapshot() },
  },
] satisfies Example[]
