/**
 * The examples of AccessibilityFeatures: listed in its README, rendered and checked with axe by
 * AccessibilityFeatures.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import { exampleSnapshot } from '../example-data.ts'
import type { Example } from '../test-helpers.ts'

const t = translator('standard')
const location = (slug: string) => exampleSnapshot().locations.bySlug.get(slug)!

export const examples = [
  { name: 'features and a note', props: { t, location: location('lvr-beratungszentrum-koeln-deutz') } },
  { name: 'no features', props: { t, location: location('kokobe-moers') } },
] satisfies Example[]
