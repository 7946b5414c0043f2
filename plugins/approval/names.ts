import type { CollectionSlug, Payload } from 'payload'
import { refId } from '../../cms/access/roles.ts'

type Id = number | string

/** The collection's title of a document (its `useAsTitle` field). */
export function documentTitle(payload: Payload, collection: string, doc: Record<string, unknown>): string {
  const field = payload.collections[collection as CollectionSlug]?.config.admin?.useAsTitle ?? 'id'
  const value = doc[field]
  return typeof value === 'string' && value.trim() ? value : `Ohne Titel (${String(doc.id)})`
}

/** The collection's singular label in German. */
export function collectionLabel(payload: Payload, collection: string): string {
  const labels = payload.collections[collection as CollectionSlug]?.config.labels
  const singular = labels?.singular
  if (typeof singular === 'string') return singular
  if (singular && typeof singular === 'object') return String((singular as Record<string, string>).de ?? collection)
  return collection
}

/** A user's display name (users read only themselves, so names are looked up here). */
export async function userNames(payload: Payload, ids: unknown[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i) => i !== null && i !== undefined).map((i) => String(refId(i as Id))))]
  if (!wanted.length) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    limit: wanted.length,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
  })
  return new Map(docs.map((u) => [String(u.id), u.name]))
}
