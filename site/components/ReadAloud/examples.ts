/**
 * The examples of ReadAloud: listed in its README, rendered and checked with axe by
 * ReadAloud.astro.test.ts.
 */
import { translator } from '../../i18n/index.ts'
import type { Example } from '../test-helpers.ts'

export const examples = [
  { name: 'the bar on a Leichte-Sprache page', props: { t: translator('easy') } },
] satisfies Example[]
