import { check } from '../index.ts'
import type { CheckOptions, Finding, RuleId } from '../types.ts'

/** Findings of one rule. */
export function findingsOf(rule: RuleId, text: string, options?: CheckOptions): Finding[] {
  return check(text, options).filter((finding) => finding.rule === rule)
}

/** The text spans of one rule's findings. */
export function spansOf(rule: RuleId, text: string, options?: CheckOptions): string[] {
  return findingsOf(rule, text, options).map((finding) => text.slice(finding.index, finding.index + finding.length))
}
