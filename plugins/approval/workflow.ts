import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  Payload,
  PayloadRequest,
  Where,
} from 'payload'
import type { ApprovalRequest } from '../../cms/payload-types.ts'
import {
  belongsTo,
  canPublish,
  currentUser,
  departmentIds,
  isAdminUser,
  refId,
  type RoleUser,
} from '../../cms/access/roles.ts'
import { APPROVAL_REQUESTS } from './collection.ts'
import { notifyPublished, notifyReturned, notifySubmitted } from './notify.ts'
import { documentTitle } from './names.ts'

export { collectionLabel, documentTitle, userNames } from './names.ts'

/** A refusal with its HTTP status and a German message for the admin. */
export class ApprovalError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

/** The most a comment may be long (a submission's or a return's). */
export const COMMENT_MAX = 2000

/** Open requests are those a publisher or the editor still has to act on. */
export const openStates = ['waiting', 'returned'] as const

/** Whether the user may submit drafts for approval: editors, and publishers who want a second pair of eyes. */
export const maySubmit = (user: RoleUser | null) => user?.role === 'editor' || user?.role === 'publisher'

/** Whether the user may decide (publish or return) a request of this department. */
export const mayDecide = (user: RoleUser | null, department: unknown) =>
  isAdminUser(user) || (canPublish(user) && belongsTo(user, department as Id | null))

/** The departments whose requests the user sees: null for all (admins). */
export const visibleDepartments = (user: RoleUser | null): Id[] | null =>
  isAdminUser(user) ? null : departmentIds(user)

const trimComment = (value: unknown, what: string): string => {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) throw new ApprovalError(400, `Bitte schreiben Sie einen Kommentar: ${what}`)
  if (text.length > COMMENT_MAX)
    throw new ApprovalError(400, `Der Kommentar ist zu lang (höchstens ${COMMENT_MAX} Zeichen).`)
  return text
}

/** The newest version of a document (a draft if it has unpublished changes), and its newest published version. */
export async function latestVersions(payload: Payload, collection: string, id: Id, req?: PayloadRequest) {
  const find = (where: Where) =>
    payload.findVersions({
      req,
      collection: collection as CollectionSlug,
      where: { and: [{ parent: { equals: id } }, where] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  const [latest, published] = await Promise.all([find({}), find({ 'version._status': { equals: 'published' } })])
  const version = (doc: unknown) =>
    doc as { id: Id; updatedAt: string; version: Doc & { _status?: string } } | undefined
  return { latest: version(latest.docs[0]), published: version(published.docs[0]) }
}

/** The open (waiting or returned) request of a document, if any. */
export async function openRequest(
  payload: Payload,
  collection: string,
  id: Id,
  req?: PayloadRequest,
): Promise<ApprovalRequest | null> {
  const { docs } = await payload.find({
    req,
    collection: APPROVAL_REQUESTS,
    where: {
      and: [
        { collectionSlug: { equals: collection } },
        { documentId: { equals: String(id) } },
        { state: { in: [...openStates] } },
      ],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/**
 * The latest request of a document (open or decided), for the edit view.
 * Withdrawn ones are left out: their document was deleted, and a database
 * may give its id to a new document.
 */
export async function latestRequest(payload: Payload, collection: string, id: Id): Promise<ApprovalRequest | null> {
  const { docs } = await payload.find({
    collection: APPROVAL_REQUESTS,
    where: {
      and: [
        { collectionSlug: { equals: collection } },
        { documentId: { equals: String(id) } },
        { state: { not_equals: 'withdrawn' } },
      ],
    },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

export interface WorkflowOptions {
  collections: readonly string[]
}

/** Loads a document of a listed collection that the user may edit, or refuses in German. */
async function documentFor(
  req: PayloadRequest,
  options: WorkflowOptions,
  collection: unknown,
  id: unknown,
): Promise<{ collection: string; doc: Doc }> {
  if (typeof collection !== 'string' || !options.collections.includes(collection))
    throw new ApprovalError(400, 'Diese Sammlung hat keine Freigabe. Bitte geben Sie eine Sammlung mit Freigabe an.')
  if ((typeof id !== 'string' && typeof id !== 'number') || !/^[\w-]{1,64}$/.test(String(id)))
    throw new ApprovalError(400, 'Bitte geben Sie die ID des Dokuments an.')
  const doc = (await req.payload
    .findByID({
      collection: collection as CollectionSlug,
      id,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)) as Doc | null
  const user = currentUser(req)
  if (!doc || !(isAdminUser(user) || belongsTo(user, doc.department as Id)))
    throw new ApprovalError(404, 'Dieses Dokument gibt es nicht, oder es gehört nicht zu Ihren Dezernaten.')
  return { collection, doc }
}

/**
 * "Zur Freigabe einreichen": the document's current draft waits for a
 * publisher of its department. Reopens the document's returned request;
 * refuses a document that already waits or has no draft newer than the
 * live version.
 */
export async function submitForApproval(
  req: PayloadRequest,
  options: WorkflowOptions,
  input: { collection?: unknown; id?: unknown; comment?: unknown },
): Promise<ApprovalRequest> {
  const user = currentUser(req)
  if (!user) throw new ApprovalError(401, 'Bitte melden Sie sich an.')
  if (!maySubmit(user))
    throw new ApprovalError(403, 'Nur die Redaktion und die Veröffentlichung können Inhalte zur Freigabe einreichen.')
  const { collection, doc } = await documentFor(req, options, input.collection, input.id)
  const comment = trimComment(input.comment, 'Was hat sich geändert?')
  const { payload } = req
  const { latest } = await latestVersions(payload, collection, doc.id)
  if (!latest || latest.version._status !== 'draft')
    throw new ApprovalError(
      409,
      'Dieses Dokument hat keine Änderungen, die noch nicht veröffentlicht sind. Bitte speichern Sie Ihre Änderungen zuerst als Entwurf.',
    )
  const open = await openRequest(payload, collection, doc.id)
  if (open?.state === 'waiting') throw new ApprovalError(409, 'Dieses Dokument wartet bereits auf Freigabe.')
  const data = {
    title: documentTitle(payload, collection, doc),
    collectionSlug: collection,
    documentId: String(doc.id),
    department: refId(doc.department as Id) as number,
    state: 'waiting' as const,
    version: String(latest.id),
    comment,
    submittedBy: user.id as number,
    submittedAt: new Date().toISOString(),
    decisionComment: null,
    decidedBy: null,
    decidedAt: null,
  }
  const request = open
    ? await payload.update({ collection: APPROVAL_REQUESTS, id: open.id, data, overrideAccess: true, depth: 0, req })
    : await payload.create({ collection: APPROVAL_REQUESTS, data, overrideAccess: true, depth: 0, req })
  await notifySubmitted(payload, request)
  return request
}

async function requestToDecide(req: PayloadRequest, id: unknown): Promise<ApprovalRequest> {
  const user = currentUser(req)
  if (!user) throw new ApprovalError(401, 'Bitte melden Sie sich an.')
  if (!canPublish(user)) throw new ApprovalError(403, 'Nur die Veröffentlichung kann über Freigaben entscheiden.')
  if ((typeof id !== 'string' && typeof id !== 'number') || !/^\d{1,12}$/.test(String(id)))
    throw new ApprovalError(400, 'Bitte geben Sie die Nummer der Freigabe an.')
  const request = await req.payload
    .findByID({ collection: APPROVAL_REQUESTS, id: Number(id), depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!request || !mayDecide(user, request.department))
    throw new ApprovalError(404, 'Diese Freigabe gibt es nicht, oder sie gehört nicht zu Ihren Dezernaten.')
  if (request.state !== 'waiting') throw new ApprovalError(409, 'Über diese Freigabe ist bereits entschieden worden.')
  return request
}

/** "Zurückgeben": the request goes back to the editor with the publisher's comment. */
export async function returnRequest(
  req: PayloadRequest,
  input: { id?: unknown; comment?: unknown },
): Promise<ApprovalRequest> {
  const request = await requestToDecide(req, input.id)
  const comment = trimComment(input.comment, 'Was soll geändert werden?')
  const returned = await req.payload.update({
    collection: APPROVAL_REQUESTS,
    id: request.id,
    data: {
      state: 'returned',
      decisionComment: comment,
      decidedBy: currentUser(req)!.id as number,
      decidedAt: new Date().toISOString(),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await notifyReturned(req.payload, returned)
  return returned
}

/** Context flag of a publish that the approval endpoint makes (the hook then records its comment). */
const DECISION = 'approvalDecision'

/**
 * "Veröffentlichen": publishes the submitted draft through Payload's update
 * with the publisher as the user (access applies; the publish hooks and the
 * pipeline run as for the edit view's button). The afterChange hook then
 * closes the request. `version` is the draft the publisher looked at: if the
 * editor saved a newer one since, nothing is published.
 */
export async function publishRequest(
  req: PayloadRequest,
  input: { id?: unknown; version?: unknown; comment?: unknown },
): Promise<ApprovalRequest> {
  const request = await requestToDecide(req, input.id)
  const comment = typeof input.comment === 'string' ? input.comment.trim().slice(0, COMMENT_MAX) : ''
  const { payload } = req
  const { latest } = await latestVersions(payload, request.collectionSlug, request.documentId)
  if (!latest) throw new ApprovalError(404, 'Das Dokument dieser Freigabe gibt es nicht mehr.')
  if (
    String(latest.id) !== request.version ||
    (input.version !== undefined && String(input.version) !== request.version)
  )
    throw new ApprovalError(
      409,
      'Der Entwurf wurde nach der Einreichung geändert. Bitte laden Sie die Seite neu und sehen Sie sich die neue Fassung an.',
    )
  const { id: _id, createdAt: _c, updatedAt: _u, ...data } = latest.version
  const user = req.user!
  await payload
    .update({
      collection: request.collectionSlug as CollectionSlug,
      id: request.documentId,
      data: { ...data, _status: 'published' } as never,
      user,
      overrideAccess: false,
      depth: 0,
      context: { [DECISION]: { comment } },
    })
    .catch((error: unknown) => {
      throw new ApprovalError(409, `Veröffentlichen nicht möglich: ${whyNotPublished(error)}`)
    })
  return (await payload.findByID({ collection: APPROVAL_REQUESTS, id: request.id, depth: 0, overrideAccess: true }))!
}

/** Payload's refusal of a publish in German words (its Local API speaks English without a request's language). */
function whyNotPublished(error: unknown): string {
  const fields = (error as { data?: { errors?: { path?: string }[] } })?.data?.errors
    ?.map((e) => e.path)
    .filter(Boolean)
  if (fields?.length) return `Bitte prüfen Sie im Dokument diese Felder: ${fields.join(', ')}.`
  if ((error as { status?: number })?.status === 403) return 'Sie dürfen dieses Dokument nicht veröffentlichen.'
  return error instanceof Error ? error.message : String(error)
}

/**
 * After a change of a document of a listed collection: a publish (however
 * made) closes its open request as published; a new draft of a waiting
 * document becomes the draft that waits (its title follows).
 */
export const closeOnPublish: CollectionAfterChangeHook = async ({ collection, doc, req, context }) => {
  const { payload } = req
  // With the change's req: its transaction holds the new version.
  const open = await openRequest(payload, collection.slug, doc.id, req)
  if (!open) return doc
  if (doc._status === 'published') {
    const decision = context[DECISION] as { comment?: string } | undefined
    const user = currentUser(req)
    const published = await payload.update({
      collection: APPROVAL_REQUESTS,
      id: open.id,
      data: {
        state: 'published',
        title: documentTitle(payload, collection.slug, doc),
        decisionComment: decision?.comment || null,
        decidedBy: (user?.id as number | undefined) ?? null,
        decidedAt: new Date().toISOString(),
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
    await notifyPublished(payload, published)
  } else if (open.state === 'waiting') {
    const { latest } = await latestVersions(payload, collection.slug, doc.id, req)
    if (latest && String(latest.id) !== open.version)
      await payload.update({
        collection: APPROVAL_REQUESTS,
        id: open.id,
        data: { version: String(latest.id), title: documentTitle(payload, collection.slug, doc) },
        overrideAccess: true,
        depth: 0,
        req,
      })
  }
  return doc
}

/** Deleting a document withdraws its open request. */
export const withdrawOnDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const open = await openRequest(req.payload, collection.slug, id, req)
  if (open)
    await req.payload.update({
      collection: APPROVAL_REQUESTS,
      id: open.id,
      data: {
        state: 'withdrawn',
        decidedBy: (currentUser(req)?.id as number | undefined) ?? null,
        decidedAt: new Date().toISOString(),
      },
      overrideAccess: true,
      depth: 0,
      req,
    })
}
