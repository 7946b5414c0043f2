import type { CollectionConfig, UIField } from 'payload'
import { firstPublishedField } from './firstPublished.ts'

/** The sidebar field that shows whether a document's latest publish is live (PublishStatusField.tsx). */
export const publishStatusField: UIField = {
  name: 'publishStatus',
  type: 'ui',
  label: 'Stand auf der Website',
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    disableBulkEdit: true,
    components: { Field: '/plugins/publishing/admin/PublishStatusField#PublishStatusField' },
  },
}

/**
 * Adds the publish status and the date of the first publish to every
 * collection whose documents are published with drafts (services,
 * Leichte-Sprache texts, contact persons, locations, videos, pages, topics,
 * Wörterbuch): those the publish pipeline builds when they are published,
 * unpublished or deleted.
 */
export function withPublishStatus(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) =>
    collection.versions && typeof collection.versions === 'object' && collection.versions.drafts
      ? { ...collection, fields: [...collection.fields, firstPublishedField(), publishStatusField] }
      : collection,
  )
}
