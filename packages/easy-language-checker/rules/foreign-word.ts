import { FOREIGN_WORDS } from '../foreign-words.ts'
import { memoize } from '../memo.ts'
import { glossaryKey } from '../options.ts'
import type { Rule } from '../rule.ts'
import type { Finding, ResolvedOptions } from '../types.ts'

const VERB_ENDINGS = /^(?:e|en|st|t|et|te|ten|test|tet|end)?$/u
const NOUN_ENDINGS = /^(?:s|n|en|e|er|es|em)?$/u

interface Entry {
  key: string
  replacement: string
}

let nounEntries: Map<string, string> | undefined

/** The entries that are no verb stems. */
function nouns(): Map<string, string> {
  nounEntries ??= new Map(Object.entries(FOREIGN_WORDS).filter(([key]) => !key.endsWith('-')))
  return nounEntries
}

let verbPatterns: Array<[RegExp, string, string]> | undefined

/** Verb stems of the list as patterns: "checken", "gecheckt", "einloggen", "kooperieren". */
function verbs(): Array<[RegExp, string, string]> {
  verbPatterns ??= Object.entries(FOREIGN_WORDS)
    .filter(([key]) => key.endsWith('-'))
    .map(([key, replacement]) => {
      const stem = key.slice(0, -1)
      return [new RegExp(`^(?:ein|aus|ab|an|hoch|runter|her|zu)?(?:ge)?${stem}(.*)$`, 'u'), stem, replacement]
    })
  return verbPatterns
}

const NO_EXTRA: ReadonlyMap<string, string> = new Map()
const lookUpInList = memoize((lower: string) => findEntry(lower, NO_EXTRA))

/** The list entry for a lower-case word or word part ("feedbacks", "gecheckt", "einloggen"), if any. */
function lookUp(lower: string, extra: ReadonlyMap<string, string>): Entry | undefined {
  return extra.size === 0 ? lookUpInList(lower) : findEntry(lower, extra)
}

function findEntry(lower: string, extra: ReadonlyMap<string, string>): Entry | undefined {
  const direct = extra.get(lower) ?? (Object.hasOwn(FOREIGN_WORDS, lower) ? FOREIGN_WORDS[lower] : undefined)
  if (direct !== undefined) return { key: lower, replacement: direct }
  for (const table of [extra, nouns()]) {
    for (const [key, replacement] of table) {
      if (lower.startsWith(key) && NOUN_ENDINGS.test(lower.slice(key.length))) return { key, replacement }
    }
  }
  for (const [pattern, key, replacement] of verbs()) {
    const ending = pattern.exec(lower)?.[1]
    if (ending !== undefined && VERB_ENDINGS.test(ending)) return { key, replacement }
  }
  // "Feedback·bogen" is split by the tokenizer; "Hotlinenummer" and "Fitnesstracker" are not
  if (lower.length >= 9) {
    for (const [key, replacement] of nouns()) {
      if (key.length < 6 || key.includes('-')) continue
      if ((lower.startsWith(key) || lower.endsWith(key)) && lower.length >= key.length + 3) return { key, replacement }
    }
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
      // "Check-in", "Home-Office": a hyphenated word of the list as a whole
      const whole = word.lower.includes('-') ? lookUp(word.lower, options.foreignWords) : undefined
      const candidates =
        whole !== undefined
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
