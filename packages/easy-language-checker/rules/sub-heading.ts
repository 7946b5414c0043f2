import type { Rule } from '../rule.ts'
import { hasSubHeading, SENTENCES_PER_SCREEN } from '../structure.ts'

/**
 * A text longer than one screen needs sub-headings, so that readers find
 * their way and can take a break (a warning: short texts need none). The
 * finding marks the first line, where a first sub-heading could go.
 */
export const subHeading: Rule = {
  id: 'sub-heading',
  title: 'Zwischen·überschriften',
  check({ original, parsed }) {
    if (parsed.sentences.length <= SENTENCES_PER_SCREEN || hasSubHeading(original)) return []
    const first = parsed.sentences[0]!
    return [
      {
        rule: 'sub-heading',
        severity: 'warning',
        index: first.index,
        length: first.end - first.index,
        message: `Der Text hat ${parsed.sentences.length} Sätze und keine Zwischen·überschrift. Gliedern Sie ihn: Schreiben Sie über jeden Teil eine Zwischen·überschrift in eine eigene Zeile, mit „## “ am Anfang.`,
        suggestion: '## ',
      },
    ]
  },
}
