import type { CollectionConfig } from 'payload'
import { updateOwnDepartmentOrReview } from '../access/index.ts'
import { departmentField } from '../fields/department.ts'
import { slugField } from '../fields/slug.ts'
import { reviewFieldsForReviewers } from '../hooks/reviewFields.ts'
import { editorial } from './editorial.ts'

/** The Leichte-Sprache companion of a service or page. */
export const EasyLanguageTexts: CollectionConfig = {
  slug: 'easy-language-texts',
  labels: { singular: 'Text in Leichter Sprache', plural: 'Texte in Leichter Sprache' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'service', 'department', '_status'], group: 'Inhalte' },
  ...editorial,
  access: { ...editorial.access, update: updateOwnDepartmentOrReview },
  hooks: { ...editorial.hooks, beforeChange: [...editorial.hooks.beforeChange, reviewFieldsForReviewers] },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    {
      name: 'service',
      label: 'Zugehörige Leistung',
      type: 'relationship',
      relationTo: 'services',
      validate: (value: unknown, { siblingData }: { siblingData: { page?: unknown } }) => {
        const hasService = value !== null && value !== undefined
        const hasPage = siblingData?.page !== null && siblingData?.page !== undefined
        if (hasService === hasPage) return 'Bitte verknüpfen Sie den Text mit genau einer Leistung oder einer Seite.'
        return true
      },
    },
    { name: 'page', label: 'Zugehörige Seite', type: 'relationship', relationTo: 'pages' },
    {
      name: 'text',
      label: 'Text',
      type: 'textarea',
      required: true,
      admin: { rows: 18, description: 'Ein Satz pro Zeile. Lange Wörter mit Mediopunkt trennen, z. B. „Schwer·behinderung“.' },
    },
    {
      name: 'glossary',
      label: 'Wörterbuch',
      labels: { singular: 'Begriff', plural: 'Begriffe' },
      type: 'array',
      fields: [
        { name: 'term', label: 'Begriff', type: 'text', required: true },
        { name: 'explanation', label: 'Erklärung in Leichter Sprache', type: 'textarea', required: true },
      ],
    },
    slugField(),
    departmentField(),
    {
      name: 'review',
      label: 'Prüfung durch die Zielgruppe',
      type: 'group',
      admin: { position: 'sidebar', description: 'Wird von Prüferinnen und Prüfern für Leichte Sprache eingetragen.' },
      fields: [
        { name: 'reviewedAt', label: 'Geprüft am', type: 'date' },
        { name: 'reviewedBy', label: 'Prüfgruppe oder Person', type: 'text' },
        { name: 'remarks', label: 'Anmerkungen', type: 'textarea' },
        {
          name: 'sourceVersion',
          label: 'Geprüft gegen Fassung des Standardtextes',
          type: 'text',
          admin: { readOnly: true, description: 'Kennung der Fassung der Leistung, die bei der Prüfung galt.' },
        },
      ],
    },
  ],
}
