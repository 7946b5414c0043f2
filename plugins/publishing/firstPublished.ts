import type { CollectionSlug, DateField, FieldHook, Payload, PayloadRequest } from 'payload'

/**
 * When the document first went live. Set by the first write that publishes
 * it and kept from then on, through drafts, unpublishing and restored
 * versions; whatever a client sends is ignored. It records that a document
 * has a public history even after unpublishing or after old versions were
 * pruned (versions.maxPerDoc), so the delete rule can ask for it
 * (cms/access/index.ts, deleteOwnDepartment).
 */
const keepOrSetFirstPublished: FieldHook = async ({
  collection,
  context,
  operation,
  originalDoc,
  req,
  siblingData,
}) => {
  // The checks refused the document's first publish (plugins/publishing/refusal.ts): it never went live.
  if (context?.refusedFirstPublish) return null
  // A duplicate is a new document: the original's history is not its own.
  if (operation === 'create') return siblingData?._status === 'published' ? new Date().toISOString() : null
  const kept = (originalDoc as { firstPublishedAt?: string | null } | undefined)?.firstPublishedAt
  if (kept) return kept
  // The latest version may predate the field (databases migrated by backfillFirstPublished): the live row knows.
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (collection && id !== undefined) {
    const live = (await req.payload.db.findOne({
      collection: collection.slug,
      where: { id: { equals: id } },
      req,
    })) as {
      firstPublishedAt?: string | null
    } | null
    if (live?.firstPublishedAt) return live.firstPublishedAt
  }
  return siblingData?._status === 'published' ? new Date().toISOString() : null
}

export function firstPublishedField(): DateField {
  return {
    name: 'firstPublishedAt',
    label: 'Erstmals veröffentlicht',
    type: 'date',
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      disableBulkEdit: true,
      date: { pickerAppearance: 'dayAndTime' },
      description:
        'Wird beim ersten Veröffentlichen gesetzt. Einmal veröffentlichte Inhalte löschen nur Personen mit Veröffentlichungsrecht.',
      condition: (data) => Boolean(data?.firstPublishedAt),
    },
    hooks: { beforeChange: [keepOrSetFirstPublished] },
  }
}

/**
 * Sets `firstPublishedAt` of live rows that predate the field: the time of
 * their first published version, or their last change when they are
 * published and no version says more. Used by the migrations and, for the
 * pushed SQLite demo database, on start; changes nothing where it is set.
 */
export async function backfillFirstPublished(payload: Payload, req?: PayloadRequest): Promise<number> {
  let updated = 0
  for (const { slug, versions, fields } of payload.config.collections) {
    if (!(typeof versions === 'object' && versions?.drafts)) continue
    if (!fields.some((field) => 'name' in field && field.name === 'firstPublishedAt')) continue
    const collection = slug as CollectionSlug
    const { docs } = await payload.db.find({
      collection,
      where: { firstPublishedAt: { exists: false } },
      pagination: false,
      limit: 0,
      req,
    })
    for (const doc of docs as { id: number | string; _status?: string; updatedAt?: string }[]) {
      const { docs: published } = await payload.db.findVersions({
        collection,
        where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
        sort: 'createdAt',
        limit: 1,
        pagination: false,
        req,
      })
      const at = published[0]?.createdAt ?? (doc._status === 'published' ? doc.updatedAt : undefined)
      if (!at) continue
      // The document's last change stays as it was: this is bookkeeping, not an edit.
      await payload.db.updateOne({
        collection,
        id: doc.id,
        data: { firstPublishedAt: at, updatedAt: doc.updatedAt },
        req,
        returning: false,
      })
      updated++
    }
  }
  return updated
}
