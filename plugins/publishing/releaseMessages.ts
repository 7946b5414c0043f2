/**
 * The German texts of a release record: what failed and what to do. Shown to
 * editors in the admin (Veröffentlichungen) and printed by `npm run build:site`.
 */
import type { StepTiming } from './build.ts'
import { issueCount, type Finding } from './findings.ts'
import { summarisePages } from './gate.ts'
import { stepNames } from './releaseNames.ts'

export const stepLabels: Record<StepTiming['step'], string> = stepNames as Record<StepTiming['step'], string>

const unchanged = 'Die Website bleibt unverändert.'

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export interface Failure {
  step: StepTiming['step']
  /** The English message of the error (technical details). */
  message: string
  findings: Finding[]
  warnings: string[]
}

/** The `error` text of a failed release record. */
export function failureText({ step, message, findings, warnings }: Failure): string {
  const pages = `${count(findings.length, 'Seite', 'Seiten')} (${summarisePages(findings)})`
  if (step === 'gate' && findings.length)
    return `Barrierefreiheitsprüfung: ${count(issueCount(findings), 'Fehler', 'Fehler')} auf ${pages}. ${unchanged} Bitte beheben Sie die unter „Befunde“ genannten Fehler in den Inhalten dieser Seiten (betrifft es jede Seite einer Art, liegt es an der Seitenvorlage: bitte an die technische Betreuung melden) und veröffentlichen Sie dann erneut.`
  if (step === 'links' && findings.length)
    return `Linkprüfung: ${count(issueCount(findings), 'defekter interner Link', 'defekte interne Links')} auf ${pages}. ${unchanged} Bitte korrigieren oder entfernen Sie die unter „Befunde“ genannten Links (oder veröffentlichen Sie die verlinkten Inhalte) und veröffentlichen Sie dann erneut.`
  const details = `\n\nTechnische Details: ${message}`
  if (step === 'gate')
    return `Barrierefreiheitsprüfung fehlgeschlagen. ${unchanged} ${warnings.at(-1) ?? 'Bitte wenden Sie sich an die technische Betreuung.'}${details}`
  const hint =
    step === 'export' || step === 'build'
      ? 'Bitte prüfen Sie die zuletzt veröffentlichten Inhalte; besteht der Fehler weiter, wenden Sie sich an die technische Betreuung.'
      : 'Bitte versuchen Sie es später noch einmal; besteht der Fehler weiter, wenden Sie sich an die technische Betreuung.'
  return `Schritt „${stepLabels[step]}“ fehlgeschlagen. ${unchanged} ${hint}${details}`
}

/** At most this many pages, and issues per page, are stored in a record (a broken menu link can hit every page). */
export const MAX_FINDING_PAGES = 100
export const MAX_ISSUES_PER_PAGE = 50

/** The findings as stored, cut to a readable size, with a warning saying so. */
export function storedFindings(findings: Finding[]): { findings: Finding[]; warning?: string } {
  const cut = findings
    .slice(0, MAX_FINDING_PAGES)
    .map((f) => ({ page: f.page, issues: f.issues.slice(0, MAX_ISSUES_PER_PAGE) }))
  const total = issueCount(findings)
  const kept = issueCount(cut)
  if (kept === total) return { findings: cut }
  return {
    findings: cut,
    warning: `Die Befunde sind gekürzt: gespeichert sind ${kept} von ${total} auf ${cut.length} von ${findings.length} Seiten.`,
  }
}
