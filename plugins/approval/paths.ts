import { formatDateTime, isPreviewCollection, previewPath } from '../publishing/index.ts'

/** Where the admin view of the approval queue lives (below the admin route), and its title. */
export const queuePath = '/freigaben'
export const queueTitle = 'Freigaben'

/**
 * The admin path (below the admin route) of a draft's preview (the publishing plugin's "Vorschau"), or null for
 * a collection without pages of its own (the glossary).
 */
export const draftPreviewPath = (collection: string, id: number | string): `/${string}` | null =>
  isPreviewCollection(collection) ? (previewPath(collection, id, '') as `/${string}`) : null

/**
 * The admin path of Payload's version comparison: the submitted draft
 * (`version`) compared with the live version (`published`, Payload's
 * `versionFrom`); without a live version, with the version before it.
 */
export const comparisonPath = (
  collection: string,
  id: number | string,
  version: number | string,
  published?: number | string | null,
): `/${string}` =>
  `/collections/${collection}/${id}/versions/${version}${published ? `?versionFrom=${encodeURIComponent(String(published))}` : ''}`

/** The admin path of a document's edit view. */
export const documentPath = (collection: string, id: number | string): `/${string}` =>
  `/collections/${collection}/${id}`

/** "05.12.2026, 14:03 Uhr" in Berlin time, or "–". */
export const formatWhen = (iso: string | null | undefined): string => (iso ? formatDateTime(iso) : '–')
