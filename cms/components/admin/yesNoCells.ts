import type { CollectionConfig, Field } from 'payload'

/** The list cell of every checkbox field (cms/components/admin/YesNoCell.tsx). */
export const YES_NO_CELL = '/cms/components/admin/YesNoCell#YesNoCell'

function yesNoCell(field: Field): Field {
  if (field.type === 'checkbox')
    return field.admin?.components?.Cell
      ? field
      : { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: YES_NO_CELL } } }
  if ('fields' in field && Array.isArray(field.fields))
    return { ...field, fields: field.fields.map(yesNoCell) } as Field
  if (field.type === 'tabs')
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(yesNoCell) })) }
  return field
}

/**
 * Checkboxes read "Ja"/"Nein" in every collection's list, also in groups, rows and tabs (a field's own Cell wins).
 * Payload's cell shows "wahr"/"falsch" in a code badge, which staff read as a technical value.
 */
export function withYesNoCells(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({ ...collection, fields: collection.fields.map(yesNoCell) }))
}
