/**
 * What changed in the standard text since a Leichte-Sprache text was
 * reviewed: the standard text as it stood at the review (stored with the
 * review since it exists; for older reviews, the published version of the
 * service with the reviewed fingerprint) against the one published now, as a
 * word diff per part (the `diff` package's diffWords).
 */
import { diffWords } from 'diff'
import type { PayloadRequest } from 'payload'
import type { EasyLanguageText } from '../../cms/payload-types.ts'
import { refId } from './staleness.ts'
import {
  STANDARD_TEXT_VERSION_FIELD,
  standardTextSnapshot,
  type StandardTextCollection,
  type StandardTextPart,
  type StandardTextSnapshotPart,
  type StandardTextSource,
} from './standardText.ts'

/** One piece of a word diff: unchanged, removed since the review, or added since. */
export interface DiffPiece {
  kind: 'same' | 'removed' | 'added'
  text: string
}

export interface ChangedPart {
  name: string
  label: string
  pieces: DiffPiece[]
}

export type StandardTextChanges =
  /** No review, or no linked service with a published standard text: nothing to compare. */
  | { state: 'none' }
  /** The review's standard text is known and equals the published one. */
  | { state: 'unchanged'; reviewedAt: string }
  /** The review's standard text is not known (an old review whose version is no longer kept). */
  | { state: 'unknown'; reviewedAt: string }
  | { state: 'changed'; reviewedAt: string; parts: ChangedPart[] }

/** A stored snapshot read defensively (it is JSON from the database). */
export function snapshotOf(value: unknown): StandardTextSnapshotPart[] | null {
  if (!Array.isArray(value)) return null
  const parts = value.filter(
    (part): part is StandardTextSnapshotPart =>
      typeof part === 'object' &&
      part !== null &&
      typeof (part as StandardTextSnapshotPart).name === 'string' &&
      typeof (part as StandardTextSnapshotPart).text === 'string',
  )
  return parts.length === value.length ? parts : null
}

/**
 * The word diff of two snapshots, per part of `now` (a part missing at the
 * review counts as empty then), only the parts that differ.
 */
export function diffSnapshots(
  before: readonly StandardTextSnapshotPart[],
  now: readonly StandardTextSnapshotPart[],
): ChangedPart[] {
  const old = new Map(before.map((part) => [part.name, part.text]))
  const changed: ChangedPart[] = []
  for (const part of now) {
    const then = old.get(part.name) ?? ''
    if (then === part.text) continue
    const pieces = diffWords(then, part.text).map((change): DiffPiece => ({
      kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
      text: change.value,
    }))
    changed.push({ name: part.name, label: part.label, pieces })
  }
  return changed
}

/**
 * The published standard text of a service now, read with the system's
 * rights: it is public (published) and the reviewer may work for another
 * department. Null when the service is not published or gone.
 */
export async function publishedStandardText(
  req: PayloadRequest,
  collection: StandardTextCollection,
  parts: readonly StandardTextPart[],
  service: EasyLanguageText['service'],
): Promise<{ version: string | null; snapshot: StandardTextSnapshotPart[] } | null> {
  const id = refId(service)
  if (id === undefined) return null
  const doc = (await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as (StandardTextSource & { _status?: string | null }) | null
  if (!doc || doc._status !== 'published') return null
  const version = doc[STANDARD_TEXT_VERSION_FIELD]
  return { version: typeof version === 'string' ? version : null, snapshot: standardTextSnapshot(parts, doc) }
}

/** For reviews recorded before the snapshot was stored: the newest published version of the service with the reviewed fingerprint. */
async function snapshotOfVersion(
  req: PayloadRequest,
  collection: StandardTextCollection,
  parts: readonly StandardTextPart[],
  service: number | string,
  sourceVersion: string,
): Promise<StandardTextSnapshotPart[] | null> {
  const { docs } = await req.payload.findVersions({
    collection,
    where: {
      and: [
        { parent: { equals: service } },
        { [`version.${STANDARD_TEXT_VERSION_FIELD}`]: { equals: sourceVersion } },
        { 'version._status': { equals: 'published' } },
      ],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const version = docs[0]?.version as unknown as StandardTextSource | undefined
  return version ? standardTextSnapshot(parts, version) : null
}

/** What changed in the linked service's standard text since the text's review. */
export async function standardTextChangesSinceReview(
  req: PayloadRequest,
  collection: StandardTextCollection,
  parts: readonly StandardTextPart[],
  text: Pick<EasyLanguageText, 'service' | 'review'>,
): Promise<StandardTextChanges> {
  const reviewedAt = text.review?.reviewedAt
  const service = refId(text.service)
  if (!reviewedAt || service === undefined) return { state: 'none' }
  const now = await publishedStandardText(req, collection, parts, text.service)
  if (!now) return { state: 'none' }
  let before = snapshotOf(text.review?.sourceText)
  if (!before && text.review?.sourceVersion) {
    if (text.review.sourceVersion === now.version) return { state: 'unchanged', reviewedAt }
    before = await snapshotOfVersion(req, collection, parts, service, text.review.sourceVersion)
  }
  if (!before) return { state: 'unknown', reviewedAt }
  const changed = diffSnapshots(before, now.snapshot)
  return changed.length === 0 ? { state: 'unchanged', reviewedAt } : { state: 'changed', reviewedAt, parts: changed }
}
