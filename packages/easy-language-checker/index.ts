import { resolveOptions } from './options.ts'
import { RULES } from './rules/index.ts'
import { computeStats } from './stats.ts'
import { maskStructure } from './structure.ts'
import { parseText } from './text.ts'
import { RULE_IDS, type AnalyzeResult, type CheckOptions, type Finding } from './types.ts'

export { splitCompound, suggestCompound } from './compound.ts'
export { DEFAULT_OPTIONS } from './options.ts'
export { RULES } from './rules/index.ts'
export { countSyllables } from './syllables.ts'
export { parseText, splitSentences } from './text.ts'
export { HEADING_LINE, STEP_LINE, hasSubHeading, maskStructure, SENTENCES_PER_SCREEN } from './structure.ts'
export { RULE_IDS, TEXT_RULE_IDS } from './types.ts'
export type { Rule, RuleContext } from './rule.ts'
export type { ParsedText, Sentence, Word } from './text.ts'
export type { AnalyzeResult, CheckOptions, Finding, RuleId, Severity, TextStats } from './types.ts'

const ORDER = new Map(RULE_IDS.map((id, i) => [id, i]))

function runRules(text: string, options: CheckOptions | undefined, parsed = parseText(maskStructure(text))): Finding[] {
  const resolved = resolveOptions(options)
  // Sub-heading and step markers are layout: the rules see blanks there (sub-heading.ts reads the original).
  const context = { text: parsed.text, original: text, parsed, options: resolved }
  const findings = RULES.filter((rule) => !resolved.disable.has(rule.id)).flatMap((rule) => rule.check(context))
  return findings.sort(
    (a, b) => a.index - b.index || (ORDER.get(a.rule) ?? 0) - (ORDER.get(b.rule) ?? 0) || a.length - b.length,
  )
}

/** Checks a text against the Leichte-Sprache rules. Findings are sorted by position. */
export function check(text: string, options?: CheckOptions): Finding[] {
  return runRules(text, options)
}

/** Findings plus readability figures (word and sentence counts, Flesch-Amstad, Wiener Sachtextformel). */
export function analyze(text: string, options?: CheckOptions): AnalyzeResult {
  const parsed = parseText(maskStructure(text))
  return { findings: runRules(text, options, parsed), stats: computeStats(parsed) }
}
