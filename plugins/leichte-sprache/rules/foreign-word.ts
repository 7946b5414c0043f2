import { FOREIGN_WORDS } from '../foreign-words.ts'
import { glossaryKey } from '../options.ts'
import type { Rule } from '../rule.ts'
import type { Finding, ResolvedOptions } from '../types.ts'

const VERB_ENDINGS = /^(?:e|en|st|t|et|te|ten|test|tet|end)?$/u
const NOUN_ENDINGS = /^(?:s|n|en|e|er|es|em)?$/u

interface Entry {
  key: string
  replacement: string
}

let verbStems: Array<[string, string]> | undefined

/** The list entry for a lower-case word or word part ("feedbacks", "gecheckt", "einloggen"), if any. */
function lookUp(lower: string, extra: ReadonlyMap<string, string>): Entry | undefined {
  const direct = extra.get(lower) ?? (Object.hasOwn(FOREIGN_WORDS, lower) ? FOREIGN_WORDS[lower] : undefined)
  if (direct !== undefined) return { key: lower, replacement: direct }
  for (const [key, replacement] of [...extra, ...Object.entries(FOREIGN_WORDS)]) {
    if (key.endsWith('-')) continue
    if (lower.startsWith(key) && NOUN_ENDINGS.test(lower.slice(key.length))) return { key, replacement }
  }
  verbStems ??= Object.entries(FOREIGN_WORDS)
    .filter(([key]) => key.endsWith('-'))
    .map(([key, replacement]) => [key.slice(0, -1), replacement])
  for (const [stem, replacement] of verbStems) {
    // "checken", "gecheckt", "einloggen", "eingeloggt", "kooperieren"
    const match = new RegExp(`^(?:ein|aus|ab|an|hoch|runter|her|zu)?(?:ge)?${stem}(.*)$`, 'u').exec(lower)
    if (match?.[1] !== undefined && VERB_ENDINGS.test(match[1])) return { key: stem, replacement }
  }
  // "Feedback·bogen" is split by the tokenizer; "Hotlinenummer" and "Fitnesstracker" are not
  for (const [key, replacement] of Object.entries(FOREIGN_WORDS)) {
    if (key.length < 6 || key.endsWith('-') || key.includes('-')) continue
    if ((lower.startsWith(key) || lower.endsWith(key)) && lower.length >= key.length + 3) return { key, replacement }
  }
  return undefined
}

/** Whether the glossary explains the word: the word itself, its list form, or a word of a glossary term. */
function explained(word: string, entry: Entry, options: ResolvedOptions): boolean {
  const keys = [glossaryKey(word), glossaryKey(entry.key.replace(/-$/u, ''))].map((key) => key.replace(/[·-]/gu, ''))
  return keys.some((key) => options.glossary.has(key) || options.glossaryWords.has(key))
}

/**
 * Foreign words and anglicisms that have an everyday German word ("Feedback"
 * → "Rückmeldung"), from the list in foreign-words.ts and the `foreignWords`
 * option. A word that the glossary (the text's own or the Wörterbuch)
 * explains is not reported. A warning: the guidelines allow a foreign word
 * when it is explained, and the checker cannot see an explanation in the text.
 */
export const foreignWord: Rule = {
  id: 'foreign-word',
  title: 'Fremdwort',
  check({ parsed, options }) {
    const findings: Finding[] = []
    for (const word of parsed.words) {
      const whole = lookUp(word.lower.replace(/[·‐‑‧⋅]/gu, ''), options.foreignWords)
      const candidates =
        whole !== undefined && word.parts.length > 1 && word.lower.includes('-')
          ? [{ text: word.text, index: word.index, entry: whole }]
          : word.parts.flatMap((part) => {
              const entry = lookUp(part.text.toLowerCase(), options.foreignWords)
              return entry === undefined ? [] : [{ text: part.text, index: part.index, entry }]
            })
      for (const { text, index, entry } of candidates) {
        if (explained(text, entry, options)) continue
        const finding: Finding = {
          rule: 'foreign-word',
          severity: 'warning',
          index,
          length: text.length,
          message:
            entry.replacement === ''
              ? `„${text}“ ist ein Fremd·wort. Nehmen Sie ein deutsches Wort, das alle kennen. Oder erklären Sie das Wort im Wörterbuch.`
              : `„${text}“ ist ein Fremd·wort. Schreiben Sie „${entry.replacement}“. Oder erklären Sie das Wort im Wörterbuch.`,
        }
        findings.push(entry.replacement === '' ? finding : { ...finding, suggestion: entry.replacement })
      }
    }
    return findings
  },
}
