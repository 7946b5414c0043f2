import type { CollectionConfig, PayloadRequest } from 'payload'
import { departmentField } from '../fields/department.ts'
import { slugField } from '../fields/slug.ts'
import { publishedGlossaryTerms } from '../lib/glossary.ts'
import { checkEasyLanguage } from '../lib/leichteSprache.ts'
import { editorial } from './editorial.ts'

type Options = { req: PayloadRequest; id?: number | string; data?: { term?: unknown } }

/** One entry per term: checked against every other entry (drafts too), so the editor gets a clear message. */
async function uniqueTerm(value: unknown, { req, id }: Options): Promise<true | string> {
  if (typeof value !== 'string' || value.trim() === '') return 'Bitte geben Sie den Begriff an.'
  const existing = await req.payload.find({
    collection: 'glossary-terms',
    where: { and: [{ term: { equals: value.trim() } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return existing.docs.length > 0
    ? `Den Begriff „${value.trim()}“ gibt es schon im Wörterbuch. Bitte ändern Sie den vorhandenen Eintrag.`
    : true
}

/**
 * The explanation is Leichte Sprache itself: it must pass the checker without
 * errors (the term and the published Wörterbuch count as known words).
 */
async function explanationInEasyLanguage(value: unknown, { req, data }: Options): Promise<true | string> {
  if (typeof value !== 'string' || value.trim() === '') return 'Bitte erklären Sie den Begriff in Leichter Sprache.'
  const term = typeof data?.term === 'string' ? [data.term] : []
  const { errors } = checkEasyLanguage(value, { glossary: [...term, ...(await publishedGlossaryTerms(req))] })
  if (errors.length === 0) return true
  const list = errors
    .map((f) => `Zeile ${f.line}: ${f.message}${f.suggestion ? ` Vorschlag: ${f.suggestion}` : ''}`)
    .join('\n')
  return `Die Erklärung ist noch nicht in Leichter Sprache. Bitte ändern Sie diese Stellen:\n${list}`
}

/** The Wörterbuch: difficult words explained in Leichte Sprache, shared by all Leichte-Sprache texts. */
export const GlossaryTerms: CollectionConfig = {
  slug: 'glossary-terms',
  labels: { singular: 'Begriff', plural: 'Wörterbuch' },
  admin: { useAsTitle: 'term', defaultColumns: ['term', 'department', '_status', 'updatedAt'], group: 'Inhalte' },
  ...editorial,
  fields: [
    { name: 'term', label: 'Begriff', type: 'text', required: true, unique: true, index: true, validate: uniqueTerm },
    {
      name: 'explanation',
      label: 'Erklärung in Leichter Sprache',
      type: 'textarea',
      required: true,
      validate: explanationInEasyLanguage,
      admin: {
        rows: 5,
        description: 'Kurze Sätze, ein Satz pro Zeile. Die Prüfung auf Leichte Sprache muss ohne Fehler sein.',
      },
    },
    slugField(),
    departmentField(),
  ],
}
