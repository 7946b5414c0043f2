import type { CollectionConfig } from 'payload'
import { departmentField } from '../fields/departmentField.ts'
import { validRichText } from '../fields/richText.ts'
import { slugField } from '../fields/slug.ts'
import { editorial } from './editorial.ts'

export const pageKindOptions = [
  { label: 'Startseite', value: 'start' },
  { label: 'Erklärung zur Barrierefreiheit', value: 'accessibility' },
  { label: 'Erklärung in Leichter Sprache', value: 'easy-language-info' },
  { label: 'Erklärung in Gebärdensprache', value: 'dgs-info' },
  { label: 'Impressum', value: 'imprint' },
  { label: 'Datenschutz', value: 'privacy' },
  { label: 'Sonstige Seite', value: 'other' },
]

/** Editorial pages: start page, accessibility statement, BITV § 4 explanations, imprint, privacy. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: 'Seite', plural: 'Seiten' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind', 'department', '_status'], group: 'Inhalte' },
  ...editorial,
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    {
      name: 'kind',
      label: 'Art der Seite',
      type: 'select',
      required: true,
      defaultValue: 'other',
      options: pageKindOptions,
    },
    { name: 'summary', label: 'Zusammenfassung', type: 'textarea', required: true, maxLength: 300 },
    { name: 'content', label: 'Inhalt', type: 'richText', required: true, validate: validRichText },
    { name: 'video', label: 'Video', type: 'relationship', relationTo: 'video-tutorials' },
    slugField(),
    departmentField(),
  ],
}
