/**
 * The shapes of the open-data files that are not plain lists of public items:
 * the index, the single-service document (what the embeddable card reads) and
 * the change feed. zod is the source of truth; the JSON Schemas in
 * /api/v1/schema/ are generated from these at build time, next to the item
 * schemas of content-models/.
 */
import { z } from 'zod'
import { HTTP_URL_PATTERN } from '../../content-models/patterns.ts'
import {
  dateTimeSchema,
  emailSchema,
  idSchema,
  phoneSchema,
  serviceSchema,
  slugSchema,
  type PublicType,
} from '../../content-models/schemas/index.ts'

/** The public types published as open data, with their list file under /api/v1/. */
export const openDataTypes = {
  service: 'services.json',
  easyLanguageText: 'easy-language-texts.json',
  contactPerson: 'contact-persons.json',
  location: 'locations.json',
  topic: 'topics.json',
  department: 'departments.json',
  videoTutorial: 'videos.json',
  region: 'regions.json',
} as const satisfies Partial<Record<PublicType, string>>

export type OpenDataType = keyof typeof openDataTypes

export const openDataTypeList = Object.keys(openDataTypes) as OpenDataType[]

const openDataType = z.enum(openDataTypeList as [OpenDataType, ...OpenDataType[]])

/** A site-absolute path, e.g. /api/v1/services.json. */
const sitePath = z.string().regex(/^\/[^\s]*$/)
/** An absolute http(s) address. */
const absoluteUrl = z.string().regex(HTTP_URL_PATTERN)

const linked = {
  /** Address of the page on the public site. */
  url: absoluteUrl,
}

/** /api/v1/services/<slug>.json (and services/id/<id>.json): one service with what a page or card needs to show it. */
export const serviceDocumentSchema = z
  .strictObject({
    /** The service in its public shape (service.schema.json). */
    service: serviceSchema,
    /** Address of the service's page on the public site. */
    url: absoluteUrl,
    /** The Leichte-Sprache version, when one is published. */
    easyLanguage: z
      .strictObject({
        /** Id of the Leichte-Sprache text. */
        id: idSchema,
        /** Slug of the Leichte-Sprache text. */
        slug: slugSchema,
        /** Title in Leichte Sprache. */
        title: z.string().min(1),
        ...linked,
      })
      .optional(),
    /** The owning department. */
    department: z.strictObject({
      /** Id of the department. */
      id: idSchema,
      /** Slug of the department. */
      slug: slugSchema,
      /** Name of the department. */
      name: z.string().min(1),
      ...linked,
    }),
    /** The responsible contact persons, in the order of the service; a name only with recorded consent. */
    contacts: z.array(
      z.strictObject({
        /** Id of the contact person. */
        id: idSchema,
        /** Slug of the contact person. */
        slug: slugSchema,
        /** Function or role title. */
        function: z.string().min(1),
        /** Name; only present with recorded consent. */
        name: z.string().min(1).optional(),
        /** Phone number as written by the editors. */
        phone: phoneSchema,
        /** Phone number as a tel: address. */
        tel: z.string().regex(/^tel:\+?[0-9]+$/),
        /** E-mail address. */
        email: emailSchema,
        /** Counselling in German Sign Language. */
        dgs: z.boolean(),
        /** Counselling in Leichte Sprache. */
        easyLanguage: z.boolean(),
        ...linked,
      }),
    ),
    /** The locations where the service is offered. */
    locations: z.array(
      z.strictObject({
        /** Id of the location. */
        id: idSchema,
        /** Slug of the location. */
        slug: slugSchema,
        /** Name of the location. */
        name: z.string().min(1),
        /** Town or city. */
        city: z.string().min(1),
        ...linked,
      }),
    ),
  })
  .meta({
    title: 'Service document',
    description: 'One service with its page address, Leichte-Sprache version, department, contacts and locations.',
  })

export type ServiceDocument = z.infer<typeof serviceDocumentSchema>

/** One item in a change-feed entry. */
export const changeItemSchema = z.strictObject({
  /** Public type, e.g. "service". */
  type: openDataType,
  /** Stable id (the CMS id; never reused for another item). */
  id: idSchema,
  /** Slug at the time of the change (for removed items: the last one). */
  slug: slugSchema,
  /** Last change of the item (for removed items: of its last published version). */
  updatedAt: dateTimeSchema.optional(),
})

export type ChangeItem = z.infer<typeof changeItemSchema>

/** One release in the change feed. */
export const changeEntrySchema = z.strictObject({
  /** Release id. */
  release: z.string().min(1),
  /** When the release was built. */
  builtAt: dateTimeSchema,
  /** The release this one was compared with; null when there was none (everything is "added"). */
  previousRelease: z.string().min(1).nullable(),
  /** Items new in this release. */
  added: z.array(changeItemSchema),
  /** Items whose public content differs from the previous release. */
  changed: z.array(changeItemSchema),
  /** Items no longer published. */
  removed: z.array(changeItemSchema),
})

export type ChangeEntry = z.infer<typeof changeEntrySchema>

/** /api/v1/changes.json: the change feed, newest release first. */
export const changeFeedSchema = z
  .strictObject({
    /** The release this file belongs to. */
    release: z.string().min(1),
    /** When that release was built. */
    builtAt: dateTimeSchema,
    /** How many entries the feed keeps at most; older releases drop out. */
    maxEntries: z.number().int().positive(),
    /** One entry per release that changed something, newest first. Releases without changes add no entry. */
    entries: z.array(changeEntrySchema),
  })
  .meta({
    title: 'Change feed',
    description: 'What was added, changed or removed in each of the recent releases, newest first.',
  })

export type ChangeFeed = z.infer<typeof changeFeedSchema>

/** /api/v1/index.json: what the release offers. */
export const openDataIndexSchema = z
  .strictObject({
    /** Release id. */
    release: z.string().min(1),
    /** When the release was built. */
    builtAt: dateTimeSchema,
    /** Version of the public shape (raised on incompatible changes). */
    schemaVersion: z.number().int().positive(),
    /** Address of the public site. */
    siteUrl: absoluteUrl,
    /** Licence of the data. */
    license: z.strictObject({
      /** Short id. */
      id: z.string().min(1),
      /** Name. */
      name: z.string().min(1),
      /** Licence text. */
      url: absoluteUrl,
    }),
    /** The list files, one per type. */
    datasets: z.array(
      z.strictObject({
        /** Public type. */
        type: openDataType,
        /** Site-absolute path of the list file. */
        path: sitePath,
        /** Absolute address of the list file. */
        url: absoluteUrl,
        /** Site-absolute path of the JSON Schema of one item. */
        schema: sitePath,
        /** Number of items. */
        count: z.number().int().nonnegative(),
        /** Latest updatedAt among the items, if any. */
        updatedAt: dateTimeSchema.optional(),
      }),
    ),
    /** Further outputs of the release. */
    links: z.strictObject({
      /** The change feed. */
      changes: sitePath,
      /** OpenAPI 3.1 description. */
      openapi: sitePath,
      /** Folder of the JSON Schemas. */
      schemas: sitePath,
      /** One service: replace {slug}. */
      service: sitePath,
      /** One service by its stable id: replace {id}. */
      serviceById: sitePath,
      /** The HSDS 3.0 export. */
      hsds: sitePath,
      /** The embeddable service card. */
      embed: sitePath,
      /** Documentation for partners. */
      documentation: sitePath,
    }),
  })
  .meta({ title: 'Open data index', description: 'What a Lotse release publishes as open data.' })

export type OpenDataIndex = z.infer<typeof openDataIndexSchema>
