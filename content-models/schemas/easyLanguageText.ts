import { z } from 'zod'
import { dateTimeSchema, idSchema, imageSchema, refSchema, requiredText, slugSchema } from './common.ts'

/**
 * The Leichte-Sprache companion of a service or page.
 *
 * Left out on purpose: review.remarks (internal notes of the reader panel),
 * review.sourceVersion and stale (internal bookkeeping for staleness), the
 * checker's counts (lsErrors, lsWarnings) and the reviewers' overrides with
 * their reasons (editorial records), _status, createdAt.
 */
export const easyLanguageTextSchema = z
  .strictObject({
    /** CMS id as a string. */
    id: idSchema,
    /** Part of the address, unique among Leichte-Sprache texts. */
    slug: slugSchema,
    /** Title in Leichte Sprache. */
    title: requiredText('Titel'),
    /** Id of the published service this text explains, if any. */
    service: refSchema.optional(),
    /** Id of the published page this text explains, if any. */
    page: refSchema.optional(),
    /**
     * The text, one sentence per line (trimmed, empty lines removed). A line
     * starting "## " is a sub-heading; lines starting "1. ", "2. " … are
     * numbered steps.
     */
    lines: z.array(z.string().min(1)).min(1, 'Der Text ist leer'),
    /** Pictures, each beside the line it explains. */
    pictures: z
      .array(
        z.strictObject({
          /** The picture (with its alternative text). */
          image: imageSchema,
          /** Index in `lines` of the sentence the picture explains. */
          line: z.number().int().nonnegative(),
        }),
      )
      .default([]),
    /** Glossary (Wörterbuch) of difficult words. */
    glossary: z
      .array(
        z.strictObject({
          /** The word. */
          term: requiredText('Begriff'),
          /** Its explanation in Leichte Sprache. */
          explanation: requiredText('Erklärung'),
        }),
      )
      .default([]),
    /** Review by a target-group reader panel; present once a review is recorded. */
    review: z
      .strictObject({
        /** When the text was reviewed. */
        reviewedAt: dateTimeSchema,
        /** Who reviewed it (reader panel or person, as recorded by the reviewer). */
        reviewedBy: z.string().optional(),
      })
      .optional(),
    /** Id of the owning department. */
    department: refSchema,
    /** Last change of the published version. */
    updatedAt: dateTimeSchema,
  })
  .meta({ title: 'Easy-language text', description: 'A published text in Leichte Sprache in the Lotse snapshot.' })

export type EasyLanguageText = z.infer<typeof easyLanguageTextSchema>
