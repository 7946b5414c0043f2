import type { CheckOptions, ResolvedOptions } from './types.ts'

export const DEFAULT_OPTIONS = {
  sentenceWarningAbove: 8,
  sentenceErrorAbove: 12,
  longWordMinLetters: 14,
  allowMoechte: true,
  allowYears: false,
  compoundSeparator: '·',
} as const

/** Normal form for glossary look-ups: lower case, without spaces and dots ("z. B." → "zb"). */
export function glossaryKey(term: string): string {
  return term.toLowerCase().replace(/[\s.\u00a0\u202f]+/gu, '')
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`Leichte Sprache: Die Option „${name}“ muss eine ganze Zahl größer als 0 sein.`)
  }
  return value
}

export function resolveOptions(options: CheckOptions = {}): ResolvedOptions {
  const sentenceWarningAbove = positiveInteger(
    options.sentenceWarningAbove,
    DEFAULT_OPTIONS.sentenceWarningAbove,
    'sentenceWarningAbove',
  )
  const sentenceErrorAbove = positiveInteger(
    options.sentenceErrorAbove,
    Math.max(DEFAULT_OPTIONS.sentenceErrorAbove, sentenceWarningAbove),
    'sentenceErrorAbove',
  )
  return {
    disable: new Set(options.disable ?? []),
    sentenceWarningAbove,
    sentenceErrorAbove,
    longWordMinLetters: positiveInteger(
      options.longWordMinLetters,
      DEFAULT_OPTIONS.longWordMinLetters,
      'longWordMinLetters',
    ),
    glossary: new Set((options.glossary ?? []).map(glossaryKey).filter((key) => key !== '')),
    glossaryWords: new Set(
      (options.glossary ?? [])
        .flatMap((term) => term.split(/\s+/u))
        .map((word) => glossaryKey(word).replace(/[·‐‑‧⋅-]/gu, ''))
        .filter((key) => key !== ''),
    ),
    allowMoechte: options.allowMoechte ?? DEFAULT_OPTIONS.allowMoechte,
    allowYears: options.allowYears ?? DEFAULT_OPTIONS.allowYears,
    compoundSeparator: options.compoundSeparator ?? DEFAULT_OPTIONS.compoundSeparator,
    compoundParts: (options.compoundParts ?? []).map((part) => part.toLowerCase()),
    foreignWords: new Map(
      Object.entries(options.foreignWords ?? {}).map(([word, replacement]) => [word.toLowerCase(), replacement]),
    ),
  }
}
