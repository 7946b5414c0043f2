import { z } from 'zod'
import { dateTimeSchema, idSchema, refSchema, requiredText, slugSchema } from './common.ts'

/**
 * A life situation (Lebenslage); topics form a small tree.
 *
 * Left out on purpose: _status, createdAt.
 */
export const topicSchema = z
  .strictObject({
    /** CMS id as a string. */
    id: idSchema,
    /** Part of the address, unique among topics. */
    slug: slugSchema,
    /** Title. */
    title: requiredText('Titel'),
    /** The title in Leichte Sprache, e.g. "Hilfe nach Gewalt", shown on Leichte-Sprache pages. */
    titleEasyLanguage: z.string().min(1).optional(),
    /** Description. */
    description: requiredText('Beschreibung'),
    /** Id of the published parent topic, if any. */
    parent: refSchema.optional(),
    /** Position among its siblings (ascending). */
    order: z.number().default(0),
    /** Last change of the published version. */
    updatedAt: dateTimeSchema,
  })
  .meta({ title: 'Topic', description: 'A published life situation (Lebenslage) in the Lotse snapshot.' })

export type Topic = z.infer<typeof topicSchema>
