import { z } from 'zod'
import {
  dateTimeSchema,
  emailSchema,
  idSchema,
  imageSchema,
  phoneSchema,
  refListSchema,
  refSchema,
  requiredText,
  slugSchema,
} from './common.ts'

/** Languages a contact person offers counselling in (ISO 639-1; same list as the CMS). */
export const languageCodes = ['de', 'en', 'tr', 'ar', 'ru', 'pl', 'uk', 'fr', 'it', 'es', 'el', 'fa', 'ku'] as const

const letter = z.string().regex(/^[A-Z]$/, 'einzelner Großbuchstabe A–Z erwartet')

/**
 * A contact person: a function always, a name and photo only when consent to
 * publication is given and recorded.
 *
 * Left out on purpose: the consent record itself (consent.given,
 * consent.recordedAt), _status, createdAt.
 */
export const contactPersonSchema = z
  .strictObject({
    /** CMS id as a string. */
    id: idSchema,
    /** Part of the address, unique among contact persons. */
    slug: slugSchema,
    /** Function or role title, e.g. "Fallmanagerin Eingliederungshilfe". */
    function: requiredText('Funktion'),
    /** The function in Leichte Sprache, e.g. "Sie berät Menschen aus Köln.", shown on Leichte-Sprache pages. */
    functionEasyLanguage: z.string().min(1).optional(),
    /** Name; only present with recorded consent. */
    name: z.string().min(1).optional(),
    /** Photo; only present with recorded consent. */
    photo: imageSchema.optional(),
    /** Phone number. */
    phone: phoneSchema,
    /** E-mail address. */
    email: emailSchema,
    /** Languages of counselling (ISO 639-1). */
    languages: z.array(z.enum(languageCodes)).default([]),
    /** Counselling in German Sign Language (DGS). */
    dgs: z.boolean().default(false),
    /** Counselling in Leichte Sprache. */
    easyLanguage: z.boolean().default(false),
    /** What and whom the person is responsible for. */
    responsibility: z.strictObject({
      /** Ids of published services. */
      services: refListSchema,
      /** Ids of published topics. */
      topics: refListSchema,
      /** Ids of regions; a Kreis covers all its municipalities; empty means the whole Rheinland. */
      regions: refListSchema,
      /** Range of applicants' surnames (first letter, inclusive), when a region is split. */
      surnameRange: z
        .strictObject({
          /** First letter of the range, A–Z. */
          from: letter,
          /** Last letter of the range, A–Z, not before `from`. */
          to: letter,
        })
        .refine((range) => range.from <= range.to, 'Der Bereich muss von A nach Z laufen')
        .optional(),
    }),
    /** Id of the published location where the person works. */
    location: refSchema.optional(),
    /** Id of the owning department. */
    department: refSchema,
    /** Last change of the published version. */
    updatedAt: dateTimeSchema,
  })
  .meta({ title: 'Contact person', description: 'A published contact person (Ansprechperson) in the Lotse snapshot.' })

export type ContactPerson = z.infer<typeof contactPersonSchema>
