import type { ParsedText, Word } from './text.ts'
import type { Finding, ResolvedOptions, RuleId, Severity } from './types.ts'

export interface RuleContext {
  /** The text as the rules read it: sub-heading and step markers blanked (structure.ts). */
  text: string
  /** The text as written, with its markers. */
  original: string
  parsed: ParsedText
  options: ResolvedOptions
}

export interface Rule {
  id: RuleId
  /** Short German title for reports. */
  title: string
  check(context: RuleContext): Finding[]
}

/** Builds a finding for the span from the start of `first` to the end of `last`. */
export function spanFinding(
  rule: RuleId,
  severity: Severity,
  first: Word,
  last: Word,
  message: string,
  suggestion?: string,
): Finding {
  const index = Math.min(first.index, last.index)
  const end = Math.max(first.end, last.end)
  return suggestion === undefined
    ? { rule, severity, index, length: end - index, message }
    : { rule, severity, index, length: end - index, message, suggestion }
}

/** Whether a word starts with an upper-case letter. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}
