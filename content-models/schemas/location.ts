import { z } from 'zod'
import { TIME_PATTERN } from '../patterns.ts'
import {
  coordinatesSchema,
  dateTimeSchema,
  emailSchema,
  idSchema,
  phoneSchema,
  refListSchema,
  refSchema,
  requiredText,
  slugSchema,
} from './common.ts'

/** Weekdays of opening hours (same values as the CMS). */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

const time = z.string().regex(TIME_PATTERN, 'Uhrzeit im Format HH:MM erwartet')

/**
 * A counselling office or service point.
 *
 * Left out on purpose: the offeredServices join as stored (it does not know
 * about publication; `services` is computed from published services instead),
 * _status, createdAt.
 */
export const locationSchema = z
  .strictObject({
    /** CMS id as a string. */
    id: idSchema,
    /** Part of the address, unique among locations. */
    slug: slugSchema,
    /** Name of the office. */
    name: requiredText('Name'),
    /** Postal address. */
    address: z.strictObject({
      /** Street and house number. */
      street: requiredText('Straße'),
      /** Five-digit postal code. */
      postalCode: z.string().regex(/^\d{5}$/, 'fünfstellige Postleitzahl erwartet'),
      /** Town or city. */
      city: requiredText('Ort'),
    }),
    /** Position of the office (WGS84). */
    coordinates: coordinatesSchema,
    /** Id of the municipality (region) the office is in. */
    region: refSchema,
    /** Phone number. */
    phone: phoneSchema.optional(),
    /** E-mail address. */
    email: emailSchema.optional(),
    /** Opening hours: one entry per span; two entries on one day make a lunch break. */
    openingHours: z
      .array(
        z
          .strictObject({
            /** Weekday. */
            day: z.enum(weekdays),
            /** Opening time, HH:MM. */
            opens: time,
            /** Closing time, HH:MM, after `opens`. */
            closes: time,
            /** Note for this span, e.g. "nur nach Vereinbarung". */
            note: z.string().optional(),
          })
          .refine((span) => span.closes > span.opens, 'Die Schließzeit muss nach der Öffnungszeit liegen'),
      )
      .default([]),
    /** General note on the opening hours. */
    openingHoursNote: z.string().optional(),
    /** Accessibility features of the office. */
    accessibility: z.strictObject({
      /** Step-free entrance. */
      stepFree: z.boolean().default(false),
      /** Lift. */
      lift: z.boolean().default(false),
      /** Accessible toilet. */
      accessibleToilet: z.boolean().default(false),
      /** Induction hearing loop. */
      hearingLoop: z.boolean().default(false),
      /** Counselling in German Sign Language (DGS). */
      dgs: z.boolean().default(false),
      /** Counselling in Leichte Sprache. */
      easyLanguage: z.boolean().default(false),
      /** Disabled parking. */
      parking: z.boolean().default(false),
      /** Further notes on accessibility. */
      note: z.string().optional(),
    }),
    /** How to get there by bus and train. */
    publicTransport: z.string().optional(),
    /** Appointments can be booked online (the site shows the booking widget). */
    bookable: z.boolean().default(false),
    /** Ids of published services that list this location. */
    services: refListSchema,
    /** Ids of published contact persons who work here. */
    contactPersons: refListSchema,
    /** Id of the owning department. */
    department: refSchema,
    /** Last change of the published version. */
    updatedAt: dateTimeSchema,
  })
  .meta({ title: 'Location', description: 'A published counselling office (Standort) in the Lotse snapshot.' })

export type Location = z.infer<typeof locationSchema>
