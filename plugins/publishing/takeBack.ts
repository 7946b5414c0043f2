import { existsSync } from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { currentRelease, releasesDir } from './releases.ts'
import { dataDir } from '../../config.ts'
import { readExportState, type DocState } from '../../cms/export/export-state.ts'
import { belongsTo, canPublish, isAdminUser, refId, type RoleUser } from '../../cms/access/roles.ts'
import type { Release } from '../../cms/payload-types.ts'

/**
 * A rollback switches only the site back: the documents whose changes it
 * took back are still published in the CMS, and the next build (of anyone's
 * publish) would bring them back. This finds those documents for the newest
 * rollback and what undoes each through Payload, so the normal publish
 * pipeline runs: restoring the version that was live in the release the site
 * went back to, or unpublishing ("Zurückziehen") a document that was not live
 * then. A document changed again since the rollback (restored, unpublished,
 * or deliberately published anew) counts as dealt with.
 */

export type TakeBackAction = 'restore' | 'unpublish' | 'deleted'

export interface TakenBackDoc {
  collection: string
  /** The collection's German name ("Leistung"). */
  collectionLabel: string
  id: string
  title: string
  /** What the taken-back change was: "veröffentlicht", "zurückgezogen", "gelöscht", … */
  change: string
  action: TakeBackAction
  /** The version to restore (action "restore"). */
  versionId?: string
  /** Whether the reading user may undo it (publishes in the document's department; admins always). */
  allowed: boolean
}

export interface TakeBackOverview {
  /** The release the site went back to, and the one it left. */
  target: string
  from: string
  rolledBackAt: string
  docs: TakenBackDoc[]
}

const successful = ['live', 'superseded', 'rolled-back'] as const
const o = { overrideAccess: true, depth: 0 } as const

/** The trigger of a rollback record (PipelineRunner.rollback). */
export const ROLLBACK_TRIGGER = 'Rollback von '

const labelOf = (payload: Payload, slug: string): string => {
  const labels = payload.collections[slug as CollectionSlug]?.config.labels
  const singular = labels?.singular
  if (typeof singular === 'string') return singular
  if (singular && typeof singular === 'object') return String((singular as Record<string, string>).de ?? slug)
  return slug
}

/** The document's title as the admin shows it (its `useAsTitle` field), or its id. */
export async function titleOf(
  payload: Payload,
  slug: string,
  id: string,
  req?: PayloadRequest,
): Promise<string | null> {
  const config = payload.collections[slug as CollectionSlug]?.config
  if (!config) return null
  const field = config.admin?.useAsTitle ?? 'id'
  const doc = (await payload.db
    .findOne({ collection: slug as CollectionSlug, where: { id: { equals: id } }, ...(req ? { req } : {}) })
    .catch(() => null)) as Record<string, unknown> | null
  if (!doc) return null
  const value = doc[field]
  return typeof value === 'string' && value.trim() ? value : `${labelOf(payload, slug)} ${id}`
}

export { labelOf as collectionLabel }

/** Whether `user` may publish the document: admins always; publishers in the document's department. */
export function mayUndo(user: RoleUser | null, doc: { department?: unknown } | null): boolean {
  if (!user || !canPublish(user)) return false
  if (isAdminUser(user)) return true
  const department = doc?.department as number | string | { id: number | string } | null | undefined
  return department != null && belongsTo(user, refId(department))
}

type Changed = { collection: string; docId: string; change: string; at: string }

/** The changes of the successful builds after release `target` that a rollback record made at `before` took back. */
export async function changesAfter(payload: Payload, target: string, before: string): Promise<Changed[]> {
  const { docs } = await payload.find({
    ...o,
    collection: 'releases',
    pagination: false,
    sort: 'createdAt',
    where: {
      and: [
        { status: { in: [...successful] } },
        { releaseId: { greater_than: target } },
        { createdAt: { less_than: before } },
      ],
    },
  })
  const changed = new Map<string, Changed>()
  for (const record of docs as Release[]) {
    if (record.trigger?.startsWith(ROLLBACK_TRIGGER)) continue
    const refused = new Set((record.refusedDocs ?? []).map((d) => `${d.collection}/${d.docId}`))
    for (const row of record.changedDocs ?? []) {
      if (!row.collection || !row.docId) continue
      const key = `${row.collection}/${row.docId}`
      if (refused.has(key)) continue
      changed.set(key, {
        collection: row.collection,
        docId: row.docId,
        change: row.change ?? 'veröffentlicht',
        at: record.createdAt,
      })
    }
  }
  return [...changed.values()]
}

/**
 * The release a rollback would switch to (as PipelineRunner.rollback chooses
 * it: the newest earlier successful one still on disk) and the live one.
 */
export async function rollbackTargetOf(
  payload: Payload,
  dataDir: string,
): Promise<{ live: string | null; target: string | null }> {
  const live = await currentRelease(dataDir)
  if (!live) return { live, target: null }
  const { docs } = await payload.find({
    ...o,
    collection: 'releases',
    pagination: false,
    select: { releaseId: true },
    where: {
      and: [
        { status: { in: ['live', 'superseded'] } },
        { releaseId: { exists: true } },
        { releaseId: { less_than: live } },
      ],
    },
    sort: '-releaseId',
  })
  const target =
    docs.map((d) => d.releaseId!).find((id) => id < live && existsSync(path.join(releasesDir(dataDir), id))) ?? null
  return { live, target }
}

/**
 * Whether `user` may roll the site back to `target`: admins always;
 * publishers when every change it takes back is a document of one of their
 * departments (a rollback must not take back another department's work).
 */
export async function mayRollBack(payload: Payload, user: RoleUser | null, target: string): Promise<boolean> {
  if (!user || !canPublish(user)) return false
  if (isAdminUser(user)) return true
  const changes = await changesAfter(payload, target, new Date(Date.now() + 1000).toISOString())
  for (const change of changes) {
    const doc = (await payload.db
      .findOne({ collection: change.collection as CollectionSlug, where: { id: { equals: change.docId } } })
      .catch(() => null)) as { department?: unknown } | null
    if (!mayUndo(user, doc)) return false
  }
  return true
}

/** The version of a document that was live when release `target` was built, or null (not live then). */
export async function versionLiveAt(
  payload: Payload,
  slug: string,
  id: string,
  builtAt: string,
  exported?: Record<string, Record<string, DocState>> | null,
): Promise<string | null> {
  const collection = slug as CollectionSlug
  if (!payload.collections[collection]?.config.versions?.drafts) return null
  // Exactly: the release's export recorded each document's updatedAt as it read it; the version with that
  // updatedAt is the one live then (a build's start time can precede a save its export still read). A document
  // missing from the export was not live then.
  if (exported && slug in exported) {
    const at = exported[slug]?.[id]?.u
    if (!at) return null
    const { docs: exact } = await payload.db.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { 'version.updatedAt': { equals: at } }] },
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
    })
    if (exact[0]) return String(exact[0].id)
  }
  // Without the release's export state (pruned snapshot): the newest published version before the build began.
  const { docs } = await payload.db.findVersions({
    collection,
    where: {
      and: [
        { parent: { equals: id } },
        { 'version._status': { equals: 'published' } },
        // The document's time of that state (a version record is written a moment after the document it copies).
        { 'version.updatedAt': { less_than_equal: builtAt } },
      ],
    },
    sort: '-version.updatedAt',
    limit: 1,
    pagination: false,
  })
  const version = docs[0] as { id: number | string; version?: { updatedAt?: string } } | undefined
  if (!version) return null
  // Unpublished (or deleted) after that version and before the build: not live then.
  const { totalDocs } = await payload.count({
    collection: 'releases',
    overrideAccess: true,
    where: {
      and: [
        { 'changedDocs.collection': { equals: slug } },
        { 'changedDocs.docId': { equals: id } },
        { 'changedDocs.change': { in: ['zurückgezogen', 'gelöscht'] } },
        { createdAt: { greater_than: version.version?.updatedAt ?? builtAt } },
        { createdAt: { less_than_equal: builtAt } },
      ],
    },
  })
  return totalDocs ? null : String(version.id)
}

/** Whether a request names the document after `since` (someone dealt with it after the rollback). */
async function changedSince(payload: Payload, slug: string, id: string, since: string): Promise<boolean> {
  const { docs } = await payload.find({
    ...o,
    collection: 'releases',
    pagination: false,
    select: { changedDocs: true },
    where: {
      and: [
        { 'changedDocs.collection': { equals: slug } },
        { 'changedDocs.docId': { equals: id } },
        { createdAt: { greater_than: since } },
      ],
    },
  })
  return docs.some((r) => (r.changedDocs ?? []).some((d) => d.collection === slug && d.docId === id))
}

/** The newest rollback that is still live (or superseded by a build), or null. */
async function newestRollback(payload: Payload): Promise<Release | null> {
  const where: Where = {
    and: [{ trigger: { like: ROLLBACK_TRIGGER } }, { status: { in: ['live', 'superseded'] } }],
  }
  const { docs } = await payload.find({ ...o, collection: 'releases', where, sort: '-createdAt', limit: 1 })
  const record = docs[0] as Release | undefined
  return record?.releaseId && record.trigger?.startsWith(ROLLBACK_TRIGGER) ? record : null
}

/** When the build of release `releaseId` started (its record), or null. */
async function builtAt(payload: Payload, releaseId: string): Promise<string | null> {
  const { docs } = await payload.find({
    ...o,
    collection: 'releases',
    where: {
      and: [
        { releaseId: { equals: releaseId } },
        { status: { in: [...successful] } },
        { trigger: { not_like: ROLLBACK_TRIGGER } },
      ],
    },
    sort: 'createdAt',
    limit: 1,
  })
  const record = docs[0] as Release | undefined
  return record?.startedAt ?? record?.createdAt ?? null
}

/**
 * The documents whose changes the newest rollback took back and that nobody
 * dealt with since, each with what undoes it and whether `user` may do it.
 */
export async function takenBackDocs(payload: Payload, user: RoleUser | null): Promise<TakeBackOverview | null> {
  const rollback = await newestRollback(payload)
  if (!rollback) return null
  const target = rollback.releaseId!
  const from = rollback.trigger!.slice(ROLLBACK_TRIGGER.length).trim()
  const started = await builtAt(payload, target)
  if (!started) return null
  const exported = (await readExportState(path.join(dataDir(), 'snapshots', target)))?.docs ?? null
  const docs: TakenBackDoc[] = []
  for (const change of await changesAfter(payload, target, rollback.createdAt)) {
    const { collection: slug, docId: id } = change
    const config = payload.collections[slug as CollectionSlug]?.config
    if (!config || (await changedSince(payload, slug, id, rollback.createdAt))) continue
    const current = (await payload.db
      .findOne({ collection: slug as CollectionSlug, where: { id: { equals: id } } })
      .catch(() => null)) as { department?: unknown; _status?: string } | null
    const versionId = config.versions?.drafts ? await versionLiveAt(payload, slug, id, started, exported) : null
    let action: TakeBackAction
    if (!current) action = 'deleted'
    else if (versionId) action = 'restore'
    else if (config.versions?.drafts && current._status === 'published') action = 'unpublish'
    else continue // Without drafts (e.g. regions) or not published anyway: nothing to undo through Payload here.
    docs.push({
      collection: slug,
      collectionLabel: labelOf(payload, slug),
      id,
      title: (await titleOf(payload, slug, id)) ?? `${labelOf(payload, slug)} ${id}`,
      change: change.change,
      action,
      ...(versionId ? { versionId } : {}),
      allowed: action !== 'deleted' && mayUndo(user, current),
    })
  }
  return { target, from, rolledBackAt: rollback.createdAt, docs }
}

/**
 * Undoes one taken-back change as `req.user`, through Payload (its access
 * rules, hooks and the publish pipeline): restores the version live in the
 * target release, or unpublishes. Throws a German message when it may not or
 * cannot.
 */
export async function undoTakenBack(req: PayloadRequest, slug: string, id: string): Promise<TakenBackDoc> {
  const user = req.user as RoleUser | null
  const overview = await takenBackDocs(req.payload, user)
  const doc = overview?.docs.find((d) => d.collection === slug && d.id === id)
  if (!doc) throw new TakeBackError(404, 'Zu diesem Inhalt gibt es keine zurückgenommene Änderung (mehr).')
  if (!doc.allowed)
    throw new TakeBackError(
      403,
      doc.action === 'deleted'
        ? 'Dieser Inhalt wurde gelöscht und kann hier nicht wiederhergestellt werden.'
        : 'Sie dürfen Inhalte dieses Dezernats nicht veröffentlichen.',
    )
  const collection = slug as CollectionSlug
  const asUser = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  if (doc.action === 'restore') await req.payload.restoreVersion({ ...asUser, collection, id: doc.versionId! })
  else await req.payload.update({ ...asUser, collection, id, data: { _status: 'draft' } as never, draft: false })
  return doc
}

export class TakeBackError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}
