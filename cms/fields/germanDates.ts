import type { CollectionConfig, Config, Field } from 'payload'

/** The one time zone of the admin: the departments work in Germany (the appointments use it too). */
export const TIME_ZONE = 'Europe/Berlin'

/** How the date fields show and take dates: German order, 24-hour clock (Payload's default is US). */
const formats = {
  dayOnly: 'dd.MM.yyyy',
  dayAndTime: 'dd.MM.yyyy HH:mm',
  timeOnly: 'HH:mm',
  monthOnly: 'MM.yyyy',
  default: 'dd.MM.yyyy',
} as const

/** The texts of the picker (react-datepicker's own are English: "Time", no today button). */
const pickerTexts = { todayButton: 'Heute', timeCaption: 'Uhrzeit' } as const

function germanDate(field: Field): Field {
  if (field.type === 'date') {
    const date = field.admin?.date ?? {}
    const appearance = date.pickerAppearance ?? 'default'
    // A button for today only where the picker shows days.
    const texts =
      appearance === 'timeOnly' || appearance === 'monthOnly' ? { timeCaption: pickerTexts.timeCaption } : pickerTexts
    return {
      ...field,
      admin: {
        ...field.admin,
        date: {
          timeFormat: 'HH:mm',
          displayFormat: formats[appearance],
          ...date,
          // Payload passes these to react-datepicker as they are (admin.date.overrides).
          overrides: { ...texts, ...date.overrides },
        },
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

/**
 * "Veröffentlichung planen": its times on the 24-hour clock (Payload's default is "6:40 nachm."), and its date
 * input in German order with the "Heute" button. Payload hands the drawer's picker only `timeFormat` and
 * `timeIntervals`; `displayFormat` and `overrides` reach it through scripts/patch-payload-ui.mjs.
 */
function germanSchedule(collection: CollectionConfig): CollectionConfig {
  const drafts = collection.versions && typeof collection.versions === 'object' ? collection.versions.drafts : undefined
  if (!drafts || typeof drafts !== 'object' || !drafts.schedulePublish) return collection
  const schedule = typeof drafts.schedulePublish === 'object' ? drafts.schedulePublish : {}
  return {
    ...collection,
    versions: {
      ...(collection.versions as object),
      drafts: {
        ...drafts,
        schedulePublish: {
          timeFormat: formats.timeOnly,
          displayFormat: formats.dayAndTime,
          overrides: pickerTexts,
          ...schedule,
        } as typeof schedule,
      },
    },
  }
}

/**
 * Every date field of every collection in German format with a "Heute" button (a field's own `displayFormat` and
 * overrides win), and the schedule drawer's times on the 24-hour clock.
 */
export function withGermanDates(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => germanSchedule({ ...collection, fields: collection.fields.map(germanDate) }))
}

/**
 * The admin's dates German and in one time zone: the document's dates in German order on the 24-hour clock, and
 * the schedule drawer in Berlin time only (Payload's default offers every zone of the world and chooses none).
 *
 * The schedule drawer's date format and the lock dialog's time are written into Payload's code; install fixes both
 * (scripts/patch-payload-ui.mjs).
 */
export function germanDates(config: Config): Config {
  return {
    ...config,
    admin: {
      ...config.admin,
      dateFormat: formats.dayAndTime,
      timezones: { supportedTimezones: [{ label: 'Berlin', value: TIME_ZONE }], defaultTimezone: TIME_ZONE },
    },
  }
}
