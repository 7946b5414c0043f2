/**
 * The examples of ServiceList: listed in its README, rendered and checked with axe by
 * ServiceList.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import { exampleSnapshot } from '../example-data.ts'
import type { Example } from '../test-helpers.ts'

const t = translator('standard')
const snapshot = exampleSnapshot()
const services = snapshot.services.all

export const examples = [
  { name: 'names with their short text and the Leichte-Sprache badge', props: { t, snapshot, services } },
  { name: 'names as h3 headings (long lists)', props: { t, snapshot, services, headingLevel: 3 } },
  { name: 'names only', props: { t, snapshot, services, teaser: false } },
] satisfies Example[]
