import type { CollectionConfig } from 'payload'
import { updateOwnDepartmentOrReview } from '../../../cms/access/index.ts'
import { departmentField } from '../../../cms/fields/departmentField.ts'
import { slugField } from '../../../cms/fields/slug.ts'
import { checkEasyLanguageText } from '../hooks/checkEasyLanguage.ts'
import { recordOverrides } from '../hooks/recordOverrides.ts'
import { reviewFieldsForReviewers } from '../hooks/reviewFields.ts'
import { trackReviewSource } from '../hooks/trackReviewSource.ts'
import { ruleOptions } from '../checker.ts'
import type { StandardTextCollection, StandardTextPart } from '../standardText.ts'
import { editorial } from '../../../cms/collections/editorial.ts'

/** An override names the flagged text exactly, so it has to be in the text when it is recorded. */
const excerptInText = (
  value: unknown,
  { data, previousValue }: { data: Partial<{ text: unknown }>; previousValue?: unknown },
): true | string => {
  if (typeof value !== 'string' || value.trim() === '') return 'Bitte fügen Sie die markierte Stelle aus dem Text ein.'
  // An override recorded earlier stays valid when the text changes later; it then simply matches nothing.
  if (value === previousValue) return true
  const text = typeof data?.text === 'string' ? data.text : ''
  return text.includes(value.trim())
    ? true
    : `Die Stelle „${value}“ kommt im Text nicht vor. Bitte kopieren Sie die markierte Stelle genau so, wie sie im Text steht.`
}

const writtenReason = (value: unknown): true | string =>
  typeof value === 'string' && value.trim().length >= 10
    ? true
    : 'Bitte begründen Sie die Ausnahme in ganzen Worten (mindestens 10 Zeichen).'

const derived = (description: string) => ({ readOnly: true, position: 'sidebar' as const, description })

/**
 * The Leichte-Sprache companion of a service (a document of the standard-text
 * collection) or a page.
 */
export const easyLanguageTexts = (
  standardTextCollection: StandardTextCollection,
  standardTextParts: readonly StandardTextPart[],
): CollectionConfig => ({
  slug: 'easy-language-texts',
  labels: { singular: 'Text in Leichter Sprache', plural: 'Texte in Leichter Sprache' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'service', 'department', 'lsErrors', 'lsWarnings', 'stale', '_status'],
    group: 'Inhalte',
  },
  ...editorial,
  access: { ...editorial.access, update: updateOwnDepartmentOrReview },
  hooks: {
    ...editorial.hooks,
    // Order matters: who may change what is checked on the submitted data first, then the derived fields are set.
    beforeChange: [
      ...editorial.hooks.beforeChange,
      reviewFieldsForReviewers,
      recordOverrides,
      trackReviewSource(standardTextCollection, standardTextParts),
      checkEasyLanguageText,
    ],
  },
  fields: [
    { name: 'title', label: 'Titel', type: 'text', required: true },
    {
      name: 'service',
      label: 'Zugehörige Leistung',
      type: 'relationship',
      relationTo: standardTextCollection,
      validate: (value: unknown, { siblingData }: { siblingData: { page?: unknown } }) => {
        const hasService = value !== null && value !== undefined
        const hasPage = siblingData?.page !== null && siblingData?.page !== undefined
        if (hasService === hasPage) return 'Bitte verknüpfen Sie den Text mit genau einer Leistung oder einer Seite.'
        return true
      },
    },
    { name: 'page', label: 'Zugehörige Seite', type: 'relationship', relationTo: 'pages' },
    {
      // For the reviewer: what changed in the service's standard text since the last review (shown only then).
      name: 'standardTextChanges',
      type: 'ui',
      admin: {
        components: {
          Field: {
            path: '/plugins/easy-language/admin/StandardTextChanges#StandardTextChanges',
            serverProps: { collection: standardTextCollection, parts: standardTextParts },
          },
        },
      },
    },
    {
      name: 'text',
      label: 'Text',
      type: 'textarea',
      required: true,
      admin: {
        rows: 18,
        description:
          'Ein Satz pro Zeile. Lange Wörter mit Mediopunkt trennen, z. B. „Schwer·behinderung“. Zwischenüberschrift: eine Zeile mit „## “ am Anfang. Schritte: Zeilen mit „1. “, „2. “ … am Anfang.',
        // The normal textarea plus the checker's findings, live while typing.
        components: { Field: '/plugins/easy-language/admin/EasyLanguageTextField#EasyLanguageTextField' },
      },
    },
    {
      name: 'pictures',
      label: 'Bilder',
      labels: { singular: 'Bild', plural: 'Bilder' },
      type: 'array',
      admin: {
        description:
          'Freiwillig. Ein Bild steht neben dem Satz, den es erklärt. Das Bild braucht einen Alternativtext (in den Medien).',
      },
      fields: [
        { name: 'image', label: 'Bild', type: 'upload', relationTo: 'media', required: true },
        {
          name: 'sentence',
          label: 'Satz, neben dem das Bild steht',
          type: 'text',
          required: true,
          admin: { description: 'Kopieren Sie den Satz genau so aus dem Text.' },
          validate: (value: unknown, { data }: { data: { text?: string | null } }) => {
            if (typeof value !== 'string' || value.trim() === '')
              return 'Bitte geben Sie den Satz an, zu dem das Bild gehört.'
            const lines = (data?.text ?? '').split(/\r\n?|\n/).map((line) => line.trim())
            return lines.includes(value.trim())
              ? true
              : `Der Satz „${value.trim()}“ steht nicht im Text. Bitte kopieren Sie ihn genau so aus dem Text.`
          },
        },
      ],
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
    {
      name: 'overrides',
      label: 'Ausnahmen von der Prüfung',
      labels: { singular: 'Ausnahme', plural: 'Ausnahmen' },
      type: 'array',
      admin: {
        description:
          'Nur die Prüfung Leichte Sprache trägt hier ein, wenn ein einzelnes Prüfergebnis an dieser Stelle nicht zutrifft – mit Begründung.',
      },
      fields: [
        { name: 'rule', label: 'Regel', type: 'select', required: true, options: ruleOptions },
        {
          name: 'excerpt',
          label: 'Markierte Stelle',
          type: 'text',
          required: true,
          validate: excerptInText,
          admin: { description: 'Genau der Text, den die Prüfung markiert hat.' },
        },
        { name: 'reason', label: 'Begründung', type: 'textarea', required: true, validate: writtenReason },
        {
          name: 'recordedBy',
          label: 'Eingetragen von',
          type: 'relationship',
          relationTo: 'users',
          admin: { readOnly: true },
        },
        { name: 'recordedAt', label: 'Eingetragen am', type: 'date', admin: { readOnly: true } },
      ],
    },
    // The citizen widgets in Leichte Sprache live beside the texts (site/lib/urls.ts).
    slugField(
      {},
      { reserved: ['wer-hilft-mir', 'in-meiner-naehe', 'barriere-melden', 'termin'], prefix: '/leichte-sprache/' },
    ),
    departmentField(),
    {
      name: 'lsErrors',
      label: 'Fehler (Leichte Sprache)',
      type: 'number',
      defaultValue: 0,
      admin: derived('Wird beim Speichern von der Prüfung auf Leichte Sprache gezählt (ohne begründete Ausnahmen).'),
    },
    {
      name: 'lsWarnings',
      label: 'Hinweise (Leichte Sprache)',
      type: 'number',
      defaultValue: 0,
      admin: derived('Wird beim Speichern gezählt: Stellen, die die Prüfung zu bedenken gibt.'),
    },
    {
      name: 'stale',
      label: 'Veraltet',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: derived(
        'Gesetzt, wenn der Standardtext der Leistung nach der Prüfung geändert wurde: dann den Text anpassen und neu prüfen lassen.',
      ),
    },
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
          // The standard text as it stood at the review, for showing what changed since (standardTextChanges.ts).
          name: 'sourceText',
          label: 'Standardtext bei der Prüfung',
          type: 'json',
          admin: { hidden: true, readOnly: true },
        },
        {
          name: 'sourceVersion',
          label: 'Geprüft gegen Fassung des Standardtextes',
          type: 'text',
          // A technical fingerprint set on review: not shown to editors and reviewers.
          admin: {
            hidden: true,
            readOnly: true,
            description: 'Kennung der Fassung der Leistung, die bei der Prüfung galt.',
          },
        },
      ],
    },
  ],
})
