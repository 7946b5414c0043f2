import { z } from 'zod'
import { dateTimeSchema, idSchema, refSchema, requiredText, richTextSchema, slugSchema } from './common.ts'

/** Kinds of editorial pages (same values as the CMS). */
export const pageKinds = [
  'start',
  'accessibility',
  'easy-language-info',
  'dgs-info',
  'imprint',
  'privacy',
  'other',
] as const

/**
 * An editorial page: start page, accessibility statement, BITV § 4
 * explanations, imprint, privacy, others.
 *
 * Left out on purpose: _status, createdAt.
 */
export const pageSchema = z
  .strictObject({
    /** CMS id as a string. */
    id: idSchema,
    /** Part of the address, unique among pages. */
    slug: slugSchema,
    /** Title. */
    title: requiredText('Titel'),
    /** Kind of page. */
    kind: z.enum(pageKinds).default('other'),
    /** Short summary for lists and search results, at most 300 characters. */
    summary: requiredText('Zusammenfassung').max(300),
    /** Content. */
    content: richTextSchema,
    /** Id of a published video shown on the page, if any. */
    video: refSchema.optional(),
    /** Id of the owning department. */
    department: refSchema,
    /** Last change of the published version. */
    updatedAt: dateTimeSchema,
  })
  .meta({ title: 'Page', description: 'A published editorial page (Seite) in the Lotse snapshot.' })

export type Page = z.infer<typeof pageSchema>
