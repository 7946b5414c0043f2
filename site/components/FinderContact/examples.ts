/**
 * The examples of FinderContact: listed in its README, rendered and checked
 * with axe by FinderContact.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import { findRegion, matchContacts, type ContactMatch } from '../../lib/finder.ts'
import { finderData } from '../../lib/finderData.ts'
import { exampleSnapshot } from '../example-data.ts'
import type { Example } from '../test-helpers.ts'

const t = translator('standard')
const data = finderData(exampleSnapshot())
export const regionsById = new Map(data.regions.map((region) => [region.id, region]))
const koeln = findRegion(data.regions, 'Köln')!
const matches = matchContacts(data, { subject: { kind: 'topic', id: 't-wohnen' }, region: koeln })
const match = (slug: string): ContactMatch => matches.find((m) => m.contact.slug === slug)!

/** The contacts the examples show, as the finder data holds them (for the island's examples). */
export const exampleMatches = { koeln: match('fallmanagement-koeln-a-k'), everywhere: match('zentrale-beratung') }

export const examples = [
  {
    name: 'responsible for Köln, surnames A–K, with name and both badges',
    props: { t, match: exampleMatches.koeln, regionsById },
    within: 'ul',
  },
  {
    name: 'responsible for the whole Rheinland, without a name',
    props: { t, match: exampleMatches.everywhere, regionsById },
    within: 'ul',
  },
  {
    name: 'the template the finder island copies and fills',
    props: { t, template: true },
  },
] satisfies Example[]
