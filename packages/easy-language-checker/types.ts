/** Stable ids of the Leichte-Sprache rules. */
export const RULE_IDS = [
  'sentence-length',
  'long-word',
  'passive',
  'subjunctive',
  'negation',
  'genitive',
  'abbreviation',
  'number',
  'special-character',
  'preterite',
  'nominal-style',
  'subordinate-clause',
  'foreign-word',
  'idiom',
  'impersonal',
  'sub-heading',
] as const

export type RuleId = (typeof RULE_IDS)[number]

/** Rules that judge a whole text rather than a sentence (the sentence corpus cannot measure them). */
export const TEXT_RULE_IDS: readonly RuleId[] = ['sub-heading']

export type Severity = 'error' | 'warning'

/**
 * One rule violation. `index` and `length` locate the offending span in the
 * original text, counted in UTF-16 code units (like `String.prototype.slice`).
 */
export interface Finding {
  rule: RuleId
  severity: Severity
  index: number
  length: number
  /** German, actionable message for the editor. */
  message: string
  /** A replacement (e.g. "Schwer·behinderten·ausweis") or a short hint for a better wording. */
  suggestion?: string
}

/** Readability figures of a whole text. */
export interface TextStats {
  /** Words: runs of letters; parts joined by a hyphen or a Mediopunkt count as one word. */
  words: number
  /** Sentences that contain at least one word. */
  sentences: number
  syllables: number
  /** Letters of all words (hyphens and Mediopunkte not counted). */
  letters: number
  /** Words per sentence (0 for a text without words). */
  meanSentenceLength: number
  /** Syllables per word (0 for a text without words). */
  meanSyllablesPerWord: number
  /** Share of words with 3 or more syllables, in percent (MS of the Wiener Sachtextformel). */
  polysyllabicPercent: number
  /** Share of words with more than 6 letters, in percent (IW). */
  longWordPercent: number
  /** Share of words with one syllable, in percent (ES). */
  monosyllabicPercent: number
  /** Flesch reading ease for German (Amstad): 180 − ASL − 58.5 × ASW. Higher is easier. `null` without words. */
  fleschAmstad: number | null
  /** First Wiener Sachtextformel; roughly a school grade (4 = very easy, 15 = very hard). `null` without words. */
  wienerSachtextformel: number | null
}

export interface AnalyzeResult {
  findings: Finding[]
  stats: TextStats
}

export interface CheckOptions {
  /** Rules to switch off, e.g. `['negation']`. */
  disable?: RuleId[]
  /** A sentence with more words than this gets a warning. Default 8. */
  sentenceWarningAbove?: number
  /** A sentence with more words than this gets an error. Default 12. */
  sentenceErrorAbove?: number
  /** Words (or hyphen/Mediopunkt parts) with at least this many letters are too long. Default 14. */
  longWordMinLetters?: number
  /**
   * Abbreviations and acronyms that the text explains in its glossary, e.g. `['SGB', 'BAföG']`.
   * They are not reported. Case, spaces and dots are ignored when comparing ("z. B." = "z.B.").
   */
  glossary?: string[]
  /** "möchte" is polite and common in Leichte Sprache. Default `true`: it is not reported. */
  allowMoechte?: boolean
  /** Four-digit years (1900–2099) are reported like other large numbers unless this is `true`. Default `false`. */
  allowYears?: boolean
  /** How suggestions split long words: Mediopunkt (default, "Schwer·behinderten·ausweis") or hyphen ("Schwer-Behinderten-Ausweis"). */
  compoundSeparator?: '·' | '-'
  /** Extra word parts for splitting long words (lower case), e.g. `['eingliederung']`. */
  compoundParts?: string[]
  /**
   * Extra foreign words for the rule `foreign-word`, with the everyday German word to suggest,
   * e.g. `{ Onboarding: 'Einarbeitung' }`. Glossary terms are never reported.
   */
  foreignWords?: Record<string, string>
}

export interface ResolvedOptions {
  disable: ReadonlySet<RuleId>
  sentenceWarningAbove: number
  sentenceErrorAbove: number
  longWordMinLetters: number
  glossary: ReadonlySet<string>
  /** Every word of every glossary term, in glossary form without hyphens and Mediopunkte ("Persönliches Budget" → "budget"). */
  glossaryWords: ReadonlySet<string>
  allowMoechte: boolean
  allowYears: boolean
  compoundSeparator: '·' | '-'
  compoundParts: readonly string[]
  /** Extra foreign words (lower case) → replacement. */
  foreignWords: ReadonlyMap<string, string>
}
