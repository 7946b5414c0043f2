import type { CollectionConfig } from 'payload'
import { emailField, phoneField } from '../fields/contact.ts'
import { departmentField } from '../fields/departmentField.ts'
import { slugField } from '../fields/slug.ts'
import { validEasyLanguageLabel } from '../fields/validators.ts'
import { editorial } from './editorial.ts'

export const languageOptions = [
  { label: 'Deutsch', value: 'de' },
  { label: 'Englisch', value: 'en' },
  { label: 'Türkisch', value: 'tr' },
  { label: 'Arabisch', value: 'ar' },
  { label: 'Russisch', value: 'ru' },
  { label: 'Polnisch', value: 'pl' },
  { label: 'Ukrainisch', value: 'uk' },
  { label: 'Französisch', value: 'fr' },
  { label: 'Italienisch', value: 'it' },
  { label: 'Spanisch', value: 'es' },
  { label: 'Griechisch', value: 'el' },
  { label: 'Persisch', value: 'fa' },
  { label: 'Kurdisch', value: 'ku' },
]

const letter = (value: unknown): true | string =>
  value === undefined || value === null || value === '' || (typeof value === 'string' && /^[A-Z]$/.test(value))
    ? true
    : 'Bitte geben Sie einen einzelnen Großbuchstaben A–Z an.'

type Sibling = { consent?: { given?: boolean; recordedAt?: string | null } }
const hasConsent = (data: Sibling | undefined) => Boolean(data?.consent?.given && data.consent.recordedAt)

/** Contact persons: a function always; a name and photo only with recorded consent. */
export const ContactPersons: CollectionConfig = {
  slug: 'contact-persons',
  labels: { singular: 'Ansprechperson', plural: 'Ansprechpersonen' },
  admin: { useAsTitle: 'function', defaultColumns: ['function', 'name', 'department', '_status'], group: 'Inhalte' },
  ...editorial,
  fields: [
    { name: 'function', label: 'Funktion', type: 'text', required: true },
    {
      name: 'functionEasyLanguage',
      label: 'Funktion in Leichter Sprache',
      type: 'text',
      admin: {
        description:
          'Wird auf den Seiten in Leichter Sprache statt der Funktion gezeigt, z. B. „Sie berät Menschen aus Köln.“ Lange Wörter mit Medio·punkt.',
      },
      validate: validEasyLanguageLabel,
    },
    {
      name: 'consent',
      label: 'Einwilligung zur Veröffentlichung von Name und Foto',
      type: 'group',
      fields: [
        { name: 'given', label: 'Einwilligung liegt vor', type: 'checkbox', defaultValue: false },
        {
          name: 'recordedAt',
          label: 'Einwilligung erfasst am',
          type: 'date',
          validate: (value: unknown, { siblingData }: { siblingData: { given?: boolean } }) =>
            siblingData?.given && !value ? 'Bitte geben Sie an, wann die Einwilligung erfasst wurde.' : true,
        },
      ],
    },
    {
      name: 'name',
      label: 'Name',
      type: 'text',
      // Always shown (a hidden field would skip validation): saving a name without consent is refused.
      admin: { description: 'Nur mit erfasster Einwilligung.' },
      validate: (value: unknown, { data }: { data: Sibling }) =>
        value && !hasConsent(data) ? 'Der Name darf nur mit erfasster Einwilligung gespeichert werden.' : true,
    },
    {
      name: 'photo',
      label: 'Foto',
      type: 'upload',
      relationTo: 'media',
      admin: { description: 'Nur mit erfasster Einwilligung.' },
      validate: (value: unknown, { data }: { data: Sibling }) =>
        value && !hasConsent(data) ? 'Ein Foto darf nur mit erfasster Einwilligung gespeichert werden.' : true,
    },
    phoneField({ required: true }),
    emailField({ required: true }),
    {
      name: 'languages',
      label: 'Sprachen',
      type: 'select',
      hasMany: true,
      options: languageOptions,
      defaultValue: ['de'],
    },
    {
      type: 'row',
      fields: [
        { name: 'dgs', label: 'Beratung in Deutscher Gebärdensprache', type: 'checkbox', defaultValue: false },
        { name: 'easyLanguage', label: 'Beratung in Leichter Sprache', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'responsibility',
      label: 'Zuständigkeit',
      type: 'group',
      fields: [
        {
          name: 'services',
          label: 'Leistungen',
          type: 'relationship',
          relationTo: 'services',
          hasMany: true,
          // Part of a cycle (services ↔ contact persons ↔ locations): populated on the contact person itself only.
          maxDepth: 1,
        },
        { name: 'topics', label: 'Lebenslagen', type: 'relationship', relationTo: 'topics', hasMany: true },
        {
          name: 'regions',
          label: 'Regionen',
          type: 'relationship',
          relationTo: 'regions',
          hasMany: true,
          admin: { description: 'Ein Kreis umfasst alle seine Gemeinden. Leer bedeutet: für das ganze Rheinland.' },
        },
        {
          type: 'row',
          fields: [
            { name: 'surnameFrom', label: 'Nachnamen von', type: 'text', validate: letter },
            {
              name: 'surnameTo',
              label: 'Nachnamen bis',
              type: 'text',
              validate: (value: unknown, { siblingData }: { siblingData: { surnameFrom?: string } }) => {
                const single = letter(value)
                if (single !== true) return single
                const from = siblingData?.surnameFrom
                if (Boolean(from) !== Boolean(value))
                  return 'Bitte geben Sie beide Buchstaben des Bereichs an oder keinen.'
                if (from && typeof value === 'string' && value < from)
                  return 'Der Bereich muss von A nach Z laufen (z. B. A bis K).'
                return true
              },
            },
          ],
        },
      ],
    },
    { name: 'location', label: 'Standort', type: 'relationship', relationTo: 'locations', maxDepth: 1 },
    slugField(),
    departmentField(),
  ],
}
