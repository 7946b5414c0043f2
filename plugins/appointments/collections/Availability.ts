import type { CollectionConfig } from 'payload'
import {
  adminOrOwnDepartment,
  createInOwnDepartment,
  deleteOwnDepartmentNoDrafts,
  updateOwnDepartment,
} from '../../../cms/access/index.ts'
import { departmentField } from '../../../cms/fields/departmentField.ts'
import { weekdayOptions } from '../../../cms/fields/openingHours.ts'
import { minutesOf, validTime } from '../../../cms/fields/validators.ts'
import { keepInOwnDepartment } from '../../../cms/hooks/editorialRules.ts'

const closesAfterOpens = (value: unknown, { siblingData }: { siblingData: { from?: unknown } }) => {
  if (value == null || value === '') return true
  const format = validTime(value)
  if (format !== true) return format
  const from = siblingData?.from
  if (typeof from === 'string' && validTime(from) === true && minutesOf(value as string) <= minutesOf(from))
    return `Das Ende (${value}) muss nach dem Beginn (${from}) liegen.`
  return true
}
const optionalTime = (value: unknown) => (value == null || value === '' ? true : validTime(value))

/**
 * When appointments can be booked at a location or with a contact person:
 * weekly hours cut into slots, plus exceptions (closed days, other hours).
 * Read by the public slot endpoint with overrideAccess; in the admin only the
 * owning department's staff see and edit it.
 */
export const Availability: CollectionConfig = {
  slug: 'availability',
  labels: { singular: 'Terminangebot', plural: 'Terminangebote' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'location', 'contactPerson', 'department'],
    group: 'Termine',
    description: 'Zeiten, zu denen Bürgerinnen und Bürger online einen Termin buchen können.',
  },
  access: {
    read: adminOrOwnDepartment,
    create: createInOwnDepartment,
    update: updateOwnDepartment,
    delete: deleteOwnDepartmentNoDrafts,
  },
  hooks: { beforeChange: [keepInOwnDepartment] },
  fields: [
    { name: 'title', label: 'Bezeichnung', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'location',
          label: 'Standort',
          type: 'relationship',
          relationTo: 'locations',
          admin: { description: 'Standort oder Ansprechperson angeben.' },
          validate: (value: unknown, { siblingData }: { siblingData: { contactPerson?: unknown } }) =>
            value || siblingData?.contactPerson ? true : 'Bitte wählen Sie einen Standort oder eine Ansprechperson.',
        },
        { name: 'contactPerson', label: 'Ansprechperson', type: 'relationship', relationTo: 'contact-persons' },
      ],
    },
    {
      name: 'services',
      label: 'Leistungen',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
      admin: { description: 'Für welche buchbaren Leistungen diese Termine gelten.' },
    },
    {
      name: 'weekly',
      label: 'Wöchentliche Zeiten',
      labels: { singular: 'Zeitraum', plural: 'Zeiträume' },
      type: 'array',
      minRows: 1,
      required: true,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', label: 'Wochentag', type: 'select', required: true, options: weekdayOptions },
            { name: 'from', label: 'Von', type: 'text', required: true, validate: validTime },
            { name: 'to', label: 'Bis', type: 'text', required: true, validate: closesAfterOpens },
            {
              name: 'slotMinutes',
              label: 'Dauer eines Termins (Minuten)',
              type: 'number',
              required: true,
              min: 10,
              max: 240,
              defaultValue: 30,
            },
          ],
        },
      ],
    },
    {
      name: 'exceptions',
      label: 'Ausnahmen',
      labels: { singular: 'Ausnahme', plural: 'Ausnahmen' },
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              label: 'Datum',
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
            { name: 'closed', label: 'Geschlossen', type: 'checkbox', defaultValue: true },
            { name: 'from', label: 'Stattdessen von', type: 'text', validate: optionalTime },
            { name: 'to', label: 'Bis', type: 'text', validate: closesAfterOpens },
          ],
        },
      ],
    },
    {
      name: 'weeksAhead',
      label: 'Wochen im Voraus buchbar',
      type: 'number',
      required: true,
      min: 1,
      max: 12,
      defaultValue: 4,
      admin: { position: 'sidebar' },
    },
    departmentField(),
  ],
}
