import { countSyllables } from './syllables.ts'
import { letterCount, type ParsedText } from './text.ts'
import type { TextStats } from './types.ts'

const percent = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole)

/** Readability figures for a parsed text. */
export function computeStats(parsed: ParsedText): TextStats {
  const words = parsed.words.length
  const sentences = parsed.sentences.length
  let syllables = 0
  let letters = 0
  let polysyllabic = 0
  let monosyllabic = 0
  let long = 0
  for (const word of parsed.words) {
    const wordSyllables = countSyllables(word.text)
    const wordLetters = letterCount(word.text)
    syllables += wordSyllables
    letters += wordLetters
    if (wordSyllables >= 3) polysyllabic++
    if (wordSyllables === 1) monosyllabic++
    if (wordLetters > 6) long++
  }
  const meanSentenceLength = sentences === 0 ? 0 : words / sentences
  const meanSyllablesPerWord = words === 0 ? 0 : syllables / words
  const polysyllabicPercent = percent(polysyllabic, words)
  const longWordPercent = percent(long, words)
  const monosyllabicPercent = percent(monosyllabic, words)
  return {
    words,
    sentences,
    syllables,
    letters,
    meanSentenceLength,
    meanSyllablesPerWord,
    polysyllabicPercent,
    longWordPercent,
    monosyllabicPercent,
    fleschAmstad: words === 0 ? null : 180 - meanSentenceLength - 58.5 * meanSyllablesPerWord,
    wienerSachtextformel:
      words === 0
        ? null
        : 0.1935 * polysyllabicPercent +
          0.1672 * meanSentenceLength +
          0.1297 * longWordPercent -
          0.0327 * monosyllabicPercent -
          0.875,
  }
}
