import { z } from 'zod'
import {
  dateTimeSchema,
  httpUrlSchema,
  idSchema,
  refListSchema,
  refSchema,
  requiredText,
  richTextSchema,
  slugSchema,
} from './common.ts'

/**
 * A service (Leistung), modelled on the FIM/XZuFi service description.
 *
 * Left out on purpose: approval.approvedBy (free text that may name a person,
 * with no consent record; the date of the approval is public), _status (only
 * published items are exported), createdAt (internal).
 */
export const serviceSchema = z
  .strictObject({
    /** CMS id as a string. */
    id: idSchema,
    /** Part of the address, unique among services. */
    slug: slugSchema,
    /** Name of the service (Bezeichnung). */
    name: requiredText('Bezeichnung'),
    /** The name in Leichte Sprache, e.g. "Hilfe in Ihrer eigenen Wohnung", shown on Leichte-Sprache pages. */
    nameEasyLanguage: z.string().min(1).optional(),
    /** Short text, at most 300 characters (Kurztext). */
    teaser: requiredText('Kurztext').max(300),
    /** Full description (Volltext). */
    description: richTextSchema,
    /** Who the service is for (Zielgruppe). */
    audience: z.string().optional(),
    /** Requirements (Voraussetzungen). */
    requirements: richTextSchema.optional(),
    /** Required documents (Erforderliche Unterlagen). */
    documents: z
      .array(
        z.strictObject({
          /** Name of the document. */
          name: requiredText('Unterlage'),
          /** Note on the document. */
          note: z.string().optional(),
        }),
      )
      .default([]),
    /** Costs (Kosten), plain text. */
    costs: z.string().optional(),
    /** Deadlines (Fristen), plain text. */
    deadlines: z.string().optional(),
    /** Processing time (Bearbeitungsdauer). */
    processingTime: z.string().optional(),
    /** Procedure (Verfahrensablauf). */
    procedure: richTextSchema.optional(),
    /** Legal basis (Rechtsgrundlagen). */
    legalBasis: z
      .array(
        z.strictObject({
          /** Title of the law or paragraph, e.g. "§ 106 SGB IX". */
          title: requiredText('Rechtsgrundlage'),
          /** Link to the text of the law. */
          url: httpUrlSchema.optional(),
        }),
      )
      .default([]),
    /** Forms and online services (Formulare und Online-Dienste). */
    forms: z
      .array(
        z.strictObject({
          /** Title of the form or online service. */
          title: requiredText('Formular'),
          /** Address of the form or online service. */
          url: httpUrlSchema,
          /** 'form' (PDF or paper) or 'online' (online service). */
          kind: z.enum(['form', 'online']).default('form'),
        }),
      )
      .default([]),
    /** Ids of published topics (Lebenslagen). */
    topics: refListSchema,
    /** Ids of published contact persons. */
    contactPersons: refListSchema,
    /** Ids of published locations where the service is offered. */
    locations: refListSchema,
    /** Ids of published related services. */
    relatedServices: refListSchema,
    /** Appointments can be booked online (the site shows the booking widget). */
    bookable: z.boolean().default(false),
    /** 14-digit key of the Leistungskatalog (LeiKa), when known. */
    leikaKey: z
      .string()
      .regex(/^\d{14}$/, 'Der LeiKa-Schlüssel hat genau 14 Ziffern')
      .optional(),
    /** Id of the owning department. */
    department: refSchema,
    /** When the subject-matter approval (fachliche Freigabe) was given. */
    approvedAt: dateTimeSchema.optional(),
    /** Last change of the published version. */
    updatedAt: dateTimeSchema,
  })
  .meta({ title: 'Service', description: 'A published service (Leistung) in the Lotse snapshot.' })

export type Service = z.infer<typeof serviceSchema>
