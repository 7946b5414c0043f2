import { formatDateTime } from './publishStatus.ts'

/**
 * A release as staff name it: by the German date and time its id holds
 * (ids are the build's UTC time plus a random tail, releases.ts), not by the
 * id. Safe in the browser (the admin's client components use it).
 */

/** The time in a release id (20261205T163607919Z-bad1, releases.ts) as a Date, or null. */
export function releaseTime(releaseId: string | null | undefined): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(releaseId ?? '')
  if (!m) return null
  const [, y, mo, d, h, mi, s, ms] = m.map(Number)
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms!))
  return Number.isNaN(date.getTime()) ? null : date
}

/** "05.12.2026, 16:36 Uhr" for a release id (German time), or null for an id without a time. */
export function releaseDate(releaseId: string | null | undefined): string | null {
  const time = releaseTime(releaseId)
  return time ? formatDateTime(time.toISOString()) : null
}

/** "Veröffentlichung vom 05.12.2026, 16:36 Uhr" (the raw id only when it holds no time). */
export function releaseName(releaseId: string | null | undefined): string {
  const date = releaseDate(releaseId)
  return date ? `Veröffentlichung vom ${date}` : `Veröffentlichung ${releaseId ?? ''}`.trim()
}

/** The build's steps (build.ts) as staff read them. */
export const stepNames: Record<string, string> = {
  export: 'Export der veröffentlichten Inhalte',
  build: 'Erstellen der Website',
  syndicate: 'Offene Daten und Feeds',
  index: 'Suchindex',
  gate: 'Barrierefreiheitsprüfung',
  links: 'Prüfung der internen Links',
  switch: 'Umschalten auf die neue Version',
}

/** A step's German name; an unknown one as "Schritt „x“". */
export const stepName = (step: string | null | undefined): string =>
  step ? (stepNames[step] ?? `Schritt „${step}“`) : 'Wird gestartet'

/** A document whose change a rollback took back (takeBack.ts TakenBackDoc), as the questions name it. */
type Question = { title: string; collectionLabel: string; action: 'restore' | 'unpublish' | 'deleted' }

/** Asked before "Frühere Fassung wiederherstellen" or "Zurückziehen", which publish or unpublish at once. */
export function takeBackQuestion(doc: Question): string {
  return doc.action === 'restore'
    ? `„${doc.title}“ (${doc.collectionLabel}) auf die frühere Fassung zurücksetzen und diese sofort veröffentlichen? Die zurückgenommene Änderung geht dabei nicht verloren: Sie bleibt in den Versionen des Inhalts.`
    : `„${doc.title}“ (${doc.collectionLabel}) zurückziehen? Der Inhalt wird dann nicht mehr auf der Website gezeigt; er bleibt als Entwurf im CMS.`
}

/** The question before "Alle wiederherstellen", naming each document. */
export function takeBackAllQuestion(docs: Question[]): string {
  const restore = docs.filter((d) => d.action === 'restore').map((d) => `„${d.title}“ (${d.collectionLabel})`)
  const unpublish = docs.filter((d) => d.action === 'unpublish').map((d) => `„${d.title}“ (${d.collectionLabel})`)
  return [
    restore.length ? `Auf die frühere Fassung zurücksetzen und sofort veröffentlichen: ${restore.join(', ')}.` : '',
    unpublish.length ? `Zurückziehen (nicht mehr auf der Website): ${unpublish.join(', ')}.` : '',
    'Fortfahren?',
  ]
    .filter(Boolean)
    .join('\n\n')
}
