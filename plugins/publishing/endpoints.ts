import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { pipelineRunner } from './runner.ts'
import { currentUser, isAdminUser } from '../../cms/access/roles.ts'
import { publishStatusFor } from './publishStatus.ts'

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * GET /api/releases/status?collection=services&id=12: whether the document's
 * latest publish is live, waiting, building, failed or rolled back
 * (plugins/publishing/publishStatus.ts), for any logged-in user who may read the document.
 */
export const publishStatusEndpoint: Endpoint = {
  path: '/status',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!currentUser(req)) return json(401, { message: 'Bitte melden Sie sich an.' })
    const collection = req.searchParams.get('collection') ?? ''
    const id = req.searchParams.get('id') ?? ''
    const config = req.payload.collections[collection as CollectionSlug]?.config
    if (!config || !config.versions?.drafts || !/^[\w-]{1,64}$/.test(id))
      return json(400, { message: 'Bitte geben Sie eine Sammlung mit Veröffentlichungen und eine Dokument-ID an.' })
    const result = await publishStatusFor(req, config.slug, id)
    if (!result) return json(404, { message: 'Dieses Dokument gibt es nicht, oder Sie dürfen es nicht sehen.' })
    return json(200, result)
  },
}

/**
 * POST /api/releases/rollback: switches the live site back to the previous
 * release still on disk (PipelineRunner.rollback). Admins only. A JSON body is
 * required, so a form on another site cannot trigger it with the admin's cookie.
 */
export const rollbackEndpoint: Endpoint = {
  path: '/rollback',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const user = currentUser(req)
    if (!user) return json(401, { message: 'Bitte melden Sie sich an.' })
    if (!isAdminUser(user))
      return json(403, {
        message: 'Nur Administratorinnen und Administratoren können zu einer früheren Veröffentlichung zurückkehren.',
      })
    if (!req.headers.get('content-type')?.toLowerCase().startsWith('application/json'))
      return json(415, { message: 'Bitte senden Sie die Anfrage als JSON.' })
    try {
      const releaseId = await pipelineRunner(req.payload).rollback(user.id)
      req.payload.logger.info({ msg: `publish: rollback to ${releaseId} by user ${user.id}` })
      return json(200, {
        releaseId,
        message: `Die Website zeigt wieder die Veröffentlichung ${releaseId}.`,
      })
    } catch (error) {
      // The runner's messages are German and meant for the admin.
      const message = error instanceof Error ? error.message : String(error)
      req.payload.logger.warn({ msg: `publish: rollback by user ${user.id} failed: ${message}` })
      return json(409, { message: `Zurücksetzen nicht möglich: ${message}` })
    }
  },
}

export const releasesEndpoints: Endpoint[] = [publishStatusEndpoint, rollbackEndpoint]
