/**
 * The standard text of a document (a service): the fields in plain German
 * that its Leichte-Sprache text retells, and a short fingerprint of them,
 * `standardTextVersion`. A Leichte-Sprache text remembers the fingerprint its
 * review was made against; when another one is published, the text is stale.
 */
import { createHash } from 'node:crypto'
import {
  flattenTopLevelFields,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  type DataFromCollectionSlug,
  type Field,
} from 'payload'
import { lexicalToText } from '../../cms/export/richtext.ts'

/**
 * The collections that can hold a standard text: those whose generated type
 * has the `standardTextVersion` field this plugin adds (today `services`).
 */
export type StandardTextCollection = {
  [Slug in CollectionSlug]: DataFromCollectionSlug<Slug> extends { standardTextVersion?: string | null } ? Slug : never
}[CollectionSlug]

/** A document of the standard-text collection, as the generated types describe it. */
export type StandardTextDocument = DataFromCollectionSlug<StandardTextCollection>

/** The name of the field the plugin adds to the standard-text collection. */
export const STANDARD_TEXT_VERSION_FIELD = 'standardTextVersion'

/**
 * How one field of the standard text counts: plain text by its trimmed text,
 * rich text by its words, a list by its rows' text fields (without row ids).
 */
export type StandardTextPart = (
  | { name: string; kind: 'text' }
  | { name: string; kind: 'richText' }
  | { name: string; kind: 'rows'; rowFields: string[] }
) & {
  /** The field's German label, for showing the part to people (not part of the fingerprint). */
  label?: string
}

/** A document as far as the fingerprint reads it. */
export type StandardTextSource = Readonly<Record<string, unknown>>

const plain = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '')

const dataFieldNames = (fields: Field[]): string[] =>
  flattenTopLevelFields(fields).flatMap((field) => ('name' in field && field.name ? [field.name] : []))

/**
 * The parts of the standard text from the collection's field config: each
 * named field (inside unnamed tabs, rows and collapsibles too) with its kind.
 * Throws when a name is not a field of the collection, so a misspelt option
 * fails at startup, not by never marking a text stale.
 */
export function standardTextParts(
  collection: { slug: string; fields: Field[] },
  names: readonly string[],
): StandardTextPart[] {
  const fields = new Map(
    flattenTopLevelFields(collection.fields).flatMap((field) =>
      'name' in field && field.name ? [[field.name, field]] : [],
    ),
  )
  return names.map((name): StandardTextPart => {
    const field = fields.get(name)
    if (!field)
      throw new Error(`easyLanguage: the collection "${collection.slug}" has no field "${name}" for the standard text`)
    const label = 'label' in field && typeof field.label === 'string' ? field.label : name
    if (field.type === 'richText') return { name, label, kind: 'richText' }
    if (field.type === 'array') return { name, label, kind: 'rows', rowFields: dataFieldNames(field.fields) }
    return { name, label, kind: 'text' }
  })
}

/**
 * A short fingerprint of a document's standard text. Rich text counts by its
 * words (lexicalToText), not its stored editor state, and list rows without
 * their ids, so re-saving or re-formatting the same text keeps the version.
 */
export function standardTextVersionOf(parts: readonly StandardTextPart[], doc: StandardTextSource): string {
  const values = parts.map((part) => {
    const value = doc[part.name]
    if (part.kind === 'richText') return value ? plain(lexicalToText(value)) : ''
    if (part.kind === 'rows') {
      const rows: unknown[] = Array.isArray(value) ? value : []
      return rows.map((row) =>
        part.rowFields.map((field) =>
          plain(row && typeof row === 'object' ? (row as StandardTextSource)[field] : undefined),
        ),
      )
    }
    return plain(value)
  })
  return createHash('sha256').update(JSON.stringify(values)).digest('hex').slice(0, 16)
}

/** One part of a standard text as plain text, as it stood at a review (`review.sourceText`) or stands now. */
export interface StandardTextSnapshotPart {
  name: string
  label: string
  text: string
}

/**
 * The standard text of a document as plain text per part, for a person to
 * compare: rich text by its words and lists (lexicalToText), a list field
 * one row per line with its fields separated by " – ".
 */
export function standardTextSnapshot(
  parts: readonly StandardTextPart[],
  doc: StandardTextSource,
): StandardTextSnapshotPart[] {
  return parts.map((part) => {
    const value = doc[part.name]
    let text: string
    if (part.kind === 'richText') text = value ? plain(lexicalToText(value)) : ''
    else if (part.kind === 'rows') {
      const rows: unknown[] = Array.isArray(value) ? value : []
      text = rows
        .map((row) =>
          part.rowFields
            .map((field) => plain(row && typeof row === 'object' ? (row as StandardTextSource)[field] : undefined))
            .filter((cell) => cell !== '')
            .join(' – '),
        )
        .filter((line) => line !== '')
        .join('\n')
    } else text = plain(value)
    return { name: part.name, label: part.label ?? part.name, text }
  })
}

/** Keeps `standardTextVersion` in step with the standard text on every save (drafts too). */
export const setStandardTextVersion =
  (parts: readonly StandardTextPart[]): CollectionBeforeChangeHook =>
  ({ data }) => {
    data[STANDARD_TEXT_VERSION_FIELD] = standardTextVersionOf(parts, data)
    return data
  }
