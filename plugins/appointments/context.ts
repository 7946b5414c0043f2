/**
 * What a booking is for (a bookable service, a bookable location or a contact
 * person, by slug), the appointment offers behind it and their free slots as
 * the citizen sees them. Used by the endpoints; the pages take its types only.
 */
import type { Payload, Where } from 'payload'
import { z } from 'zod'
import { SLUG_PATTERN } from '../../content-models/patterns.ts'
import type { Availability } from '../../cms/payload-types.ts'
import { formatSlot, freeSlots, slotKey, type Slot } from './bookings.ts'

const slug = z.string().trim().regex(SLUG_PATTERN).max(120)

/** What a booking is for: one of a bookable service, a bookable location or a contact person, by slug. */
export const targetSchema = z.object({
  service: slug.optional().or(z.literal('').transform(() => undefined)),
  location: slug.optional().or(z.literal('').transform(() => undefined)),
  contact: slug.optional().or(z.literal('').transform(() => undefined)),
})
export type BookingTarget = z.infer<typeof targetSchema>

export interface BookingContext {
  /** What is being booked, for headings ("Persönliches Budget"). */
  title: string
  target: BookingTarget
  availabilities: Availability[]
  serviceId?: number | string
}

/** The availabilities behind a target, if it is published and bookable; null when unknown. */
export async function bookingContext(payload: Payload, target: BookingTarget): Promise<BookingContext | null> {
  const base = { overrideAccess: true, depth: 0, limit: 1 } as const
  const published: Where = { _status: { equals: 'published' } }
  let where: Where
  let title: string
  let serviceId: number | string | undefined
  if (target.service) {
    const { docs } = await payload.find({
      ...base,
      collection: 'services',
      where: { and: [published, { slug: { equals: target.service } }, { bookable: { equals: true } }] },
    })
    if (!docs[0]) return null
    title = docs[0].name
    serviceId = docs[0].id
    where = { services: { in: [docs[0].id] } }
  } else if (target.location) {
    const { docs } = await payload.find({
      ...base,
      collection: 'locations',
      where: { and: [published, { slug: { equals: target.location } }, { bookable: { equals: true } }] },
    })
    if (!docs[0]) return null
    title = docs[0].name
    where = { location: { equals: docs[0].id } }
  } else if (target.contact) {
    const { docs } = await payload.find({
      ...base,
      collection: 'contact-persons',
      where: { and: [published, { slug: { equals: target.contact } }] },
    })
    if (!docs[0]) return null
    title = docs[0].function
    where = { contactPerson: { equals: docs[0].id } }
  } else return null
  const found = await payload.find({
    collection: 'availability',
    where,
    pagination: false,
    depth: 1,
    overrideAccess: true,
  })
  return { title, target, availabilities: found.docs, serviceId }
}

/** Where an availability's appointments take place, for the citizen. */
export function placeOf(availability: Availability): string {
  const location = typeof availability.location === 'object' ? availability.location : null
  const contact = typeof availability.contactPerson === 'object' ? availability.contactPerson : null
  if (location)
    return `${location.name}, ${location.address?.street ?? ''}, ${location.address?.postalCode ?? ''} ${location.address?.city ?? ''}`
      .replace(/, *,/g, ',')
      .trim()
  if (contact) return contact.function
  return availability.title
}

export interface PublicSlot extends Slot {
  label: string
  place: string
  value: string
}

/** The free slots of a context, with their label, place and form value. */
export async function publicSlots(payload: Payload, context: BookingContext): Promise<PublicSlot[]> {
  const byId = new Map(context.availabilities.map((a) => [String(a.id), a]))
  return (await freeSlots(payload, context.availabilities)).map((s) => ({
    ...s,
    label: formatSlot(s.start, s.end),
    place: placeOf(byId.get(String(s.availability))!),
    value: slotKey(s.availability, s.start),
  }))
}
