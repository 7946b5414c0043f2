import type { CollectionConfig } from 'payload'
import { addressGroup, coordinatesGroup } from '../fields/address.ts'
import { emailField, phoneField } from '../fields/contact.ts'
import { departmentField } from '../fields/departmentField.ts'
import { openingHoursField } from '../fields/openingHours.ts'
import { slugField } from '../fields/slug.ts'
import { editorial } from './editorial.ts'

const feature = (name: string, label: string) => ({ name, label, type: 'checkbox' as const, defaultValue: false })

/** Counselling offices and service points. */
export const Locations: CollectionConfig = {
  slug: 'locations',
  labels: { singular: 'Standort', plural: 'Standorte' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'region', 'department', '_status'], group: 'Inhalte' },
  ...editorial,
  fields: [
    { name: 'name', label: 'Name', type: 'text', required: true },
    addressGroup(),
    coordinatesGroup(),
    { name: 'region', label: 'Gemeinde', type: 'relationship', relationTo: 'regions', required: true },
    { type: 'row', fields: [phoneField(), emailField()] },
    openingHoursField(),
    { name: 'openingHoursNote', label: 'Hinweis zu den Öffnungszeiten', type: 'text' },
    {
      name: 'accessibility',
      label: 'Barrierefreiheit',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            feature('stepFree', 'Stufenloser Zugang'),
            feature('lift', 'Aufzug'),
            feature('accessibleToilet', 'Barrierefreies WC'),
            feature('hearingLoop', 'Induktive Höranlage'),
          ],
        },
        {
          type: 'row',
          fields: [
            feature('dgs', 'Beratung in Gebärdensprache'),
            feature('easyLanguage', 'Beratung in Leichter Sprache'),
            feature('parking', 'Behindertenparkplatz'),
          ],
        },
        { name: 'note', label: 'Weitere Hinweise', type: 'textarea' },
      ],
    },
    { name: 'publicTransport', label: 'Anfahrt mit Bus und Bahn', type: 'textarea' },
    {
      name: 'offeredServices',
      label: 'Leistungen an diesem Standort',
      type: 'join',
      collection: 'services',
      on: 'locations',
      // Part of a cycle (services ↔ locations); Payload's default for joins, stated because it matters.
      maxDepth: 1,
      admin: { description: 'Wird in der jeweiligen Leistung gepflegt.' },
    },
    {
      name: 'bookable',
      label: 'Online-Termine buchbar',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Die Zeiten stehen unter „Termine → Terminangebote“.' },
    },
    // /standorte/in-meiner-naehe/ and /standorte/kreis/<kreis>/ are pages of the site.
    slugField({}, { reserved: ['in-meiner-naehe', 'kreis'], prefix: '/standorte/' }),
    departmentField(),
  ],
}
