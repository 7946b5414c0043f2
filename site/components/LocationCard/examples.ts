/**
 * The examples of LocationCard: listed in its README, rendered and checked with axe by
 * LocationCard.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import { exampleSnapshot } from '../example-data.ts'
import type { Example } from '../test-helpers.ts'

const t = translator('standard')
const location = (slug: string) => exampleSnapshot().locations.bySlug.get(slug)!

export const examples = [
  { name: 'with a phone number', props: { t, location: location('lvr-beratungszentrum-koeln-deutz') } },
  { name: 'without a phone number, under an h2', props: { t, location: location('kokobe-moers'), headingLevel: 2 } },
] satisfies Example[]
