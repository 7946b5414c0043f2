import { check } from '../index.ts'
import { RULE_IDS, type CheckOptions } from '../types.ts'
import { CORPUS } from './sentences.ts'

/** A labelled sentence: the rules it breaks (empty when clean). */
export interface LabelledSentence {
  text: string
  rules: readonly string[]
}

export interface RuleQuality {
  /** A rule id, or a label of a rule that does not exist yet (then nothing is ever found). */
  rule: string
  /** Sentences labelled with the rule. */
  labelled: number
  /** Of those, sentences with at least one finding of the rule. */
  found: number
  recall: number
  /** Sentences not labelled with the rule that still get a finding of it. */
  falseAlarms: number
}

export interface CorpusQuality {
  size: number
  clean: number
  cleanWithFindings: number
  /** Share of clean sentences with any finding (warnings included). */
  cleanFalsePositiveRate: number
  rules: RuleQuality[]
  /** Sentences whose findings do not match their labels exactly. */
  mismatches: Array<{ text: string; expected: string[]; found: string[] }>
}

/**
 * Runs the checker over a labelled corpus and computes recall per rule and the
 * clean false-positive rate. `labels` are the rules to report on: by default
 * the checker's rules plus every other label that occurs in the corpus.
 */
export function evaluateCorpus(
  corpus: readonly LabelledSentence[] = CORPUS,
  options?: CheckOptions,
  labels: readonly string[] = [...new Set<string>([...RULE_IDS, ...corpus.flatMap((entry) => entry.rules)])],
): CorpusQuality {
  const fired = corpus.map((entry) => new Set<string>(check(entry.text, options).map((finding) => finding.rule)))
  const rules = labels.map((rule): RuleQuality => {
    let labelled = 0
    let found = 0
    let falseAlarms = 0
    corpus.forEach((entry, i) => {
      const hit = fired[i]?.has(rule) ?? false
      if (entry.rules.includes(rule)) {
        labelled++
        if (hit) found++
      } else if (hit) falseAlarms++
    })
    return { rule, labelled, found, recall: labelled === 0 ? 0 : found / labelled, falseAlarms }
  })
  const cleanEntries = corpus
    .map((entry, i) => [entry, fired[i] ?? new Set<string>()] as const)
    .filter(([entry]) => entry.rules.length === 0)
  const cleanWithFindings = cleanEntries.filter(([, rules]) => rules.size > 0).length
  const mismatches = corpus.flatMap((entry, i) => {
    const found = [...(fired[i] ?? [])].sort()
    const expected = [...entry.rules].sort()
    return found.join() === expected.join() ? [] : [{ text: entry.text, expected, found }]
  })
  return {
    size: corpus.length,
    clean: cleanEntries.length,
    cleanWithFindings,
    cleanFalsePositiveRate: cleanEntries.length === 0 ? 0 : cleanWithFindings / cleanEntries.length,
    rules,
    mismatches,
  }
}

const percent = (value: number) => `${(100 * value).toFixed(1)} %`

/** The quality figures as a Markdown table (used by the corpus test and the README). */
export function formatQuality(quality: CorpusQuality): string {
  const lines = [
    '| Regel | Sätze mit Verstoß | erkannt | Recall | Fehlalarme in anderen Sätzen |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...quality.rules.map(
      (rule) =>
        `| \`${rule.rule}\` | ${rule.labelled} | ${rule.found} | ${percent(rule.recall)} | ${rule.falseAlarms} |`,
    ),
    '',
    `Korpus: ${quality.size} Sätze, davon ${quality.clean} saubere Sätze.`,
    `Saubere Sätze mit Fund: ${quality.cleanWithFindings} von ${quality.clean} (${percent(quality.cleanFalsePositiveRate)}).`,
    `Sätze, deren Funde nicht genau zu ihren Labels passen: ${quality.mismatches.length}.`,
  ]
  return lines.join('\n')
}
