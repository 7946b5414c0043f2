/**
 * The examples of ContactCard: listed in its README, rendered and checked with axe by
 * ContactCard.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import { exampleSnapshot } from '../example-data.ts'
import type { Example } from '../test-helpers.ts'

const t = translator('standard')
const snapshot = exampleSnapshot()
const contact = (slug: string) => snapshot.contactPersons.bySlug.get(slug)!

export const examples = [
  {
    name: 'short form (service and location pages): photo, name, badges, languages',
    props: { t, snapshot, contact: contact('fallmanagement-koeln-a-k') },
  },
  {
    name: 'full form in the directory, with its anchor and an h2',
    props: { t, snapshot, contact: contact('fallmanagement-koeln-a-k'), full: true, anchor: true, headingLevel: 2 },
  },
  {
    name: 'a function without a name (no consent to publish it)',
    props: { t, snapshot, contact: contact('zentrale-beratung'), full: true },
  },
] satisfies Example[]
