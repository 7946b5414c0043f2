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
 * The date of the first publish and the publish status, added by the plugin
 * (index.ts) at the end of the fields of every published collection with
 * drafts: those the pipeline builds when they are published, unpublished or
 * deleted.
 */
export function publishStatusFields(): Field[] {
  return [firstPublishedField(), publishStatusField]
}
