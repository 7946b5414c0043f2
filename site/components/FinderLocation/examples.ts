/**
 * The examples of FinderLocation: listed in its README, rendered and checked
 * with axe by FinderLocation.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import { finderData } from '../../lib/finderData.ts'
import { exampleSnapshot } from '../example-data.ts'
import type { Example } from '../test-helpers.ts'

const t = translator('standard')
const snapshot = exampleSnapshot()
const location = (slug: string) => snapshot.locations.bySlug.get(slug)!
/** The same locations as the finder data holds them (for the island's examples). */
export const finderLocations = finderData(snapshot).locations

export const examples = [
  {
    name: 'on a static finder page: phone, the week’s hours, features and a note',
    props: { t, location: location('lvr-beratungszentrum-koeln-deutz'), km: 1.2, from: 'Köln' },
    within: 'ul',
  },
  {
    name: 'on a static near-me page: no phone, no hours, no features',
    props: { t, location: location('kokobe-moers'), km: 23.4, from: 'Kreis Wesel' },
    within: 'ul',
  },
  {
    name: 'the template the finder and near-me islands copy and fill',
    props: { t, template: true },
  },
] satisfies Example[]
