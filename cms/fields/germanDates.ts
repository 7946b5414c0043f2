import type { CollectionConfig, Field } from 'payload'

/** How the date fields show and take dates: German order, 24-hour clock (Payload's default is US). */
const formats = {
  dayOnly: 'dd.MM.yyyy',
  dayAndTime: 'dd.MM.yyyy HH:mm',
  timeOnly: 'HH:mm',
  monthOnly: 'MM.yyyy',
  default: 'dd.MM.yyyy',
} as const

function germanDate(field: Field): Field {
  if (field.type === 'date') {
    const date = field.admin?.date ?? {}
    const appearance = date.pickerAppearance ?? 'default'
    return {
      ...field,
      admin: {
        ...field.admin,
        date: { timeFormat: 'HH:mm', displayFormat: formats[appearance], ...date },
      },
    } as Field
  }
  if ('fields' in field && Array.isArray(field.fields))
    return { ...field, fields: field.fields.map(germanDate) } as Field
  if (field.type === 'tabs')
    return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(germanDate) })) }
  if (field.type === 'blocks')
    return {
      ...field,
      blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(germanDate) })),
    }
  return field
}

/** Every date field of every collection in German format (a field's own `displayFormat` wins). */
export function withGermanDates(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({ ...collection, fields: collection.fields.map(germanDate) }))
}
