import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import type { Release } from '../../cms/payload-types.ts'

/**
 * Whether a document's latest publish (or unpublish, or deletion) is live on
 * the public site, derived from the `releases` records of the publish
 * pipeline (plugins/publishing/runner.ts):
 *
 * - every publish records a request that names the document in `changedDocs`;
 * - requests waiting together are built once: the oldest becomes the build's
 *   record and receives every `changedDocs` row, the others are "merged";
 * - a build exports all published content, so every successful build that
 *   started after the request contains the change, not only the one the
 *   request was merged into;
 * - release ids begin with the UTC time the build started
 *   (`20261123T211400000Z-ab12`), and a rollback makes an older release live again;
 * - a publish the checks refused (plugins/publishing/refusal.ts) has a
 *   `publish-refusals` record that answers every request for the document up
 *   to its `requestedAt`: the build went live without the change.
 */

export type ReleaseRecord = Pick<
  Release,
  'id' | 'status' | 'createdAt' | 'startedAt' | 'finishedAt' | 'releaseId' | 'error' | 'changedDocs' | 'step'
>

/** The steps of a build in their order (plugins/publishing/build.ts), as editors read them. */
export const buildSteps: Record<string, string> = {
  export: 'Inhalte zusammenstellen',
  build: 'Seiten erstellen',
  syndicate: 'offene Daten schreiben',
  index: 'Suche aufbauen',
  gate: 'Barrierefreiheit prüfen',
  links: 'Links prüfen',
  switch: 'neue Fassung freischalten',
}

export type PublishStatus =
  /** No request names the document: never published (or only before the pipeline kept records). */
  | { state: 'none' }
  /** `expectedMs`: how long the last successful build took, as an estimate. */
  | { state: 'queued'; since: string; recordId: number | string; change: string; expectedMs?: number }
  | {
      state: 'building'
      since: string
      recordId: number | string
      change: string
      /** The step the build is in, when known. */
      step?: string
      expectedMs?: number
    }
  | { state: 'live'; since: string; releaseId: string; recordId: number | string; change: string }
  | { state: 'failed'; at: string; error: string; recordId: number | string; change: string }
  /** The change went live, then an admin rolled the site back to a release without it. */
  | { state: 'rolled-back'; releaseId: string; liveReleaseId: string; recordId: number | string; change: string }
  /**
   * The checks refused the change (plugins/publishing/refusal.ts): the document is back at the version
   * the site shows (or a draft again), the refused content is its newest draft.
   */
  | {
      state: 'refused'
      at: string
      recordId: number | string
      change: string
      message: string
      /** One German sentence per finding: field, quoted text, what to do. */
      findings: string[]
    }

/** A `publish-refusals` record, as derivePublishStatus reads it. */
export interface RefusalRecord {
  createdAt: string
  requestedAt: string
  message?: string | null
  findings?: unknown
}

/** The editorial state of the document itself, beside the pipeline's. */
export interface DocumentState {
  /** A published version exists (the main document is published). */
  published: boolean
  /** A draft newer than the published version exists. */
  newerDraft: boolean
}

export interface PublishStatusResult {
  status: PublishStatus
  document: DocumentState
}

const successful = new Set<ReleaseRecord['status']>(['live', 'superseded', 'rolled-back'])

/** `2026-11-23T21:14:05.123Z` → `20261123T211405123Z`, the prefix of a release id built at that time (releases.ts). */
export function releaseIdStamp(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:.]/g, '')
}

export function mentions(record: ReleaseRecord, collection: string, id: number | string): boolean {
  return (record.changedDocs ?? []).some((row) => row.collection === collection && row.docId === String(id))
}

const time = (value: string | null | undefined) => (value ? new Date(value).getTime() : 0)

/**
 * The publish status of one document. `docRecords` are the records that name
 * it (any order); `builds` the records of builds and rollbacks (status
 * live/superseded/rolled-back/building) that started at or after its newest
 * request, or more; `liveReleaseId` the release the site serves now.
 */
export function derivePublishStatus(input: {
  collection: string
  id: number | string
  docRecords: ReleaseRecord[]
  builds: ReleaseRecord[]
  liveReleaseId: string | null
  /** How long the last successful build took (an estimate for a waiting or running one). */
  expectedMs?: number
  /** The document's newest refusal, if any: it answers the requests up to its `requestedAt`. */
  refusal?: RefusalRecord | null
  /**
   * When the live document was last written, if it is published. Content
   * published without a request (the demo seed, an import) is in every build
   * that started after it: the first release of a new site holds it.
   */
  publishedAt?: string | null
}): PublishStatus {
  const { collection, id, builds, liveReleaseId, expectedMs, refusal } = input
  const own = input.docRecords
    .filter((r) => mentions(r, collection, id))
    .sort((a, b) => time(b.createdAt) - time(a.createdAt))
  const newest = own[0]
  if (!newest)
    return input.publishedAt ? builtWithoutRequest(input.publishedAt, builds, liveReleaseId) : { state: 'none' }
  const change = [...(newest.changedDocs ?? [])]
    .reverse()
    .find((row) => row.collection === collection && row.docId === String(id))?.change
  const base = { recordId: newest.id, change: change ?? 'veröffentlicht' }
  const requested = newest.createdAt
  const stamp = releaseIdStamp(requested)
  // A refusal answers every request up to the newest one it saw; a later publish is a new attempt.
  if (refusal && time(refusal.requestedAt) >= time(requested))
    return {
      state: 'refused',
      at: refusal.createdAt,
      message: refusal.message ?? '',
      findings: Array.isArray(refusal.findings)
        ? refusal.findings.map((f) => String((f as { text?: unknown }).text ?? '')).filter(Boolean)
        : [],
      ...base,
    }

  // The first successful build that started after the request holds the change. A rollback
  // record after the request carries an older release id, made before the rollback started
  // (a build's id is made after it starts), and so does not count, even when that older
  // release was built in the same second as the request.
  const containing = builds
    .filter(
      (b) =>
        successful.has(b.status) &&
        b.releaseId &&
        b.startedAt &&
        time(b.startedAt) >= time(requested) &&
        b.releaseId >= stamp &&
        b.releaseId >= releaseIdStamp(b.startedAt),
    )
    .sort((a, b) => (a.releaseId! < b.releaseId! ? -1 : 1))[0]
  if (containing) {
    const releaseId = containing.releaseId!
    if (liveReleaseId && liveReleaseId >= releaseId)
      return { state: 'live', since: containing.finishedAt ?? containing.startedAt!, releaseId, ...base }
    if (liveReleaseId) return { state: 'rolled-back', releaseId, liveReleaseId, ...base }
  }

  // Not built yet: where is the request?
  const estimate = expectedMs ? { expectedMs } : {}
  const running = (record: ReleaseRecord) =>
    ({
      state: 'building',
      since: record.startedAt ?? record.createdAt,
      ...(record.step ? { step: record.step } : {}),
      ...estimate,
      ...base,
    }) as const
  if (newest.status === 'queued') return { state: 'queued', since: newest.createdAt, ...estimate, ...base }
  const building = (record: ReleaseRecord | undefined) =>
    record?.status === 'building' && time(record.startedAt) >= time(requested) ? record : undefined
  if (newest.status === 'building') return running(newest)
  if (newest.status === 'merged') {
    // Merged into the build of an older request, which now names the document too.
    const owner = own.find((r) => r !== newest && r.status !== 'merged' && time(r.createdAt) <= time(requested))
    const build = building(owner) ?? builds.find((b) => building(b))
    if (owner?.status === 'failed' && time(owner.startedAt) >= time(requested))
      return { state: 'failed', at: owner.finishedAt ?? owner.startedAt!, error: owner.error ?? '', ...base }
    if (build) return running(build)
    // Between "merged" and the build record's update, or the build record was not found.
    return { state: 'queued', since: newest.createdAt, ...estimate, ...base }
  }
  if (newest.status === 'failed')
    return { state: 'failed', at: newest.finishedAt ?? newest.createdAt, error: newest.error ?? '', ...base }
  // A successful record without a release id (not written by the runner): nothing to say.
  return { state: 'none' }
}

/** The first successful build that started after `publishedAt` holds the document (see derivePublishStatus). */
function builtWithoutRequest(
  publishedAt: string,
  builds: ReleaseRecord[],
  liveReleaseId: string | null,
): PublishStatus {
  const stamp = releaseIdStamp(publishedAt)
  const containing = builds
    .filter(
      (b) =>
        successful.has(b.status) &&
        b.releaseId &&
        b.startedAt &&
        time(b.startedAt) >= time(publishedAt) &&
        b.releaseId >= stamp &&
        b.releaseId >= releaseIdStamp(b.startedAt),
    )
    .sort((a, b) => (a.releaseId! < b.releaseId! ? -1 : 1))[0]
  if (!containing || !liveReleaseId) return { state: 'none' }
  const base = { recordId: containing.id, change: 'veröffentlicht', releaseId: containing.releaseId! }
  if (liveReleaseId >= containing.releaseId!)
    return { state: 'live', since: containing.finishedAt ?? containing.startedAt!, ...base }
  return { state: 'rolled-back', liveReleaseId, ...base }
}

const dateTime = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
})

export const formatDateTime = (iso: string) => `${dateTime.format(new Date(iso))} Uhr`

/** ": Schritt 5 von 7, Barrierefreiheit prüfen" for a known step, else nothing. */
export function stepText(step: string | undefined): string {
  const names = Object.keys(buildSteps)
  const index = step ? names.indexOf(step) : -1
  return index < 0 ? '' : `: Schritt ${index + 1} von ${names.length}, ${buildSteps[step!]}`
}

/** " Das dauert meist etwa 20 Sekunden." from the last successful build's duration. */
export function expected(ms: number | undefined): string {
  if (!ms || ms <= 0) return ''
  const seconds = Math.max(1, Math.round(ms / 1000))
  const span =
    seconds < 90 ? `${seconds} ${seconds === 1 ? 'Sekunde' : 'Sekunden'}` : `${Math.round(seconds / 60)} Minuten`
  return ` Das dauert meist etwa ${span}.`
}

const withdrawn = (change: string) => change === 'zurückgezogen' || change === 'gelöscht'

/**
 * One German sentence for the status, as the document's sidebar shows it: times, not release ids (those are for
 * "Veröffentlichungen", one click away).
 */
export function describePublishStatus({ status, document }: PublishStatusResult): string {
  switch (status.state) {
    case 'none':
      return document.published
        ? 'Veröffentlicht, aber noch in keiner erfassten Veröffentlichung der Website.'
        : 'Noch nicht veröffentlicht – Entwurf, nicht live.'
    case 'queued':
      return `Wird geprüft … wartet seit ${formatDateTime(status.since)} auf die Erstellung und Prüfung der Website.${expected(status.expectedMs)}`
    case 'building':
      return `Wird geprüft … die Website wird seit ${formatDateTime(status.since)} erstellt und geprüft${stepText(status.step)}.${expected(status.expectedMs)}`
    case 'refused':
      return status.message || 'Die Veröffentlichung wurde abgelehnt. Die Website zeigt weiter die vorherige Fassung.'
    case 'live':
      return withdrawn(status.change)
        ? `Nicht mehr auf der Website seit ${formatDateTime(status.since)}.`
        : `Live seit ${formatDateTime(status.since)}.`
    case 'failed':
      return `Veröffentlichung fehlgeschlagen: ${status.error || 'unbekannter Fehler'} – die Website zeigt weiter den vorherigen Stand.`
    case 'rolled-back':
      return 'Zurückgenommen: Die Website wurde auf einen früheren Stand zurückgesetzt, der diese Änderung noch nicht enthält.'
  }
}

/** A hint about unpublished changes, or null. */
export function describeDraft({ status, document }: PublishStatusResult): string | null {
  if (status.state === 'none' && !document.published) return null
  if (!document.published && status.state === 'live' && withdrawn(status.change)) return null
  if (!document.published) return 'Entwurf – nicht live.'
  return document.newerDraft ? 'Es gibt neuere Änderungen im Entwurf, die noch nicht veröffentlicht sind.' : null
}

/** True while the status can still change by itself (the admin polls then). */
export const isPending = (status: PublishStatus) => status.state === 'queued' || status.state === 'building'

/**
 * The publish status of a document for `req.user`: null when the user may not
 * read the document (or it does not exist).
 */
export async function publishStatusFor(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<PublishStatusResult | null> {
  const { payload } = req
  const asUser = { collection, id, req, user: req.user, overrideAccess: false, depth: 0 } as const
  let latest: { _status?: string | null; updatedAt?: string } | null
  try {
    latest = (await payload.findByID({ ...asUser, draft: true, disableErrors: true })) as typeof latest
  } catch {
    return null
  }
  if (!latest) return null
  const main = (await payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as {
    _status?: string | null
    updatedAt?: string
  } | null
  const published = main?._status === 'published'
  const document: DocumentState = {
    published,
    newerDraft: published && latest._status === 'draft' && time(latest.updatedAt) > time(main?.updatedAt),
  }
  return {
    status: await releaseStatusOf(payload, collection, id, published ? (main?.updatedAt ?? null) : null),
    document,
  }
}

/** The pipeline part of the status (see derivePublishStatus). */
export async function releaseStatusOf(
  payload: Payload,
  collection: string,
  id: number | string,
  /** When the live document was last written, if it is published (see derivePublishStatus). */
  publishedAt?: string | null,
): Promise<PublishStatus> {
  const select = {
    status: true,
    createdAt: true,
    startedAt: true,
    finishedAt: true,
    releaseId: true,
    error: true,
    changedDocs: true,
    step: true,
  } as const
  const base = { collection: 'releases', overrideAccess: true, depth: 0, select } as const
  // Both conditions may match different rows of changedDocs; derivePublishStatus checks the pair.
  const docRecords = (
    await payload.find({
      ...base,
      where: {
        and: [{ 'changedDocs.collection': { equals: collection } }, { 'changedDocs.docId': { equals: String(id) } }],
      },
      sort: '-createdAt',
      limit: 30,
    })
  ).docs as ReleaseRecord[]
  const newest = docRecords.find((r) => mentions(r, collection, id))
  if (!newest && !publishedAt) return { state: 'none' }
  const since = newest?.createdAt ?? publishedAt!
  const [builds, live, refusals] = await Promise.all([
    payload.find({
      ...base,
      where: {
        and: [
          { status: { in: ['live', 'superseded', 'rolled-back', 'building', 'failed'] } },
          { startedAt: { greater_than_equal: since } },
        ],
      },
      sort: 'startedAt',
      limit: 50,
    }),
    payload.find({ ...base, where: { status: { equals: 'live' } }, sort: '-createdAt', limit: 1 }),
    payload.find({
      collection: 'publish-refusals',
      overrideAccess: true,
      depth: 0,
      where: { and: [{ docCollection: { equals: collection } }, { docId: { equals: String(id) } }] },
      sort: '-createdAt',
      limit: 1,
    }),
  ])
  const lastLive = live.docs[0] as ReleaseRecord | undefined
  return derivePublishStatus({
    collection,
    id,
    docRecords,
    builds: builds.docs as ReleaseRecord[],
    liveReleaseId: lastLive?.releaseId ?? null,
    refusal: refusals.docs[0] ?? null,
    publishedAt,
    expectedMs:
      lastLive?.startedAt && lastLive.finishedAt ? time(lastLive.finishedAt) - time(lastLive.startedAt) : undefined,
  })
}
