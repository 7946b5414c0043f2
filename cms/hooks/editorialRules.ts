import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'
import { belongsTo, canPublish, currentUser, isAdminUser } from '../access/roles.ts'
import { forbidden } from '../lib/errors.ts'

const noPublishing =
  'Sie dürfen Inhalte nicht veröffentlichen. Speichern Sie Ihre Änderung als Entwurf; eine Person mit Veröffentlichungsrecht kann sie freigeben.'
const noPublishedRestore =
  'Eine veröffentlichte Fassung wiederherzustellen würde die Website ändern. Stellen Sie die Fassung bitte „als Entwurf“ wieder her; eine Person mit Veröffentlichungsrecht kann sie dann veröffentlichen.'
const noUnpublishingRestore =
  'Diese Fassung ist ein Entwurf. Sie wiederherzustellen würde den Inhalt von der Website nehmen; das darf nur eine Person mit Veröffentlichungsrecht. Übernehmen Sie die gewünschten Angaben bitte in den aktuellen Entwurf.'

/**
 * Only publishers (and admins) change what is public. Every operation
 * Payload offers that writes a document passes through here before its
 * access check, whichever way it came (admin, REST, GraphQL, Local API, a
 * scheduled job running as its user):
 *
 * - create and duplicate by anyone else always make a draft; asking for a
 *   published document is refused with a clear message;
 * - update (one or many) by anyone else is a draft save, which writes only a
 *   new version and leaves the live document as it is; asking to publish is
 *   refused;
 * - restoring a version by anyone else must not touch the live document:
 *   allowed "as draft", or when the document is not live anyway.
 *
 * Delete is limited in the access functions (cms/access/index.ts), which
 * also refuse `_status: 'published'` for the admin's buttons and for the
 * status a restore would write. Calls that override access (seeding,
 * imports, system jobs) are not affected.
 */
export const onlyPublishersChangeWhatIsPublic: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const user = currentUser(req)
  if (!user || canPublish(user)) return args
  if (operation === 'create' || operation === 'update') {
    if (args.overrideAccess === true) return args
    const data = args.data as { _status?: unknown } | undefined
    if (data?._status === 'published') throw forbidden(noPublishing)
    if (operation === 'create') {
      // A new document starts as a draft. A duplicate of a live document too: an upload's copy takes its
      // data (status included) from the original unless it is saved as a draft.
      args.data = { ...data, _status: 'draft' } as typeof args.data
      if (args.duplicateFromID != null) args.draft = true
    } else args.draft = true
  }
  if (operation === 'restoreVersion' && args.overrideAccess !== true && args.draft !== true) {
    await refuseRestoreThatChangesTheSite(req, collection.slug as CollectionSlug, args.id)
  }
  return args
}

/** A restore without `draft` writes the version's status to the live document: only allowed where nothing is live. */
async function refuseRestoreThatChangesTheSite(req: PayloadRequest, slug: CollectionSlug, versionId: unknown) {
  if (versionId == null) return
  const { docs } = await req.payload.db.findVersions({
    collection: slug,
    where: { id: { equals: versionId as number | string } },
    limit: 1,
    pagination: false,
    req,
  })
  const version = docs[0] as { parent?: number | string; version?: { _status?: string } } | undefined
  if (!version) return // Payload answers 404
  if (version.version?._status === 'published') throw forbidden(noPublishedRestore)
  const live = (await req.payload.db.findOne({
    collection: slug,
    where: { id: { equals: version.parent! } },
    req,
  })) as { _status?: string } | null
  if (live?._status === 'published') throw forbidden(noUnpublishingRestore)
}

/**
 * Nobody but an admin puts a document into a department they do not belong
 * to, on create or by moving it (every write, whichever way it came). A
 * document without a department yet (nothing chosen, or an empty value as a
 * form may send it) is left to validation, which names the required field.
 */
export const keepInOwnDepartment: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  const user = currentUser(req)
  if (!user || isAdminUser(user)) return data
  const department = data.department ?? originalDoc?.department
  if (isReference(department) && !belongsTo(user, department)) {
    throw forbidden(
      'Sie können Inhalte nur in Ihrem eigenen Dezernat anlegen oder dorthin verschieben. Bitte wählen Sie unter „Dezernat“ Ihr Dezernat aus.',
    )
  }
  return data
}

/** A department given as an id or a populated document; not an empty choice ('', [], {}). */
function isReference(value: unknown): value is number | string | { id: number | string } {
  if (typeof value === 'number') return true
  if (typeof value === 'string') return value.trim() !== ''
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'id' in value && value.id != null
}
