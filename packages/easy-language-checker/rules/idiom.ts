import { IDIOMS } from '../idioms.ts'
import { spanFinding, type Rule } from '../rule.ts'
import type { Sentence } from '../text.ts'
import type { Finding } from '../types.ts'

interface Compiled {
  words: ReadonlyArray<ReadonlySet<string>>
  verbs: readonly string[]
  meaning: string
}

let byFirstWord: Map<string, Compiled[]> | undefined

/** The idioms, indexed by the alternatives of their first word. */
function idiomsStartingWith(word: string): readonly Compiled[] {
  if (byFirstWord === undefined) {
    byFirstWord = new Map()
    for (const idiom of IDIOMS) {
      const compiled: Compiled = {
        words: idiom.words.split(' ').map((alternatives) => new Set(alternatives.split('|'))),
        verbs: idiom.verbs?.split(' ') ?? [],
        meaning: idiom.meaning,
      }
      for (const first of compiled.words[0] ?? []) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), compiled])
    }
  }
  return byFirstWord.get(word) ?? []
}

function matchAt(sentence: Sentence, start: number, idiom: Compiled): boolean {
  return idiom.words.every((alternatives, offset) => {
    const word = sentence.words[start + offset]
    return word !== undefined && alternatives.has(word.lower)
  })
}

/**
 * Idioms and figurative fixed phrases ("unter die Arme greifen", "in der
 * Regel", "rund um die Uhr") from the list in idioms.ts, with the plain
 * meaning as suggestion. The verb of an idiom may stand anywhere in the
 * sentence ("Wir greifen Ihnen unter die Arme"). A warning: some figurative
 * phrases are well known, and a text may explain them.
 */
export const idiom: Rule = {
  id: 'idiom',
  title: 'Redewendung',
  check({ parsed }) {
    const findings: Finding[] = []
    for (const sentence of parsed.sentences) {
      const seen = new Set<Compiled>()
      for (const first of sentence.words) {
        for (const candidate of idiomsStartingWith(first.lower)) {
          const start = first.position
          if (seen.has(candidate) || !matchAt(sentence, start, candidate)) continue
          const last = start + candidate.words.length - 1
          const verb =
            candidate.verbs.length === 0
              ? undefined
              : sentence.words.find(
                  (word) =>
                    (word.position < start || word.position > last) &&
                    candidate.verbs.some((stem) => word.lower.startsWith(stem) || word.lower.endsWith(stem)),
                )
          if (candidate.verbs.length > 0 && verb === undefined) continue
          const end = sentence.words[last]
          if (end === undefined) continue
          seen.add(candidate)
          const phrase = parsed.text.slice(first.index, end.end)
          findings.push(
            spanFinding(
              'idiom',
              'warning',
              first,
              end,
              `„${phrase}“ ist eine Rede·wendung. Manche Leser verstehen sie wörtlich. Schreiben Sie, was gemeint ist: „${candidate.meaning}“.`,
              candidate.meaning,
            ),
          )
        }
      }
    }
    return findings.sort((a, b) => a.index - b.index)
  },
}
