import { z } from 'zod'
import { dateTimeSchema, emailSchema, idSchema, phoneSchema, requiredText, slugSchema } from './common.ts'

/**
 * A department (Dezernat), the owner of content. Departments have no drafts:
 * all are public.
 *
 * Left out on purpose: createdAt.
 */
export const departmentSchema = z
  .strictObject({
    /** CMS id as a string. */
    id: idSchema,
    /** Part of the address, unique among departments. */
    slug: slugSchema,
    /** Name. */
    name: requiredText('Name'),
    /** Short name, if any. */
    shortName: z.string().optional(),
    /** Description, plain text. */
    description: z.string().optional(),
    /** Central e-mail address. */
    email: emailSchema.optional(),
    /** Central phone number. */
    phone: phoneSchema.optional(),
    /** Last change. */
    updatedAt: dateTimeSchema,
  })
  .meta({ title: 'Department', description: 'A department (Dezernat) in the Lotse snapshot.' })

export type Department = z.infer<typeof departmentSchema>
