/**
 * The public shape of every content type in the snapshot: one zod schema per
 * type (one item), the collection it comes from, and the snapshot manifest.
 */
import { z } from 'zod'
import { contactPersonSchema } from './contactPerson.ts'
import { departmentSchema } from './department.ts'
import { easyLanguageTextSchema } from './easyLanguageText.ts'
import { glossaryTermSchema } from './glossaryTerm.ts'
import { locationSchema } from './location.ts'
import { pageSchema } from './page.ts'
import { regionSchema } from './region.ts'
import { serviceSchema } from './service.ts'
import { topicSchema } from './topic.ts'
import { videoTutorialSchema } from './videoTutorial.ts'

export * from './common.ts'
export * from './contactPerson.ts'
export * from './department.ts'
export * from './easyLanguageText.ts'
export * from './glossaryTerm.ts'
export * from './location.ts'
export * from './page.ts'
export * from './region.ts'
export * from './service.ts'
export * from './topic.ts'
export * from './videoTutorial.ts'

/** Version of the public shape; raised on every incompatible change. */
export const SCHEMA_VERSION = 1

/** Item schema per public type. The snapshot holds `<type>.json`, an array of such items. */
export const schemas = {
  service: serviceSchema,
  easyLanguageText: easyLanguageTextSchema,
  glossaryTerm: glossaryTermSchema,
  contactPerson: contactPersonSchema,
  location: locationSchema,
  videoTutorial: videoTutorialSchema,
  page: pageSchema,
  topic: topicSchema,
  department: departmentSchema,
  region: regionSchema,
} as const

export type PublicType = keyof typeof schemas

/** All public types, in snapshot order. */
export const publicTypes = Object.keys(schemas) as PublicType[]

/** The public item type of a content type, e.g. PublicItem<'service'>. */
export type PublicItem<T extends PublicType> = z.infer<(typeof schemas)[T]>

/** The CMS collection each public type is read from. */
export const collectionOf = {
  service: 'services',
  easyLanguageText: 'easy-language-texts',
  glossaryTerm: 'glossary-terms',
  contactPerson: 'contact-persons',
  location: 'locations',
  videoTutorial: 'video-tutorials',
  page: 'pages',
  topic: 'topics',
  department: 'departments',
  region: 'regions',
} as const satisfies Record<PublicType, string>

export type PublicCollection = (typeof collectionOf)[PublicType]

/** manifest.json of a snapshot. */
export const manifestSchema = z
  .strictObject({
    /** When the snapshot was written. */
    generatedAt: z.iso.datetime(),
    /** Version of the public shape (see SCHEMA_VERSION). */
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** Number of items per type. */
    counts: z.strictObject(
      Object.fromEntries(publicTypes.map((type) => [type, z.number().int().nonnegative()])) as Record<
        PublicType,
        z.ZodNumber
      >,
    ),
  })
  .meta({ title: 'Snapshot manifest', description: 'manifest.json of a Lotse snapshot.' })

export type Manifest = z.infer<typeof manifestSchema>
