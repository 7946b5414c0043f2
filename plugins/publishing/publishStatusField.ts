import type { Field, UIField } from 'payload'
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
 * A published collection's fields with the plugin's (index.ts): the publish
 * status first, so it heads the sidebar and is seen without scrolling, and
 * the date of the first publish last. For every published collection with
 * drafts: those the pipeline builds when they are published, unpublished or
 * deleted.
 */
export function withPublishStatusFields(fields: Field[]): Field[] {
  return [publishStatusField, ...fields, firstPublishedField()]
}
