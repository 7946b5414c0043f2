/**
 * Helpers for Leichte Sprache: the Mediopunkt (·) that splits long words,
 * and glossary terms explained where they first occur.
 */

/** The Mediopunkt (U+00B7) used in Leichte Sprache to split compound words: "Schlag·anfall". */
export const MEDIOPUNKT = '\u00b7'

const WORD_WITH_MEDIOPUNKT = /[\p{L}\p{N}]+(?:\u00b7[\p{L}\p{N}]+)+/gu

/**
 * The joined forms of all words written with a Mediopunkt, once each, in order of
 * appearance ("Schlag·anfall" → "Schlaganfall"). Put into the search index so
 * that a search for the usual spelling finds the Leichte-Sprache page.
 */
export function joinedMediopunktWords(texts: Iterable<string>): string[] {
  const seen = new Set<string>()
  const words: string[] = []
  for (const text of texts) {
    for (const match of text.matchAll(WORD_WITH_MEDIOPUNKT)) {
      const joined = match[0].split(MEDIOPUNKT).join('')
      const key = joined.toLocaleLowerCase('de')
      if (!seen.has(key)) {
        seen.add(key)
        words.push(joined)
      }
    }
  }
  return words
}

/**
 * Splits a text into sentences for "one sentence per line": at line breaks, and
 * after . ! or ? followed by a space and an upper-case letter or digit.
 */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}„"])/u))
    .map((s) => s.trim())
    .filter(Boolean)
}

/**
 * The glossary of a text: its own entries first, then the Wörterbuch entries
 * whose term occurs in the text (each term once, compared without case).
 */
export function glossaryFor(
  lines: readonly string[],
  own: readonly GlossaryEntry[],
  dictionary: readonly GlossaryEntry[],
): GlossaryEntry[] {
  const seen = new Set(own.map((entry) => entry.term.trim().toLocaleLowerCase('de')))
  const text = lines.join('\n')
  const found = dictionary.filter((entry) => {
    const key = entry.term.trim().toLocaleLowerCase('de')
    if (seen.has(key) || !termPattern(entry.term).test(text)) return false
    seen.add(key)
    return true
  })
  return [...own, ...found]
}

/** Whole-word, case-insensitive match of a term; a short inflection ending ("-en", "-s") is allowed. */
function termPattern(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}\u00b7])${escapeRegExp(term.trim())}\\p{Ll}{0,3}(?![\\p{L}\\p{N}\u00b7])`, 'iu')
}

/** One piece of a line: plain text, or the first occurrence of a glossary term. */
export type LinePart = { text: string } | { term: string; text: string }

export interface AnnotatedLine {
  parts: LinePart[]
  /** Glossary entries whose first occurrence is in this line, in order. */
  explained: { term: string; explanation: string }[]
}

export interface GlossaryEntry {
  term: string
  explanation: string
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Finds the first occurrence of each glossary term in the lines (case-insensitive,
 * as a whole word; a short inflection ending such as "-en" is allowed) and splits
 * the lines so that the term can be marked up. Terms that do not occur are returned
 * as `unmatched`, to be explained at the end.
 */
export function annotateGlossary(
  lines: readonly string[],
  glossary: readonly GlossaryEntry[],
): { lines: AnnotatedLine[]; unmatched: GlossaryEntry[] } {
  // Position of the first occurrence of each term: [line, start, end].
  const firstHits = new Map<GlossaryEntry, [number, number, number]>()
  for (const entry of glossary) {
    const pattern = termPattern(entry.term)
    for (let index = 0; index < lines.length; index++) {
      const match = pattern.exec(lines[index]!)
      if (match) {
        firstHits.set(entry, [index, match.index, match.index + match[0].length])
        break
      }
    }
  }

  const annotated = lines.map((line, index) => {
    const hits = [...firstHits.entries()]
      .filter(([, [lineIndex]]) => lineIndex === index)
      .sort((a, b) => a[1][1] - b[1][1])
    const parts: LinePart[] = []
    const explained: GlossaryEntry[] = []
    let cursor = 0
    for (const [entry, [, start, end]] of hits) {
      if (start < cursor) continue // overlaps an earlier term in the same line
      if (start > cursor) parts.push({ text: line.slice(cursor, start) })
      parts.push({ term: entry.term, text: line.slice(start, end) })
      explained.push(entry)
      cursor = end
    }
    if (cursor < line.length) parts.push({ text: line.slice(cursor) })
    return { parts, explained }
  })

  const used = new Set(annotated.flatMap((line) => line.explained))
  return { lines: annotated, unmatched: glossary.filter((entry) => !used.has(entry)) }
}
