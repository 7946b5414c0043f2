import { createHash } from 'node:crypto'

/**
 * Namespace of every HSDS id Lotse derives. Fixed forever: changing it would
 * change every published id and break partners' references.
 */
export const HSDS_NAMESPACE = '6f1c2a4e-9d3b-4c57-8e21-5b0a7d9c3e48'

/** A name-based UUID, version 5 (RFC 9562: SHA-1 of namespace and name). */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
  const bytes = hash.subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50 // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80 // RFC 9562 variant
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * The UUID of an HSDS object. `name` is built from the object type and CMS
 * ids, e.g. `service:12`, so the id stays the same across rebuilds and
 * between the release files and the live API.
 */
export function hsdsUuid(name: string): string {
  return uuidV5(HSDS_NAMESPACE, name)
}

/** Ids of the objects that come straight from one CMS document. */
export const hsdsIds = {
  service: (id: string) => hsdsUuid(`service:${id}`),
  organization: (departmentId: string) => hsdsUuid(`organization:${departmentId}`),
  location: (id: string) => hsdsUuid(`location:${id}`),
  serviceAtLocation: (serviceId: string, locationId: string) =>
    hsdsUuid(`service_at_location:${serviceId}:${locationId}`),
  taxonomyTerm: (topicId: string) => hsdsUuid(`taxonomy_term:${topicId}`),
} as const

/** Whether a string is a UUID in canonical form (lower or upper case). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}
