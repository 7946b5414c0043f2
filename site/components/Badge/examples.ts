/**
 * The examples of Badge: listed in its README, rendered and checked with axe by
 * Badge.astro.test.ts.
 */
import type { Example } from '../test-helpers.ts'

export const examples = [
  { name: 'Leichte Sprache, with its standard label', props: { kind: 'easy' } },
  { name: 'DGS, with its standard label and the long form as abbr title', props: { kind: 'dgs' } },
  {
    name: 'DGS with its own content and title',
    props: { kind: 'dgs', title: 'Deutsche Gebärdensprache' },
    slots: { default: 'DGS' },
  },
  { name: 'neutral, with its own content', props: { kind: 'neutral' }, slots: { default: 'Online-Antrag' } },
  { name: 'Leichte Sprache on a Leichte-Sprache page', props: { kind: 'easy', variant: 'easy' } },
] satisfies Example[]
