import type { CollectionConfig } from 'payload'
import { anyone, isAdmin } from '../access/index.ts'
import { coordinatesGroup } from '../fields/address.ts'
import { slugField } from '../fields/slug.ts'

/** Municipalities of the Rheinland with their Kreis; seeded, maintained by admins. */
export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: 'Region', plural: 'Regionen' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'kreis'], group: 'Organisation' },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', label: 'Name', type: 'text', required: true },
    slugField(),
    {
      name: 'kind',
      label: 'Art',
      type: 'select',
      required: true,
      options: [
        { label: 'Kreis oder Städteregion', value: 'kreis' },
        { label: 'Kreisfreie Stadt', value: 'kreisfreie-stadt' },
        { label: 'Stadt oder Gemeinde im Kreis', value: 'gemeinde' },
      ],
    },
    {
      name: 'kreis',
      label: 'Kreis',
      type: 'relationship',
      relationTo: 'regions',
      // Regions link to regions: populated one level only.
      maxDepth: 1,
      filterOptions: { kind: { equals: 'kreis' } },
      admin: { condition: (data) => data?.kind === 'gemeinde' },
      validate: (value: unknown, { siblingData }: { siblingData: { kind?: string } }) =>
        siblingData?.kind === 'gemeinde' && (value === null || value === undefined)
          ? 'Bitte wählen Sie den Kreis, zu dem die Gemeinde gehört.'
          : true,
    },
    {
      name: 'kreisKey',
      label: 'Kreisschlüssel',
      type: 'text',
      required: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^05\d{3}$/.test(value)
          ? true
          : 'Der Kreisschlüssel hat fünf Ziffern und beginnt mit 05.',
    },
    coordinatesGroup(),
  ],
}
