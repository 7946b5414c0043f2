/**
 * The examples of OpeningHours: listed in its README, rendered and checked with axe by
 * OpeningHours.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import { exampleSnapshot } from '../example-data.ts'
import type { Example } from '../test-helpers.ts'

const t = translator('standard')
const location = (slug: string) => exampleSnapshot().locations.bySlug.get(slug)!

export const examples = [
  {
    name: 'a week with a lunch break, a note on one span and a general note',
    props: { t, location: location('lvr-beratungszentrum-koeln-deutz') },
  },
  { name: 'no opening hours: every day closed', props: { t, location: location('kokobe-moers') } },
] satisfies Example[]
