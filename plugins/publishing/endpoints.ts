import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { pipelineRunner } from './runner.ts'
import { canPublish, currentUser } from '../../cms/access/roles.ts'
import { publishStatusFor } from './publishStatus.ts'
import { releaseName } from './releaseNames.ts'
import { mayRollBack, rollbackTargetOf, TakeBackError, takenBackDocs, undoTakenBack } from './takeBack.ts'

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
 * release still on disk (PipelineRunner.rollback). Admins, and publishers when
 * every change it takes back is a document of their departments (takeBack.ts).
 * The answer lists the documents whose changes it took back, to restore or
 * unpublish them (POST /api/releases/take-back). A JSON body is required, so
 * a form on another site cannot trigger it with the user's cookie.
 */
export const rollbackEndpoint: Endpoint = {
  path: '/rollback',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const user = currentUser(req)
    if (!user) return json(401, { message: 'Bitte melden Sie sich an.' })
    if (!canPublish(user))
      return json(403, {
        message: 'Nur Personen mit Veröffentlichungsrecht können zu einer früheren Veröffentlichung zurückkehren.',
      })
    if (!req.headers.get('content-type')?.toLowerCase().startsWith('application/json'))
      return json(415, { message: 'Bitte senden Sie die Anfrage als JSON.' })
    const runner = pipelineRunner(req.payload)
    const { target } = await rollbackTargetOf(req.payload, runner.options.dataDir)
    if (target && !(await mayRollBack(req.payload, user, target)))
      return json(403, {
        message:
          'Dieses Zurücksetzen nähme auch Änderungen anderer Dezernate zurück. Bitte wenden Sie sich an die Administration.',
      })
    try {
      const releaseId = await runner.rollback(user.id)
      req.payload.logger.info({ msg: `publish: rollback to ${releaseId} by user ${user.id}` })
      const takenBack = await takenBackDocs(req.payload, user)
      return json(200, {
        releaseId,
        message: `Die Website zeigt wieder die ${releaseName(releaseId)}.`,
        takenBack: takenBack?.docs ?? [],
      })
    } catch (error) {
      // The runner's messages are German and meant for the admin.
      const message = error instanceof Error ? error.message : String(error)
      req.payload.logger.warn({ msg: `publish: rollback by user ${user.id} failed: ${message}` })
      return json(409, { message: `Zurücksetzen nicht möglich: ${message}` })
    }
  },
}

/**
 * GET /api/releases/take-back: the documents whose changes the newest rollback
 * took back (takeBack.ts). POST with `{ "collection": "services", "id": "12" }`
 * restores the version live in the release the site went back to, or
 * unpublishes a document that was not live then; with `{ "all": true }` every
 * one the user may. Each through Payload as the user, so the publish pipeline
 * builds the site again. Publishers of the document's department and admins.
 */
export const takeBackEndpoint: Endpoint = {
  path: '/take-back',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const user = currentUser(req)
    if (!user) return json(401, { message: 'Bitte melden Sie sich an.' })
    if (!canPublish(user)) return json(403, { message: 'Sie dürfen Inhalte nicht veröffentlichen.' })
    if (!req.headers.get('content-type')?.toLowerCase().startsWith('application/json'))
      return json(415, { message: 'Bitte senden Sie die Anfrage als JSON.' })
    const body = (await req.json?.().catch(() => null)) as { collection?: unknown; id?: unknown; all?: unknown } | null
    let targets: { collection: string; id: string }[]
    if (body?.all === true) {
      const overview = await takenBackDocs(req.payload, user)
      targets = (overview?.docs ?? []).filter((d) => d.allowed).map(({ collection, id }) => ({ collection, id }))
      if (!targets.length) return json(404, { message: 'Es gibt nichts wiederherzustellen, das Sie ändern dürfen.' })
    } else if (
      typeof body?.collection === 'string' &&
      /^[\w-]{1,64}$/.test(body.collection) &&
      (typeof body.id === 'string' || typeof body.id === 'number') &&
      /^[\w-]{1,64}$/.test(String(body.id))
    )
      targets = [{ collection: body.collection, id: String(body.id) }]
    else
      return json(400, {
        message: 'Bitte geben Sie einen Inhalt (Sammlung und ID) an oder „alle“.',
      })
    const done: { collection: string; id: string; action: string; title: string }[] = []
    for (const target of targets) {
      try {
        const doc = await undoTakenBack(req, target.collection, target.id)
        done.push({ collection: doc.collection, id: doc.id, action: doc.action, title: doc.title })
      } catch (error) {
        const status = error instanceof TakeBackError ? error.status : 409
        const message = error instanceof Error ? error.message : String(error)
        req.payload.logger.warn({ msg: `publish: take-back of ${target.collection}/${target.id} failed: ${message}` })
        return json(status, {
          message: done.length
            ? `${done.length} erledigt; dann nicht möglich: ${message}`
            : error instanceof TakeBackError
              ? message
              : `Nicht möglich: ${message}`,
          done,
        })
      }
    }
    const one = done.length === 1 ? done[0] : null
    return json(200, {
      done,
      message: one
        ? one.action === 'restore'
          ? `„${one.title}“: Die frühere Fassung ist wiederhergestellt und wird veröffentlicht.`
          : `„${one.title}“ ist zurückgezogen und wird von der Website genommen.`
        : `${done.length} Inhalte wurden wiederhergestellt oder zurückgezogen; die Website wird neu erstellt.`,
    })
  },
}

export const takeBackListEndpoint: Endpoint = {
  path: '/take-back',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const user = currentUser(req)
    if (!user) return json(401, { message: 'Bitte melden Sie sich an.' })
    return json(200, (await takenBackDocs(req.payload, user)) ?? { docs: [] })
  },
}

export const releasesEndpoints: Endpoint[] = [
  publishStatusEndpoint,
  rollbackEndpoint,
  takeBackListEndpoint,
  takeBackEndpoint,
]
