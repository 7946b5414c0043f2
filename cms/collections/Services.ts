import type { CollectionConfig } from 'payload'
import { HTTP_URL_PATTERN } from '../../content-models/patterns.ts'
import { departmentField } from '../fields/departmentField.ts'
import { slugField } from '../fields/slug.ts'
import { validRichText } from '../fields/richText.ts'
import { validEasyLanguageLabel } from '../fields/validators.ts'
import { editorial } from './editorial.ts'

const leikaKey = (value: unknown): true | string =>
  value === undefined || value === null || value === '' || (typeof value === 'string' && /^\d{14}$/.test(value))
    ? true
    : 'Der LeiKa-Schlüssel hat genau 14 Ziffern.'

const httpsUrl = (value: unknown): true | string =>
  typeof value === 'string' && HTTP_URL_PATTERN.test(value)
    ? true
    : 'Bitte geben Sie eine vollständige Web-Adresse an (https://…).'

const optionalUrl = (value: unknown): true | string => (value ? httpsUrl(value) : true)

/** Services (Leistungen), modelled on the FIM/XZuFi service description modules. */
export const Services: CollectionConfig = {
  slug: 'services',
  labels: { singular: 'Leistung', plural: 'Leistungen' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'department', '_status', 'updatedAt'], group: 'Inhalte' },
  // The Leichte-Sprache plugin adds the standard-text version and its hooks (plugins/easy-language).
  ...editorial,
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Beschreibung',
          fields: [
            { name: 'name', label: 'Bezeichnung', type: 'text', required: true },
            {
              name: 'nameEasyLanguage',
              label: 'Bezeichnung in Leichter Sprache',
              type: 'text',
              admin: {
                description:
                  'Wird auf den Seiten in Leichter Sprache statt der Bezeichnung gezeigt, z. B. in „Wer hilft mir?“: „Hilfe in Ihrer eigenen Wohnung“. Lange Wörter mit Medio·punkt.',
              },
              validate: validEasyLanguageLabel,
            },
            { name: 'teaser', label: 'Kurztext', type: 'textarea', required: true, maxLength: 300 },
            { name: 'description', label: 'Volltext', type: 'richText', required: true, validate: validRichText },
            { name: 'audience', label: 'Zielgruppe', type: 'textarea' },
          ],
        },
        {
          label: 'Voraussetzungen und Ablauf',
          fields: [
            { name: 'requirements', label: 'Voraussetzungen', type: 'richText', validate: validRichText },
            {
              name: 'documents',
              label: 'Erforderliche Unterlagen',
              labels: { singular: 'Unterlage', plural: 'Unterlagen' },
              type: 'array',
              fields: [
                { name: 'name', label: 'Unterlage', type: 'text', required: true },
                { name: 'note', label: 'Hinweis', type: 'text' },
              ],
            },
            { name: 'costs', label: 'Kosten', type: 'textarea' },
            { name: 'deadlines', label: 'Fristen', type: 'textarea' },
            { name: 'processingTime', label: 'Bearbeitungsdauer', type: 'text' },
            { name: 'procedure', label: 'Verfahrensablauf', type: 'richText', validate: validRichText },
            {
              name: 'legalBasis',
              label: 'Rechtsgrundlagen',
              labels: { singular: 'Rechtsgrundlage', plural: 'Rechtsgrundlagen' },
              type: 'array',
              fields: [
                { name: 'title', label: 'Bezeichnung', type: 'text', required: true },
                { name: 'url', label: 'Link', type: 'text', validate: optionalUrl },
              ],
            },
            {
              name: 'forms',
              label: 'Formulare und Online-Dienste',
              labels: { singular: 'Formular', plural: 'Formulare' },
              type: 'array',
              fields: [
                { name: 'title', label: 'Bezeichnung', type: 'text', required: true },
                { name: 'url', label: 'Link', type: 'text', required: true, validate: httpsUrl },
                {
                  name: 'kind',
                  label: 'Art',
                  type: 'select',
                  required: true,
                  defaultValue: 'form',
                  options: [
                    { label: 'Formular', value: 'form' },
                    { label: 'Online-Dienst', value: 'online' },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: 'Zuständigkeit und Bezüge',
          fields: [
            { name: 'topics', label: 'Lebenslagen', type: 'relationship', relationTo: 'topics', hasMany: true },
            {
              name: 'contactPersons',
              label: 'Ansprechpersonen',
              type: 'relationship',
              relationTo: 'contact-persons',
              hasMany: true,
              // Part of a cycle (services ↔ contact persons ↔ locations): populated on the service itself only.
              maxDepth: 1,
            },
            {
              name: 'locations',
              label: 'Standorte',
              type: 'relationship',
              relationTo: 'locations',
              hasMany: true,
              maxDepth: 1,
            },
            {
              name: 'relatedServices',
              label: 'Verwandte Leistungen',
              type: 'relationship',
              relationTo: 'services',
              hasMany: true,
              maxDepth: 1,
              filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
            },
            { name: 'leikaKey', label: 'LeiKa-Schlüssel', type: 'text', validate: leikaKey },
          ],
        },
      ],
    },
    {
      name: 'bookable',
      label: 'Online-Termine buchbar',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Die Zeiten stehen unter „Termine → Terminangebote“.' },
    },
    slugField(),
    departmentField(),
    {
      name: 'approval',
      label: 'Fachliche Freigabe',
      type: 'group',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'approvedBy', label: 'Freigegeben von', type: 'text' },
        { name: 'approvedAt', label: 'Freigegeben am', type: 'date' },
      ],
    },
  ],
}
