/**
 * Staleness of Leichte-Sprache texts: a text is "veraltet" when its review
 * was made against another version of the linked service's standard text
 * than the one that is published now.
 */
import type { PayloadRequest } from 'payload'
import type { EasyLanguageText } from '../../cms/payload-types.ts'
import type { StandardTextCollection } from './standardText.ts'

type Ref = number | string | { id: number | string } | null | undefined

export function refId(ref: Ref): number | string | undefined {
  if (ref === null || ref === undefined || ref === '') return undefined
  return typeof ref === 'object' ? ref.id : ref
}

/**
 * The standardTextVersion of the published version of a service (a document
 * of the standard-text collection), or null if the service is not published
 * (or gone). Read with the system's rights: the flag is derived state and must
 * not depend on who saves.
 */
export async function publishedStandardTextVersion(
  req: PayloadRequest,
  collection: StandardTextCollection,
  service: Ref,
): Promise<string | null> {
  const id = refId(service)
  if (id === undefined) return null
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { standardTextVersion: true, _status: true },
    req,
  })
  if (!doc || doc._status !== 'published') return null
  return doc.standardTextVersion ?? null
}

/**
 * Stale: the text has a review, the service has a published standard text,
 * and the review names another version of it (or none).
 */
export function isStale(
  review: EasyLanguageText['review'] | null | undefined,
  publishedVersion: string | null,
): boolean {
  if (!review?.reviewedAt || publishedVersion === null) return false
  return (review.sourceVersion ?? null) !== publishedVersion
}

/**
 * Writes the stale flag of one Leichte-Sprache text, measured against the
 * given service's published version, straight to the database,
 * in the document and in its latest version (which the admin's list reads),
 * without hooks and without a new version: it is derived state, not an edit.
 * Returns whether anything changed.
 */
export async function writeStaleFlag(
  req: PayloadRequest,
  id: number | string,
  service: number | string,
  publishedVersion: string | null,
): Promise<boolean> {
  const { payload } = req
  const collection = 'easy-language-texts'
  // The live text and its latest draft may be linked to different services; each is compared with its own.
  const linked = (text: EasyLanguageText) => String(refId(text.service)) === String(service)
  let changed = false
  const main = (await payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as EasyLanguageText | null
  if (main && linked(main)) {
    const stale = isStale(main.review, publishedVersion)
    if (Boolean(main.stale) !== stale) {
      await payload.db.updateOne({ collection, id, data: { stale }, req, returning: false })
      changed = true
    }
  }
  const { docs } = await payload.db.findVersions<EasyLanguageText>({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const latest = docs[0]
  if (latest && linked(latest.version)) {
    const stale = isStale(latest.version.review, publishedVersion)
    if (Boolean(latest.version.stale) !== stale) {
      // The adapters replace what they are given; the whole version is written back with the new flag.
      await payload.db.updateVersion({
        collection,
        id: latest.id,
        versionData: {
          createdAt: latest.createdAt,
          updatedAt: latest.updatedAt,
          latest: true,
          parent: id,
          version: { ...latest.version, stale },
        },
        req,
        returning: false,
      })
      changed = true
    }
  }
  return changed
}
