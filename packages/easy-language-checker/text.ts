import { dottedAbbreviation, MONTHS } from './wordlists.ts'

/** A part of a word between hyphens or Mediopunkte. */
export interface WordPart {
  text: string
  index: number
}

/** A word: a run of letters; parts joined by a hyphen or Mediopunkt stay one word. */
export interface Word {
  text: string
  /** Lower-case text. */
  lower: string
  index: number
  end: number
  parts: WordPart[]
  /** Number of the sentence in `ParsedText.sentences`. */
  sentence: number
  /** Position inside the sentence, starting at 0. */
  position: number
  /** Number of the clause inside the sentence; a comma, semicolon, colon, dash or bracket starts a new clause. */
  clause: number
}

export interface Sentence {
  /** Start of the sentence text (leading white space skipped). */
  index: number
  /** End of the sentence text, exclusive (trailing white space skipped). */
  end: number
  words: Word[]
}

export interface Range {
  index: number
  end: number
}

export interface ParsedText {
  text: string
  sentences: Sentence[]
  words: Word[]
  /** Web and e-mail addresses: no rule looks inside them. */
  ignored: Range[]
}

const URL_PATTERN = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>]+|[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/giu
const TRAILING_PUNCTUATION = /[.,;:!?)\]}"'»«“”„‚‘’]+$/u
const WORD_PATTERN = /\p{L}[\p{L}\p{M}]*(?:[-\u2010\u2011\u00b7\u2027\u22c5]\p{L}[\p{L}\p{M}]*)*/gu
const PART_SEPARATOR = /[-\u2010\u2011\u00b7\u2027\u22c5]/u
const TERMINATORS = new Set(['.', '!', '?', ':'])
const CLOSERS = new Set([')', ']', '"', '»', '«', '“', '”', '’', "'"])
const CLAUSE_BREAK = /[,;:–—()[\]]/u

export function findIgnoredRanges(text: string): Range[] {
  const ranges: Range[] = []
  for (const match of text.matchAll(URL_PATTERN)) {
    const value = match[0].replace(TRAILING_PUNCTUATION, '')
    if (value.length > 0) ranges.push({ index: match.index, end: match.index + value.length })
  }
  return ranges
}

export function isInside(ranges: readonly Range[], index: number, end = index + 1): boolean {
  return ranges.some((range) => index < range.end && end > range.index)
}

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase()
}

/** Whether a single dot at `dot` ends a sentence, judged by the word before it and the text after it. */
function dotEndsSentence(text: string, dot: number, next: number): boolean {
  const before = /(\p{L}+|\d+)$/u.exec(text.slice(Math.max(0, dot - 30), dot))
  const token = before?.[1]
  if (token === undefined) return true
  const nextWord = /^\s*(\p{L}+|\d)/u.exec(text.slice(next))?.[1]
  if (nextWord === undefined) return true
  if (/^\d+$/u.test(token)) {
    // "am 3. Mai", "der 2. Antrag": an ordinal number, unless a capitalised word other than a month follows
    if (token.length > 2) return true
    return isUpper(nextWord[0]) && !MONTHS.has(nextWord.toLowerCase())
  }
  // "z. B.", "d. h.", initials: a single letter before the dot never ends a sentence
  if (token.length === 1) return false
  if (dottedAbbreviation(token) !== undefined) {
    // "usw." and "etc." often close a sentence: then the next sentence starts with a capital letter
    return /^(usw|etc)$/iu.test(token) && isUpper(nextWord[0])
  }
  return true
}

/** Spans of the sentences: a line break always ends a sentence, and so do . ! ? : before white space. */
export function splitSentences(text: string, ignored: readonly Range[] = findIgnoredRanges(text)): Range[] {
  const spans: Range[] = []
  const push = (start: number, end: number) => {
    let from = start
    let to = end
    while (from < to && /\s/u.test(text[from] ?? '')) from++
    while (to > from && /\s/u.test(text[to - 1] ?? '')) to--
    if (to > from) spans.push({ index: from, end: to })
  }
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? ''
    if (char === '\n' || char === '\r') {
      push(start, i)
      start = i + 1
      continue
    }
    if (!TERMINATORS.has(char) || isInside(ignored, i)) continue
    let runEnd = i
    while (runEnd < text.length && TERMINATORS.has(text[runEnd] ?? '')) runEnd++
    let after = runEnd
    while (after < text.length && CLOSERS.has(text[after] ?? '')) after++
    const run = text.slice(i, runEnd)
    const followedBySpace = after === text.length || /\s/u.test(text[after] ?? '')
    let ends = followedBySpace
    if (ends && run.includes('..')) ends = false // an ellipsis "..." leaves the sentence open
    if (ends && run === '.') ends = dotEndsSentence(text, i, after)
    if (ends) {
      push(start, after)
      start = after
    }
    i = runEnd - 1
  }
  push(start, text.length)
  return spans
}

function makeWord(text: string, index: number, sentence: number, position: number, clause: number): Word {
  const parts: WordPart[] = []
  let offset = 0
  for (const piece of text.split(PART_SEPARATOR)) {
    parts.push({ text: piece, index: index + offset })
    offset += piece.length + 1
  }
  return { text, lower: text.toLowerCase(), index, end: index + text.length, parts, sentence, position, clause }
}

/** Splits a text into sentences and words. Indices refer to the original text. */
export function parseText(text: string): ParsedText {
  const ignored = findIgnoredRanges(text)
  const sentences: Sentence[] = []
  const words: Word[] = []
  for (const span of splitSentences(text, ignored)) {
    const sentenceNumber = sentences.length
    const sentenceWords: Word[] = []
    let clause = 0
    let previousEnd = span.index
    const body = text.slice(span.index, span.end)
    for (const match of body.matchAll(WORD_PATTERN)) {
      const index = span.index + match.index
      if (isInside(ignored, index, index + match[0].length)) continue
      if (sentenceWords.length > 0 && CLAUSE_BREAK.test(text.slice(previousEnd, index))) clause++
      const word = makeWord(match[0], index, sentenceNumber, sentenceWords.length, clause)
      sentenceWords.push(word)
      words.push(word)
      previousEnd = word.end
    }
    if (sentenceWords.length > 0) sentences.push({ index: span.index, end: span.end, words: sentenceWords })
  }
  return { text, sentences, words, ignored }
}

/** Letters of a word without hyphens and Mediopunkte. */
export function letterCount(word: string): number {
  return [...word.replace(/[^\p{L}]/gu, '')].length
}
