/**
 * The live HSDS 3.0 API under /api/hsds: the same objects as the release's
 * /api/hsds/ files, from the published content. Open to everyone (no login,
 * CORS open for GET), rate-limited per client, published content only (see
 * plugins/syndication/hsds/README.md).
 *
 * The dataset is built once and kept in memory until the published content
 * changes (publishedVersion), instead of reading everything per request:
 * concurrent requests share one build, and with several CMS processes on
 * one database each notices a publish made by another.
 */
import type { CollectionSlug, Endpoint, Payload, PayloadHandler } from 'payload'
import { readPublishedDocs } from '../../../cms/export/export.ts'
import {
  createMapContext,
  toPublicContactPerson,
  toPublicDepartment,
  toPublicLocation,
  toPublicRegion,
  toPublicService,
  toPublicTopic,
  type MapContext,
} from '../../../cms/export/map.ts'
import { schemas } from '../../../content-models/schemas/index.ts'
import { answerHsdsRequest, parseHsdsRequest, problem, type HsdsAnswer } from './api.ts'
import { buildHsdsDataset, type HsdsDataset, type HsdsSource } from './toHsds.ts'
import { clientKey, RateLimiter } from '../../../cms/lib/rateLimit.ts'
import { publicSiteUrl } from '../../../config.ts'

/** Where the API lives below Payload's /api route. */
export const HSDS_API_PATH = '/hsds'

/** Requests per client and minute; a full sync needs a handful of pages, single lookups more. */
export const HSDS_RATE_LIMIT = { limit: 120, windowMs: 60_000 }
export const hsdsRateLimiter = new RateLimiter(HSDS_RATE_LIMIT)

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
}

function respond(answer: HsdsAnswer, extra: Record<string, string> = {}): Response {
  const ok = answer.status < 400
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: {
      ...corsHeaders,
      'Content-Type': ok ? 'application/json; charset=utf-8' : 'application/problem+json; charset=utf-8',
      // Short: a publish shows up within a minute; errors are not cached.
      'Cache-Control': ok ? 'public, max-age=60' : 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    },
  })
}

type Item = { id: string; slug: string }

/** Maps and validates published documents like the snapshot export; an item that does not fit is left out and logged. */
function mapValid<T extends Item, D extends { id: number | string }>(
  payload: Payload,
  type: keyof typeof schemas,
  docs: readonly D[],
  mapper: (doc: D, ctx: MapContext) => unknown,
  ctx: MapContext,
): T[] {
  const valid: T[] = []
  for (const doc of docs) {
    try {
      const result = schemas[type].safeParse(mapper(doc, ctx))
      if (result.success) valid.push(result.data as unknown as T)
      else payload.logger.warn(`hsds: ${type} ${String(doc.id)} left out, it does not fit the public shape`)
    } catch (error) {
      payload.logger.warn({ err: error, msg: `hsds: ${type} ${String(doc.id)} left out, mapping failed` })
    }
  }
  return valid.sort((a, b) => (a.slug === b.slug ? (a.id < b.id ? -1 : 1) : a.slug < b.slug ? -1 : 1))
}

/** The published items in their public shape, exactly as the snapshot export makes them. */
export async function readLiveHsdsSource(payload: Payload): Promise<HsdsSource> {
  const docs = await readPublishedDocs(payload)
  const ctx = createMapContext(docs)
  return {
    service: mapValid(payload, 'service', docs.services, toPublicService, ctx),
    location: mapValid(payload, 'location', docs.locations, toPublicLocation, ctx),
    contactPerson: mapValid(payload, 'contactPerson', docs['contact-persons'], toPublicContactPerson, ctx),
    department: mapValid(payload, 'department', docs.departments, toPublicDepartment, ctx),
    topic: mapValid(payload, 'topic', docs.topics, toPublicTopic, ctx),
    region: mapValid(payload, 'region', docs.regions, toPublicRegion, ctx),
  }
}

/** What the live dataset is made of: the public collections (drafts: published only) and the images. */
const sources: { collection: CollectionSlug; drafts: boolean }[] = [
  { collection: 'services', drafts: true },
  { collection: 'locations', drafts: true },
  { collection: 'contact-persons', drafts: true },
  { collection: 'topics', drafts: true },
  { collection: 'departments', drafts: false },
  { collection: 'regions', drafts: false },
  { collection: 'media', drafts: false },
]

/**
 * A cheap fingerprint of the published content: per collection, how many
 * documents are published and when the latest one changed. Publishing,
 * unpublishing, deleting or changing a published document changes it; a
 * draft save does not (it writes a version only). Two small queries per
 * collection instead of reading every document.
 */
export async function publishedVersion(payload: Payload): Promise<string> {
  const parts = await Promise.all(
    sources.map(async ({ collection, drafts }) => {
      const latest = await payload.find({
        collection,
        ...(drafts ? { where: { _status: { equals: 'published' } } } : {}),
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        ...(collection === 'locations' ? { joins: false } : {}),
      } as Parameters<Payload['find']>[0])
      return `${collection}:${latest.totalDocs}:${(latest.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? ''}`
    }),
  )
  return parts.join('|')
}

type Cached = { version: string; dataset: Promise<HsdsDataset> }
let cached: Cached | null = null
let checking: Promise<string> | null = null
/** How often the dataset was built (tests). */
export const hsdsCacheStats = { builds: 0 }

/** The dataset for the current published content, built at most once per change. */
export async function liveHsdsDataset(payload: Payload): Promise<HsdsDataset> {
  // Concurrent requests share one fingerprint query.
  checking ??= publishedVersion(payload).finally(() => {
    checking = null
  })
  const version = await checking
  if (cached?.version !== version) {
    hsdsCacheStats.builds++
    const entry: Cached = {
      version,
      dataset: readLiveHsdsSource(payload).then((source) => buildHsdsDataset(source, { siteUrl: publicSiteUrl() })),
    }
    cached = entry
    // A failed build is not kept: the next request tries again.
    entry.dataset.catch(() => {
      if (cached === entry) cached = null
    })
  }
  return cached!.dataset
}

const get: PayloadHandler = async (req) => {
  const limit = hsdsRateLimiter.hit(clientKey(req))
  if (!limit.ok) {
    return respond(problem(429, 'Zu viele Anfragen. Bitte warten Sie und versuchen Sie es dann erneut.'), {
      'Retry-After': String(limit.retryAfter),
    })
  }
  const url = new URL(req.url ?? '', 'http://localhost')
  const apiBase = `${req.payload.config.routes.api}${HSDS_API_PATH}`
  const path = url.pathname.startsWith(apiBase) ? url.pathname.slice(apiBase.length) : url.pathname
  const request = parseHsdsRequest(path, url.searchParams)
  if ('status' in request) return respond(request)
  try {
    return respond(answerHsdsRequest(request, await liveHsdsDataset(req.payload)))
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `hsds: could not answer ${url.pathname}` })
    return respond(problem(500, 'Die Anfrage konnte nicht beantwortet werden. Bitte versuchen Sie es später erneut.'))
  }
}

/** CORS preflight: GET from any origin. */
const preflight: PayloadHandler = async () =>
  new Response(null, { status: 204, headers: { ...corsHeaders, 'Access-Control-Max-Age': '86400' } })

export const hsdsEndpoints: Endpoint[] = [
  { path: HSDS_API_PATH, method: 'get', handler: get },
  { path: `${HSDS_API_PATH}/:path*`, method: 'get', handler: get },
  { path: HSDS_API_PATH, method: 'options', handler: preflight },
  { path: `${HSDS_API_PATH}/:path*`, method: 'options', handler: preflight },
]
