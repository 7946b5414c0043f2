/**
 * The examples of FeedbackForm: listed in its README, rendered and checked with axe by
 * FeedbackForm.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import type { Example } from '../test-helpers.ts'

const t = translator('standard')

export const examples = [
  { name: 'in the footer: a disclosure', props: { t, pageTitle: 'Assistenz im Wohnen' } },
  {
    name: 'the "Barriere melden" page itself',
    props: { t, mode: 'page', pageTitle: 'Barriere melden', thanks: '/barriere-melden/danke/' },
  },
] satisfies Example[]
