import { z } from 'zod'
import { coordinatesSchema, dateTimeSchema, idSchema, refSchema, requiredText, slugSchema } from './common.ts'

/** Kinds of regions (same values as the CMS). */
export const regionKinds = ['kreis', 'kreisfreie-stadt', 'gemeinde'] as const

/**
 * A municipality of the Rheinland, or a Kreis. Regions have no drafts: all
 * are public.
 *
 * Left out on purpose: createdAt.
 */
export const regionSchema = z
  .strictObject({
    /** CMS id as a string. */
    id: idSchema,
    /** Part of the address, unique among regions. */
    slug: slugSchema,
    /** Official name. */
    name: requiredText('Name'),
    /** 'kreis' (Kreis or Städteregion), 'kreisfreie-stadt', or 'gemeinde' (town in a Kreis). */
    kind: z.enum(regionKinds),
    /** For a gemeinde: id of its Kreis. */
    kreis: refSchema.optional(),
    /** Five-digit key of the Kreis or kreisfreie Stadt, starting with 05. */
    kreisKey: z.string().regex(/^05\d{3}$/, 'Der Kreisschlüssel hat fünf Ziffern und beginnt mit 05'),
    /** Centroid (WGS84). */
    coordinates: coordinatesSchema,
    /** Last change. */
    updatedAt: dateTimeSchema,
  })
  .meta({ title: 'Region', description: 'A region (Kreis or municipality) in the Lotse snapshot.' })

export type Region = z.infer<typeof regionSchema>
