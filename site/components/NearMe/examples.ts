/**
 * The examples of NearMe: listed in its README, rendered and checked with axe by
 * NearMe.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import { exampleSnapshot } from '../example-data.ts'
import type { Example } from '../test-helpers.ts'

const snapshot = exampleSnapshot()

export const examples = [
  { name: 'standard', props: { t: translator('standard'), snapshot } },
  { name: 'in Leichte Sprache (same data, same results)', props: { t: translator('easy'), snapshot, variant: 'easy' } },
] satisfies Example[]
