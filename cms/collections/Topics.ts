import type { CollectionConfig } from 'payload'
import { isAdmin, publishedOrAdmin } from '../access/index.ts'
import { slugField } from '../fields/slug.ts'
import { validEasyLanguageLabel } from '../fields/validators.ts'

/** Life situations (Lebenslagen) as a small tree; shared by all departments, kept by admins. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: 'Lebenslage', plural: 'Lebenslagen' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'parent', '_status'], group: 'Inhalte' },
  access: { read: publishedOrAdmin, readVersions: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  versions: { drafts: { validate: true, schedulePublish: { timeIntervals: 1 } }, maxPerDoc: 20 },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    {
      name: 'titleEasyLanguage',
      label: 'Titel in Leichter Sprache',
      type: 'text',
      admin: {
        description:
          'Wird auf den Seiten in Leichter Sprache statt des Titels gezeigt, z. B. in „Wer hilft mir?“: „Hilfe nach Gewalt“. Lange Wörter mit Medio·punkt.',
      },
      validate: validEasyLanguageLabel,
    },
    slugField(),
    { name: 'description', label: 'Beschreibung', type: 'textarea', required: true },
    {
      name: 'parent',
      label: 'Übergeordnete Lebenslage',
      type: 'relationship',
      relationTo: 'topics',
      // A chain of topics: populated one level only.
      maxDepth: 1,
      admin: { position: 'sidebar' },
      validate: (value: unknown, { id }: { id?: number | string }) =>
        value !== undefined && value !== null && id !== undefined && String(value) === String(id)
          ? 'Eine Lebenslage kann nicht ihr eigener Oberbegriff sein.'
          : true,
    },
    { name: 'order', label: 'Reihenfolge', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
}
