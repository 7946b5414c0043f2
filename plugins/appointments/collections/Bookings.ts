import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { adminOrOwnDepartment, isAdmin } from '../../../cms/access/index.ts'
import { bookingEndpoints } from '../endpoints.ts'
import { departmentField } from '../../../cms/fields/departmentField.ts'

// Never in API answers; the hook and the endpoints set them (overrideAccess).
const hiddenFromApi = { read: () => false }

/** A cancelled booking gives its slot back: only booked entries hold the unique slot key. */
const releaseSlotOnCancel: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  if (status === 'cancelled') data.slotKey = null
  return data
}

/**
 * Appointments booked by citizens through the public booking endpoint. The
 * responsible department sees them in the admin; the citizen cancels with a
 * secret link (only its hash is stored). Personal data is cleared by the
 * nightly retention task, the plugin's `retentionDays` after the appointment
 * (plugins/appointments/index.ts).
 */
export const Bookings: CollectionConfig = {
  slug: 'bookings',
  labels: { singular: 'Terminbuchung', plural: 'Terminbuchungen' },
  admin: {
    useAsTitle: 'start',
    defaultColumns: ['start', 'service', 'location', 'contactPerson', 'status', 'department'],
    group: 'Termine',
    description: 'Online gebuchte Termine. Persönliche Daten werden nach dem Termin automatisch gelöscht.',
  },
  defaultSort: 'start',
  access: {
    create: () => false,
    read: adminOrOwnDepartment,
    update: adminOrOwnDepartment,
    delete: isAdmin,
  },
  endpoints: bookingEndpoints,
  hooks: { beforeChange: [releaseSlotOnCancel] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          label: 'Beginn',
          type: 'date',
          required: true,
          index: true,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'end',
          label: 'Ende',
          type: 'date',
          required: true,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'availability',
      label: 'Terminangebot',
      type: 'relationship',
      relationTo: 'availability',
      required: true,
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'service', label: 'Leistung', type: 'relationship', relationTo: 'services', admin: { readOnly: true } },
        {
          name: 'location',
          label: 'Standort',
          type: 'relationship',
          relationTo: 'locations',
          admin: { readOnly: true },
        },
        {
          name: 'contactPerson',
          label: 'Ansprechperson',
          type: 'relationship',
          relationTo: 'contact-persons',
          admin: { readOnly: true },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'name', label: 'Name', type: 'text', admin: { readOnly: true } },
        { name: 'email', label: 'E-Mail', type: 'text', admin: { readOnly: true } },
        { name: 'phone', label: 'Telefon', type: 'text', admin: { readOnly: true } },
      ],
    },
    { name: 'note', label: 'Anliegen', type: 'textarea', admin: { readOnly: true } },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'booked',
      index: true,
      options: [
        { label: 'Gebucht', value: 'booked' },
        { label: 'Abgesagt', value: 'cancelled' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'personalDataDeleted',
      label: 'Persönliche Daten gelöscht',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', readOnly: true },
    },
    // The database rejects a second booking of the same slot (unique index).
    { name: 'slotKey', type: 'text', unique: true, index: true, access: hiddenFromApi, admin: { hidden: true } },
    { name: 'cancelTokenHash', type: 'text', index: true, access: hiddenFromApi, admin: { hidden: true } },
    departmentField({ admin: { position: 'sidebar', readOnly: true } }),
  ],
}
