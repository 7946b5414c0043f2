import type { Rule } from '../rule.ts'

/**
 * Leichte Sprache uses short sentences. More than `sentenceWarningAbove` words
 * (default 8) give a warning, more than `sentenceErrorAbove` (default 12) an error.
 * Words joined by a hyphen or Mediopunkt count once; numbers do not count.
 */
export const sentenceLength: Rule = {
  id: 'sentence-length',
  title: 'Satzlänge',
  check({ parsed, options }) {
    const target = options.sentenceWarningAbove
    return parsed.sentences.flatMap((sentence) => {
      const count = sentence.words.length
      if (count <= target) return []
      return [
        {
          rule: 'sentence-length' as const,
          severity: count > options.sentenceErrorAbove ? ('error' as const) : ('warning' as const),
          index: sentence.index,
          length: sentence.end - sentence.index,
          message: `Dieser Satz hat ${count} Wörter. Teilen Sie ihn in kürzere Sätze mit höchstens ${target} Wörtern.`,
          suggestion: 'Schreiben Sie jede Aussage in einen eigenen Satz. Ein Satz steht in einer eigenen Zeile.',
        },
      ]
    })
  },
}
