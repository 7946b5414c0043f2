/**
 * The examples of SearchForm: listed in its README, rendered and checked with axe by
 * SearchForm.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import type { Example } from '../test-helpers.ts'

const t = translator('standard')

export const examples = [
  { name: 'compact, in the header', props: { t, id: 'suche-kopf' } },
  {
    name: 'large, on the start page, with the example hint',
    props: { t, id: 'suche-start', size: 'large', hint: true },
  },
] satisfies Example[]
