import type { Endpoint, PayloadRequest } from 'payload'
import { belongsTo, currentUser, isAdminUser, refId } from '../../cms/access/roles.ts'
import type { ApprovalRequest } from '../../cms/payload-types.ts'
import {
  ApprovalError,
  latestRequest,
  latestVersions,
  maySubmit,
  publishRequest,
  returnRequest,
  submitForApproval,
  userNames,
  type WorkflowOptions,
} from './workflow.ts'
import { formatWhen } from './paths.ts'

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** The JSON body, or a refusal: a JSON body is required, so a form on another site cannot post with the cookie. */
async function body(req: PayloadRequest): Promise<Record<string, unknown>> {
  if (!req.headers.get('content-type')?.toLowerCase().startsWith('application/json'))
    throw new ApprovalError(415, 'Bitte senden Sie die Anfrage als JSON.')
  const value: unknown = await req.json?.().catch(() => null)
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ApprovalError(400, 'Die Anfrage ist kein gültiges JSON-Objekt.')
  return value as Record<string, unknown>
}

const answer = (handler: (req: PayloadRequest) => Promise<Response>) => async (req: PayloadRequest) => {
  try {
    if (!currentUser(req)) return json(401, { message: 'Bitte melden Sie sich an.' })
    return await handler(req)
  } catch (error) {
    if (error instanceof ApprovalError) return json(error.status, { message: error.message })
    throw error
  }
}

/** A request as the admin's components show it: names and German dates instead of ids. */
export async function describeRequest(req: PayloadRequest, request: ApprovalRequest | null) {
  if (!request) return null
  const names = await userNames(req.payload, [request.submittedBy, request.decidedBy])
  const name = (ref: unknown) =>
    ref === null || ref === undefined ? null : (names.get(String(refId(ref as number))) ?? null)
  return {
    id: request.id,
    state: request.state,
    comment: request.comment ?? '',
    submittedBy: name(request.submittedBy),
    submittedAt: formatWhen(request.submittedAt),
    decisionComment: request.decisionComment ?? '',
    decidedBy: name(request.decidedBy),
    decidedAt: formatWhen(request.decidedAt),
  }
}

export type DescribedRequest = NonNullable<Awaited<ReturnType<typeof describeRequest>>>

/** The endpoints under /api/approval-requests. */
export function approvalEndpoints(options: WorkflowOptions): Endpoint[] {
  return [
    {
      // GET /api/approval-requests/status?collection=services&id=12: the document's latest request, and
      // whether the user may submit it now (the edit view's button and sidebar).
      path: '/status',
      method: 'get',
      handler: answer(async (req) => {
        const collection = req.searchParams.get('collection') ?? ''
        const id = req.searchParams.get('id') ?? ''
        if (!options.collections.includes(collection) || !/^[\w-]{1,64}$/.test(id))
          return json(400, { message: 'Bitte geben Sie eine Sammlung mit Freigabe und eine Dokument-ID an.' })
        // Requests are the department's business: another department's (published) document is not found.
        const doc = (await req.payload
          .findByID({
            collection: collection as never,
            id,
            depth: 0,
            draft: true,
            overrideAccess: true,
            disableErrors: true,
          })
          .catch(() => null)) as { department?: unknown } | null
        const user = currentUser(req)
        if (!doc || !(isAdminUser(user) || belongsTo(user, doc.department as number)))
          return json(404, { message: 'Dieses Dokument gibt es nicht, oder es gehört nicht zu Ihren Dezernaten.' })
        const [request, { latest }] = await Promise.all([
          latestRequest(req.payload, collection, id),
          latestVersions(req.payload, collection, id),
        ])
        return json(200, {
          request: await describeRequest(req, request),
          hasDraft: latest?.version._status === 'draft',
          maySubmit: maySubmit(currentUser(req)),
        })
      }),
    },
    {
      // POST /api/approval-requests/submit { collection, id, comment }
      path: '/submit',
      method: 'post',
      handler: answer(async (req) => {
        const request = await submitForApproval(req, options, await body(req))
        return json(200, {
          message: 'Der Entwurf wurde zur Freigabe eingereicht.',
          request: await describeRequest(req, request),
        })
      }),
    },
    {
      // POST /api/approval-requests/:id/return { comment }
      path: '/:id/return',
      method: 'post',
      handler: answer(async (req) => {
        const request = await returnRequest(req, { ...(await body(req)), id: req.routeParams?.id })
        return json(200, {
          message: 'Die Einreichung wurde zurückgegeben.',
          request: await describeRequest(req, request),
        })
      }),
    },
    {
      // POST /api/approval-requests/:id/publish { version, comment? }
      path: '/:id/publish',
      method: 'post',
      handler: answer(async (req) => {
        const request = await publishRequest(req, { ...(await body(req)), id: req.routeParams?.id })
        return json(200, { message: 'Der Entwurf wurde veröffentlicht.', request: await describeRequest(req, request) })
      }),
    },
  ]
}
