import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, PayloadRequest } from 'payload'
import { requestBuild, type BuildRequest } from './runner.ts'

/**
 * Starts the publish pipeline (in the background) when the public site must
 * change: a published document was saved, published, unpublished or deleted.
 * Draft saves do not change the site. The request is recorded and the build
 * job queued inside the editor's transaction: both exist exactly when the
 * change does, and the job starts once the transaction has committed.
 * `context.seeding` and `context.skipPublish` (bulk imports, and the
 * pipeline's own writes when it refuses a publish: refusal.ts) opt out.
 */
export const publishOnChange: CollectionAfterChangeHook = async ({ collection, context, doc, operation, req }) => {
  if (context.seeding || context.skipPublish) return doc
  const drafts = Boolean(collection.versions?.drafts)
  let change: string | null = null
  if (!drafts) change = operation === 'create' ? 'angelegt' : 'geändert'
  else if (doc._status === 'published') change = 'veröffentlicht'
  else if (operation === 'update' && (await wasUnpublished(req, collection.slug, doc))) change = 'zurückgezogen'
  if (change)
    await requestBuild(
      req.payload,
      {
        trigger: `${collection.slug}/${doc.id} ${change}`,
        user: userOf(req),
        docs: [{ collection: collection.slug, id: doc.id, change }],
      },
      req,
    )
  return doc
}

export const publishOnDelete: CollectionAfterDeleteHook = async ({ collection, context, doc, req }) => {
  if (context.seeding || context.skipPublish) return doc
  if (collection.versions?.drafts && doc?._status !== 'published') return doc
  await requestBuild(
    req.payload,
    {
      trigger: `${collection.slug}/${doc.id} gelöscht`,
      user: userOf(req),
      docs: [{ collection: collection.slug, id: doc.id, change: 'gelöscht' }],
    },
    req,
  )
  return doc
}

/**
 * A draft result is an unpublish when this operation wrote the main document
 * (draft saves only write a version) and the document had been published.
 */
async function wasUnpublished(
  req: PayloadRequest,
  slug: CollectionSlug,
  doc: { id: number | string; updatedAt?: string },
) {
  const main = (await req.payload.db.findOne({ collection: slug, where: { id: { equals: doc.id } }, req })) as {
    _status?: string
    updatedAt?: string
  } | null
  if (!main || main._status !== 'draft' || !doc.updatedAt || !main.updatedAt) return false
  if (new Date(main.updatedAt).getTime() !== new Date(doc.updatedAt).getTime()) return false
  const published = await req.payload.db.findVersions({
    collection: slug,
    where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
    limit: 1,
    pagination: false,
    req,
  })
  return published.docs.length > 0
}

function userOf(req: PayloadRequest): BuildRequest['user'] {
  const user = req.user as { id: number | string; collection?: string } | null | undefined
  return user && user.collection === 'users' ? user.id : undefined
}
