import type { CollectionConfig, PayloadRequest } from 'payload'
import { departmentField } from '../../../cms/fields/departmentField.ts'
import { slugField } from '../../../cms/fields/slug.ts'
import { publishedWordbook } from '../wordbook.ts'
import { checkEasyLanguage } from '../checker.ts'
import { editorial } from '../../../cms/collections/editorial.ts'

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
  const wordbook = await publishedWordbook(req)
  const { errors } = checkEasyLanguage(value, {
    glossary: [...term, ...wordbook.glossary],
    foreignWords: wordbook.foreignWords,
  })
  if (errors.length === 0) return true
  const list = errors
    .map((f) => `${f.place}: ${f.message}${f.suggestion ? ` Vorschlag: ${f.suggestion}` : ''}`)
    .join('\n')
  return `Die Erklärung ist noch nicht in Leichter Sprache. Bitte ändern Sie diese Stellen:\n${list}`
}

/** One word of letters, parts joined by hyphens ("Reminder", "Check-in"): what the checker matches as a foreign word. */
const ONE_WORD = /^\p{L}+(?:-\p{L}+)*$/u

/**
 * A replacement belongs to a term of one word (the checker compares words and
 * hyphenated words, not phrases) and is another word than the term itself.
 */
function replacementOfOneWord(value: unknown, { data }: Pick<Options, 'data'>): true | string {
  if (typeof value !== 'string' || value.trim() === '') return true
  const term = typeof data?.term === 'string' ? data.term.trim() : ''
  if (term !== '' && !ONE_WORD.test(term)) {
    return (
      `Ein Wort für „stattdessen“ gibt es nur für ein einzelnes Wort aus Buchstaben (auch mit Binde·strich, zum Beispiel „Check-in“). ` +
      `„${term}“ ist das nicht. Bitte lassen Sie das Feld leer oder legen Sie für jedes Fremdwort einen eigenen Begriff an.`
    )
  }
  if (value.trim().toLowerCase() === term.toLowerCase()) {
    return 'Hier steht derselbe Begriff. Bitte tragen Sie das deutsche Wort ein, das stattdessen im Text stehen soll.'
  }
  return true
}

/**
 * The Wörterbuch: difficult words explained in Leichte Sprache, shared by all
 * Leichte-Sprache texts. An entry with a replacement marks a foreign word that
 * texts should not use: the checker reports it with the replacement.
 */
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
    {
      name: 'replacement',
      label: 'Fremdwort – stattdessen in Leichter Sprache',
      type: 'text',
      validate: replacementOfOneWord,
      admin: {
        description:
          'Nur für Fremdwörter, die in Leichter Sprache nicht stehen sollen: Tragen Sie das deutsche Wort ein, ' +
          'das alle kennen, zum Beispiel „Erinnerung“ für „Reminder“. Die Prüfung Leichte Sprache zeigt den ' +
          'Begriff dann in allen Texten als Hinweis und schlägt dieses Wort vor – außer ein Text erklärt den ' +
          'Begriff in seinem eigenen Wörterbuch. Lassen Sie das Feld leer, wenn der Begriff mit seiner ' +
          'Erklärung benutzt werden darf.',
      },
    },
    slugField(),
    departmentField(),
  ],
}
