import { z } from 'zod'
import { dateTimeSchema, idSchema, refSchema, requiredText, slugSchema } from './common.ts'

/**
 * An entry of the Wörterbuch: a difficult word or abbreviation, explained in
 * Leichte Sprache. The site links the term where it appears in Leichte-Sprache texts.
 *
 * Left out on purpose: _status, createdAt.
 */
export const glossaryTermSchema = z
  .strictObject({
    /** CMS id as a string. */
    id: idSchema,
    /** Part of the address, unique among Wörterbuch entries. */
    slug: slugSchema,
    /** The word or abbreviation as it appears in texts (long words with Mediopunkt, e.g. "Früh·förderung"). */
    term: requiredText('Begriff'),
    /** Its explanation in Leichte Sprache: one sentence per line, lines separated by "\n" (trimmed, empty lines removed). */
    explanation: requiredText('Erklärung'),
    /** Id of the owning department. */
    department: refSchema,
    /** Last change of the published version. */
    updatedAt: dateTimeSchema,
  })
  .meta({
    title: 'Glossary term',
    description: 'A published Wörterbuch entry (explained in Leichte Sprache) in the Lotse snapshot.',
  })

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>
