/**
 * Limits on public submissions that no client can evade by changing its
 * address, counted in the database (so they hold across several CMS
 * processes): what one appointment slot, one appointment offer and the
 * "Barriere melden" form may take in a day. The per-client limits of
 * rateLimit.ts come first; these catch many clients acting together.
 */
import type { Payload } from 'payload'
import { PublicEndpointError } from './publicEndpoint.ts'
import { settings } from '../../config.ts'

const DAY = 86_400_000

/** Bookings (cancelled ones included) one slot may have: book, cancel, book again, then no more. */
export const BOOKINGS_PER_SLOT = 3

/** New bookings per appointment offer (availability) and 24 hours (LOTSE_BOOKINGS_PER_DAY, default 100). */
export const bookingsPerDay = () => settings.LOTSE_BOOKINGS_PER_DAY

/** "Barriere melden" reports per 24 hours, from everyone together (LOTSE_FEEDBACK_PER_DAY, default 500). */
export const feedbackPerDay = () => settings.LOTSE_FEEDBACK_PER_DAY

/** Reports about one page per 24 hours. */
export const FEEDBACK_PER_PAGE_PER_DAY = 20

function refuse(message: string): PublicEndpointError {
  return new PublicEndpointError(429, message, [], { 'Retry-After': '3600' })
}

/** Throws 429 when the slot or the appointment offer has taken as many bookings as it may. */
export async function checkBookingLimits(
  payload: Payload,
  availability: number | string,
  start: string,
  now = new Date(),
): Promise<void> {
  const slot = await payload.count({
    collection: 'bookings',
    where: { and: [{ availability: { equals: availability } }, { start: { equals: start } }] },
    overrideAccess: true,
  })
  if (slot.totalDocs >= BOOKINGS_PER_SLOT)
    throw refuse('Dieser Termin kann online nicht mehr gebucht werden. Bitte wählen Sie einen anderen Termin.')
  const today = await payload.count({
    collection: 'bookings',
    where: {
      and: [
        { availability: { equals: availability } },
        { createdAt: { greater_than: new Date(now.getTime() - DAY).toISOString() } },
      ],
    },
    overrideAccess: true,
  })
  if (today.totalDocs >= bookingsPerDay())
    throw refuse(
      'Für dieses Angebot sind heute sehr viele Termine gebucht worden. Bitte versuchen Sie es morgen wieder oder rufen Sie uns an.',
    )
}

/** Throws 429 when the form has taken as many reports in 24 hours as it may (overall, or for this page). */
export async function checkFeedbackLimits(payload: Payload, pageUrl: string, now = new Date()): Promise<void> {
  const since = { receivedAt: { greater_than: new Date(now.getTime() - DAY).toISOString() } }
  const page = await payload.count({
    collection: 'feedback',
    where: { and: [since, { pageUrl: { equals: pageUrl } }] },
    overrideAccess: true,
  })
  const all = await payload.count({ collection: 'feedback', where: since, overrideAccess: true })
  if (page.totalDocs >= FEEDBACK_PER_PAGE_PER_DAY || all.totalDocs >= feedbackPerDay())
    throw refuse(
      'Zu dieser Seite sind heute schon sehr viele Meldungen eingegangen. Bitte versuchen Sie es morgen wieder oder schreiben Sie uns eine E-Mail.',
    )
}
