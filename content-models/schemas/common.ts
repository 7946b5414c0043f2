/**
 * Building blocks shared by the public schemas. The patterns are the ones the
 * CMS validators use (content-models/patterns.ts), so that everything the CMS
 * accepts also passes here; the snapshot must never be stricter than the editor form.
 */
import { z } from 'zod'
import { EMAIL_PATTERN, HTTP_URL_PATTERN, PHONE_PATTERN, SLUG_PATTERN } from '../patterns.ts'

/** German message when a value is missing; other problems use zod's German locale (see export.ts). */
const whenMissing = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? message : undefined
const missing = (what: string) => whenMissing(`${what} fehlt`)

/** Public id: the CMS id as a string (number in SQLite/PostgreSQL, ObjectId in MongoDB). */
export const idSchema = z.string({ error: missing('Id') }).min(1)

/** Reference to another published item, by id. */
export const refSchema = z
  .string({ error: whenMissing('Verweis fehlt oder zeigt auf einen nicht veröffentlichten Eintrag') })
  .min(1)

/** List of references to other published items; unpublished ones are left out by the mapping. */
export const refListSchema = z.array(refSchema).default([])

/** The part of a page's address that names it. */
export const slugSchema = z
  .string({ error: missing('Kurzadresse (Slug)') })
  .regex(SLUG_PATTERN, 'Kurzadresse: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche')

/** Date and time in ISO 8601, UTC (e.g. 2026-01-20T09:30:00.000Z). */
export const dateTimeSchema = z.iso.datetime({ error: 'Datum im ISO-Format (UTC) erwartet' })

/** A text that must not be empty. */
export const requiredText = (what: string) => z.string({ error: missing(what) }).min(1, `${what} ist leer`)

/** Phone number in the format the CMS accepts. */
export const phoneSchema = z.string().regex(PHONE_PATTERN, 'ungültige Telefonnummer')

/** E-mail address in the format the CMS accepts. */
export const emailSchema = z.string().regex(EMAIL_PATTERN, 'ungültige E-Mail-Adresse')

/** Absolute http(s) address, as the CMS requires for links to forms and laws. */
export const httpUrlSchema = z.string().regex(HTTP_URL_PATTERN, 'vollständige Web-Adresse (https://…) erwartet')

/** Rich text as the site uses it. */
export const richTextSchema = z.strictObject({
  /** Sanitised HTML (p, h2–h4, ul/ol/li, blockquote, strong, em, br, a with http(s)/mailto/tel), made by the CMS when it exports. */
  html: z.string(),
  /** The same content as plain text (blocks separated by a blank line, list items as "- " lines); not escaped. */
  text: z.string(),
})

/** WGS84 coordinates in decimal degrees. */
export const coordinatesSchema = z.strictObject({
  /** Latitude, −90 … 90. */
  lat: z.number().min(-90).max(90),
  /** Longitude, −180 … 180. */
  lon: z.number().min(-180).max(180),
})

/** An image from the media collection. */
export const imageSchema = z.strictObject({
  /** Id of the media item. */
  id: idSchema,
  /** Public address of the original file: /media/<filename>. */
  url: z.string().regex(/^\/media\/[^/\\]+$/),
  /** Alternative text (required in the CMS). */
  alt: z.string(),
  /** Width in pixels, when known. */
  width: z.number().int().positive().optional(),
  /** Height in pixels, when known. */
  height: z.number().int().positive().optional(),
  /** MIME type of the file, when known. */
  mimeType: z.string().optional(),
})

export type RichText = z.infer<typeof richTextSchema>
export type Coordinates = z.infer<typeof coordinatesSchema>
export type Image = z.infer<typeof imageSchema>
