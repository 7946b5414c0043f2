/**
 * Bounds on what one REST or GraphQL request may ask Payload to read, so that
 * no request (an anonymous one least of all) can make the CMS populate
 * thousands of documents. Services, contact persons and locations link to
 * each other in cycles; without these bounds every level of `depth`
 * multiplied the answer about five times.
 *
 * - `MAX_DEPTH` is the config's `maxDepth`: no request populates deeper.
 * - The relationship fields that are part of a cycle have `maxDepth: 1`
 *   (tests/unit/relationship-depth.test.ts finds the cycles in the config).
 * - `limit` is capped per request (anonymous readers get Payload's default
 *   page size, logged-in users the admin's largest); `pagination=false` and
 *   `limit=0` ("everything") count as the cap; join fields likewise.
 * - GraphQL queries are bounded by depth, aliases and cost (graphqlLimits.ts).
 * - The values of `where` must fit their fields (queryValidation.ts).
 *
 * The Local API (seed, export, pipeline, endpoints) is not limited: it asks
 * for what it needs and is not reachable from outside.
 */
import type { CollectionBeforeOperationHook, CollectionConfig, PayloadRequest } from 'payload'
import { checkWhere } from './queryValidation.ts'

/** Deepest population any request gets (`maxDepth` in the config). */
export const MAX_DEPTH = 2

/** Largest page for anonymous readers: Payload's default page size. */
export const ANONYMOUS_MAX_LIMIT = 10

/** Largest page for logged-in users: the largest page size the admin's list view offers. */
export const MAX_LIMIT = 100

/** Whether a request came from outside (REST or GraphQL), not from the server's own Local API calls. */
export function isExternal(req: Pick<PayloadRequest, 'payloadAPI'>): boolean {
  return req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'
}

export function maxLimitFor(req: Pick<PayloadRequest, 'user'>): number {
  return req.user ? MAX_LIMIT : ANONYMOUS_MAX_LIMIT
}

/** A limit within [1, max]; 0, negative or missing numbers ("all") count as the maximum. */
export function capLimit(limit: unknown, max: number): number | undefined {
  if (limit === undefined || limit === null) return undefined
  const n = Number(limit)
  if (!Number.isFinite(n) || n <= 0) return max
  return Math.min(Math.floor(n), max)
}

type JoinQuery = Record<string, false | { limit?: number; [key: string]: unknown }>

function capJoins(joins: unknown, max: number): unknown {
  if (!joins || typeof joins !== 'object') return joins
  const capped: JoinQuery = {}
  for (const [path, query] of Object.entries(joins as JoinQuery)) {
    capped[path] =
      query && typeof query === 'object' ? { ...query, limit: capLimit(query.limit ?? max, max) ?? max } : query
  }
  return capped
}

/**
 * beforeOperation hook for every collection: caps `limit`, turns off
 * "no pagination" and caps join limits for requests from outside.
 */
export const limitRequest: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!isExternal(req)) return args
  const max = maxLimitFor(req)
  const next = { ...args } as Record<string, unknown>
  // Reads only: a bulk update or delete applies to everything its `where` selects.
  const reads = operation === 'read' || operation === 'readDistinct'
  if (reads && ('limit' in next || 'pagination' in next)) {
    next.limit = capLimit(next.limit, max) ?? Math.min(10, max)
    next.pagination = true
  }
  if (next.joins) next.joins = capJoins(next.joins, max)
  if (reads && next.where !== undefined) checkWhere(next.where, collection.flattenedFields, req)
  if (typeof next.depth === 'number' || typeof next.depth === 'string')
    next.depth = Math.max(0, Math.min(Number(next.depth) || 0, MAX_DEPTH))
  return next as typeof args
}

/** Adds `limitRequest` to every collection (first, so other hooks see the capped arguments). */
export function withRequestLimits(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [limitRequest, ...(collection.hooks?.beforeOperation ?? [])] },
  }))
}
