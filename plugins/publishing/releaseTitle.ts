import type { Payload, PayloadRequest } from 'payload'
import type { Release } from '../../cms/payload-types.ts'
import { releaseDate } from './releaseNames.ts'
import { collectionLabel, ROLLBACK_TRIGGER, titleOf } from './takeBack.ts'

/**
 * The German texts staff read for a release record instead of its raw
 * `trigger` ("services/6 veröffentlicht", "Rollback von 20261205T…") and its
 * release id: the changed documents by title and German collection name, a
 * rollback by the date of the state it went back to. Used by the view
 * "Veröffentlichungen" (ReleasesView), the record's derived field `title`
 * (its `useAsTitle`, collections.ts) and the rollback confirmation.
 */

/** A document a release changed, as staff read it: its title, the collection's German name, a link. */
export interface ChangedEntry {
  collection: string
  id: string
  collectionLabel: string
  title: string
  change: string
  /** Below the admin route: /collections/services/12; null when the document is gone. */
  path: string | null
}

export { releaseDate, releaseName, releaseTime } from './releaseNames.ts'

type Titles = Map<string, string | null>

/** The documents a record changed, each once, with title and German collection name (titles cached in `titles`). */
export async function changedEntries(
  payload: Payload,
  record: Pick<Release, 'changedDocs'>,
  titles: Titles = new Map(),
  req?: PayloadRequest,
): Promise<ChangedEntry[]> {
  const seen = new Set<string>()
  const entries: ChangedEntry[] = []
  for (const row of record.changedDocs ?? []) {
    const key = `${row.collection}/${row.docId}`
    if (!row.collection || !row.docId || seen.has(key)) continue
    seen.add(key)
    if (!titles.has(key)) titles.set(key, await titleOf(payload, row.collection, row.docId, req))
    const title = titles.get(key) ?? null
    const label = collectionLabel(payload, row.collection)
    entries.push({
      collection: row.collection,
      id: row.docId,
      collectionLabel: label,
      title: title ?? `${label} (gelöscht)`,
      change: row.change ?? 'geändert',
      path: title ? `/collections/${row.collection}/${row.docId}` : null,
    })
  }
  return entries
}

/** "„Beratung“ (Leistung) veröffentlicht; „Köln“ (Standort) gelöscht und 3 weitere". */
export function describeChanges(changes: ChangedEntry[], max = 3): string {
  const shown = changes.slice(0, max).map((c) => `„${c.title}“ (${c.collectionLabel}) ${c.change}`)
  const more = changes.length - shown.length
  return shown.join('; ') + (more > 0 ? ` und ${more} ${more === 1 ? 'weitere Änderung' : 'weitere Änderungen'}` : '')
}

/** Triggers without documents, as staff read them. */
const fixedTriggers: Record<string, string> = {
  Start: 'Erstellung beim Start des Systems',
  'Kommandozeile (npm run build:site)': 'Von der technischen Betreuung angestoßen',
}

/**
 * What a release record is about, in German: "Zurückgesetzt auf den Stand
 * vom 05.12.2026, 16:36 Uhr" for a rollback, else the changed documents, else
 * the (known) trigger.
 */
export function titleText(record: Pick<Release, 'trigger' | 'releaseId'>, changes: ChangedEntry[]): string {
  const trigger = record.trigger ?? ''
  if (trigger.startsWith(ROLLBACK_TRIGGER)) {
    const date = releaseDate(record.releaseId)
    return date ? `Zurückgesetzt auf den Stand vom ${date}` : 'Zurückgesetzt auf einen früheren Stand'
  }
  if (changes.length) return describeChanges(changes)
  const parts = trigger
    .split('; ')
    .filter(Boolean)
    .map((t) => fixedTriggers[t] ?? t)
  return parts.length ? [...new Set(parts)].join('; ') : 'Veröffentlichung'
}

/** titleText, reading the titles of the changed documents (in `req`'s transaction when given). */
export async function releaseTitle(
  payload: Payload,
  record: Pick<Release, 'trigger' | 'releaseId' | 'changedDocs'>,
  titles?: Titles,
  req?: PayloadRequest,
): Promise<string> {
  const isRollback = (record.trigger ?? '').startsWith(ROLLBACK_TRIGGER)
  return titleText(record, isRollback ? [] : await changedEntries(payload, record, titles, req))
}
