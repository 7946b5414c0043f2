import { createHash } from 'node:crypto'
import type { CollectionBeforeChangeHook } from 'payload'
import { lexicalToText } from '../../../cms/export/richtext.ts'
import type { Service } from '../../../cms/payload-types.ts'

/** The fields that make up a service's standard text, which its Leichte-Sprache text retells. */
export const standardTextFields = [
  'name',
  'teaser',
  'description',
  'audience',
  'requirements',
  'documents',
  'costs',
  'deadlines',
  'processingTime',
  'procedure',
] as const satisfies readonly (keyof Service)[]

const richTextFields = new Set<string>(['description', 'requirements', 'procedure'])

const plain = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '')

/**
 * A short fingerprint of a service's standard text. Rich text counts by its
 * words (lexicalToText), not its stored editor state, and list rows without
 * their ids, so re-saving or re-formatting the same text keeps the version.
 */
export function standardTextVersionOf(service: Partial<Record<(typeof standardTextFields)[number], unknown>>): string {
  const parts = standardTextFields.map((field) => {
    const value = service[field]
    if (richTextFields.has(field)) return value ? plain(lexicalToText(value)) : ''
    if (field === 'documents') {
      return (Array.isArray(value) ? value : []).map((row: { name?: unknown; note?: unknown }) => [
        plain(row?.name),
        plain(row?.note),
      ])
    }
    return plain(value)
  })
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16)
}

/** Keeps `standardTextVersion` in step with the standard text on every save (drafts too). */
export const setStandardTextVersion: CollectionBeforeChangeHook<Service> = ({ data }) => {
  data.standardTextVersion = standardTextVersionOf(data)
  return data
}
