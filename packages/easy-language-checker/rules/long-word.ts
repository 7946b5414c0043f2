import { suggestCompound } from '../compound.ts'
import type { Rule } from '../rule.ts'
import { letterCount } from '../text.ts'

/**
 * Long words are hard to read. A word part (between hyphens or Mediopunkte)
 * with `longWordMinLetters` or more letters (default 14) is reported, with a
 * split at plausible joints when one is found.
 */
export const longWord: Rule = {
  id: 'long-word',
  title: 'Langes Wort',
  check({ parsed, options }) {
    const minimum = options.longWordMinLetters
    return parsed.words.flatMap((word) =>
      word.parts.flatMap((part) => {
        const letters = letterCount(part.text)
        if (letters < minimum) return []
        const suggestion = suggestCompound(part.text, options.compoundSeparator, options.compoundParts)
        const separatorName = options.compoundSeparator === '·' ? 'dem Medio·punkt' : 'einem Binde·strich'
        const message =
          suggestion === undefined
            ? `Das Wort „${part.text}“ hat ${letters} Buchstaben. Nehmen Sie ein kürzeres Wort oder trennen Sie es mit ${separatorName}.`
            : `Das Wort „${part.text}“ hat ${letters} Buchstaben. Trennen Sie es mit ${separatorName}: „${suggestion}“.`
        const finding = {
          rule: 'long-word' as const,
          severity: 'error' as const,
          index: part.index,
          length: part.text.length,
          message,
        }
        return [suggestion === undefined ? finding : { ...finding, suggestion }]
      }),
    )
  },
}
