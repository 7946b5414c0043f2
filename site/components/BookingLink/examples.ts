/**
 * The examples of BookingLink: listed in its README, rendered and checked with axe by
 * BookingLink.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import type { Example } from '../test-helpers.ts'

export const examples = [
  {
    name: 'for a service',
    props: { t: translator('standard'), kind: 'service', slug: 'assistenz-im-wohnen' },
  },
  {
    name: 'for a location, on a Leichte-Sprache page',
    props: { t: translator('easy'), kind: 'location', slug: 'lvr-beratungszentrum-koeln-deutz', variant: 'easy' },
  },
] satisfies Example[]
