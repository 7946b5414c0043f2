import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import type { Endpoint, PayloadRequest } from 'payload'
import { currentUser } from '../../cms/access/roles.ts'
import {
  buildPreview,
  isPreviewCollection,
  previewAssetTypes,
  previewChecks,
  PreviewProblem,
  previewRoots,
  readLatest,
  type PreviewCollection,
} from './preview.ts'

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const refused = 'Diesen Inhalt gibt es nicht, oder Sie dürfen ihn nicht sehen.'

/** The document named by `collection` and `id`, as the logged-in user may read it; else the German refusal. */
async function documentOf(req: PayloadRequest): Promise<
  | { error: Response }
  | {
      error?: undefined
      collection: PreviewCollection
      id: string
      doc: NonNullable<Awaited<ReturnType<typeof readLatest>>>
    }
> {
  if (!currentUser(req)) return { error: json(401, { message: 'Bitte melden Sie sich an.' }) }
  const collection = req.searchParams.get('collection') ?? ''
  const id = req.searchParams.get('id') ?? ''
  if (!isPreviewCollection(collection) || !/^[\w-]{1,64}$/.test(id))
    return { error: json(400, { message: 'Bitte geben Sie eine Sammlung mit eigener Seite und eine Dokument-ID an.' }) }
  const doc = await readLatest(req.payload, collection, id, req.user)
  if (!doc) return { error: json(404, { message: refused }) }
  return { collection, id, doc }
}

/**
 * GET /api/vorschau/befunde?collection=services&id=12: the checks of the
 * document's preview (pa11y, link check, Leichte Sprache), `running` until
 * they are done (the view asks again). For users who may read the document.
 */
export const previewChecksEndpoint: Endpoint = {
  path: '/vorschau/befunde',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const found = await documentOf(req)
    if (found.error) return found.error
    try {
      const build = await buildPreview({ payload: req.payload, collection: found.collection, doc: found.doc })
      return json(200, await previewChecks(req, found.collection, found.doc, build))
    } catch (error) {
      if (error instanceof PreviewProblem) return json(422, { message: error.problems.join('\n') })
      throw error
    }
  },
}

/**
 * GET /api/vorschau/datei?collection=services&id=12&pfad=/_astro/x.css: a
 * stylesheet, image or video the preview page uses: from the preview, the
 * renderer's assets or the live release (never an HTML page). For users who
 * may read the document, like the page itself.
 */
export const previewAssetEndpoint: Endpoint = {
  path: '/vorschau/datei',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const found = await documentOf(req)
    if (found.error) return found.error
    const sitePath = req.searchParams.get('pfad') ?? ''
    const type = previewAssetTypes[path.extname(sitePath).toLowerCase()]
    if (!sitePath.startsWith('/') || sitePath.includes('\0') || !type)
      return json(400, { message: 'Diese Datei gehört nicht zur Vorschau.' })
    let build
    try {
      build = await buildPreview({ payload: req.payload, collection: found.collection, doc: found.doc })
    } catch (error) {
      if (error instanceof PreviewProblem) return json(404, { message: 'Nicht gefunden' })
      throw error
    }
    for (const root of await previewRoots(build)) {
      const base = await realpath(root).catch(() => null)
      if (!base) continue
      const file = await realpath(path.join(base, path.normalize(sitePath))).catch(() => null)
      if (!file || !file.startsWith(base + path.sep)) continue
      const body = await readFile(file).catch(() => null)
      if (!body) continue
      return new Response(body, {
        headers: { 'Content-Type': type, 'Cache-Control': 'private, max-age=300' },
      })
    }
    return json(404, { message: 'Nicht gefunden' })
  },
}
