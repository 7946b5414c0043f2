/**
 * Public appointment booking. JSON for the site's booking widget, and
 * CMS-served HTML pages for the same flow without JavaScript (slots change
 * with every booking, so they cannot live in the static site):
 *
 *   GET  /api/slots?service=|location=|contact=<slug>   free slots (JSON)
 *   GET  /api/bookings/termin?service=…                  booking form (HTML)
 *   POST /api/bookings                                   book (201 JSON, or 303 to the confirmation)
 *   GET  /api/bookings/bestaetigung?token=…              confirmation with the cancellation link (HTML)
 *   GET  /api/bookings/absagen?token=…                   asks before cancelling (HTML)
 *   POST /api/bookings/cancel                            cancel with the token (JSON, or 303)
 *
 * The pages are React components rendered on the server (pages/), so
 * whatever a visitor sent or an editor wrote appears in them as text.
 */
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { z } from 'zod'
import { PHONE_PATTERN } from '../../content-models/patterns.ts'
import type { Booking } from '../../cms/payload-types.ts'
import { formatSlot, hashToken, newCancelToken, offeredSlots, slotKey } from './bookings.ts'
import {
  type BookingContext,
  type BookingTarget,
  bookingContext,
  placeOf,
  publicSlots,
  targetSchema,
} from './context.ts'
import {
  pageStylesSource,
  renderBookingForm,
  renderCancelled,
  renderCancelPage,
  renderConfirmation,
  renderMessage,
} from './pages/render.tsx'
import {
  type FieldError,
  PublicEndpointError,
  cmsUrl,
  corsHeaders,
  guardGet,
  guardPost,
  json,
  logFailure,
  plainText,
  preflight,
  redirect,
  wantsHtml,
} from '../../cms/lib/publicEndpoint.ts'
import { checkBookingLimits } from '../../cms/lib/dailyLimits.ts'
import { RateLimiter } from '../../cms/lib/rateLimit.ts'
import { bookingTexts, EASY_PARAM, variantOf, withVariant, type BookingVariant } from './texts.ts'

/** Bookings and cancellations per client and hour. */
export const bookingLimiter = new RateLimiter({ limit: 10, windowMs: 60 * 60_000 })
/** Slot lists and booking pages per client and minute. */
export const slotLimiter = new RateLimiter({ limit: 60, windowMs: 60_000 })

export const TAKEN_MESSAGE = 'Dieser Termin ist leider schon vergeben. Bitte wählen Sie einen anderen Termin.'

const messages: Record<string, string> = {
  slot: 'Bitte wählen Sie einen freien Termin aus.',
  name: 'Bitte geben Sie Ihren Namen an (höchstens 200 Zeichen).',
  email: 'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.',
  phone: 'Bitte geben Sie eine gültige Telefonnummer an, zum Beispiel 0221 9999 123.',
  contact: 'Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an, damit wir Sie erreichen können.',
  note: 'Ihr Anliegen darf höchstens 1000 Zeichen lang sein.',
  service: 'Die Leistung ist nicht bekannt.',
  location: 'Der Standort ist nicht bekannt.',
}

export const bookingSchema = targetSchema.extend({
  slot: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{1,32}@\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/i),
  name: plainText(200).pipe(z.string().min(2)),
  email: z
    .union([z.literal(''), z.email().max(254)])
    .optional()
    .default(''),
  phone: z
    .string()
    .trim()
    .refine((value) => value === '' || PHONE_PATTERN.test(value))
    .optional()
    .default(''),
  note: plainText(1000).optional().default(''),
  /** "leicht": the pages of the flow in Leichte Sprache. */
  [EASY_PARAM]: z.string().max(20).optional(),
})

/** E-mail or phone, and what is booked: checked on the raw input, next to the field errors. */
function bookingCrossCheck(body: Record<string, unknown>): FieldError[] {
  const filled = (v: unknown) => typeof v === 'string' && v.trim() !== ''
  const errors: FieldError[] = []
  if (!filled(body.email) && !filled(body.phone)) errors.push({ field: 'contact', message: messages.contact })
  if (!filled(body.service) && !filled(body.location) && !filled(body.contact))
    errors.push({ field: 'service', message: messages.service })
  return errors
}

const cancelSchema = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,64}$/),
  [EASY_PARAM]: z.string().max(20).optional(),
})

/** Leichte Sprache when the address asks for it (?sprache=leicht). */
function variantFromQuery(req: PayloadRequest): BookingVariant {
  return variantOf(new URL(req.url ?? '', 'http://x').searchParams.get(EASY_PARAM))
}

function targetFromQuery(req: PayloadRequest): BookingTarget {
  const q = new URL(req.url ?? '', 'http://x').searchParams
  const parsed = targetSchema.safeParse({
    service: q.get('service') ?? undefined,
    location: q.get('location') ?? undefined,
    contact: q.get('contact') ?? undefined,
  })
  if (!parsed.success)
    throw new PublicEndpointError(400, 'Die Adresse ist unvollständig.', [
      { field: 'service', message: messages.service },
    ])
  return parsed.data
}

function tokenFromQuery(req: PayloadRequest): string | null {
  const token = new URL(req.url ?? '', 'http://x').searchParams.get('token') ?? ''
  return cancelSchema.safeParse({ token }).success ? token : null
}

function html(req: PayloadRequest, status: number, body: string): Response {
  const headers = corsHeaders(req)
  headers.set('Content-Type', 'text/html; charset=utf-8')
  headers.set('Cache-Control', 'no-store')
  // Not 'no-referrer': Chromium then sends "Origin: null" with the page's own form posts. Links
  // to the site are cross-origin, so the token in the address never leaves the CMS.
  headers.set('Referrer-Policy', 'same-origin')
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('X-Frame-Options', 'DENY')
  // The forms post to CMS_URL, which is this server seen from the citizen's browser. Styles: the pages' one
  // stylesheet by its hash; 'unsafe-inline' is for browsers before CSP level 2 only (a browser that knows
  // hashes ignores 'unsafe-inline' beside one). Images: the empty data: icon of pages/Page.tsx, which keeps the
  // browser from asking the CMS for a /favicon.ico.
  headers.set(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'unsafe-inline' ${pageStylesSource}; img-src data:; form-action 'self' ${new URL(cmsUrl()).origin}; base-uri 'none'; frame-ancestors 'none'`,
  )
  return new Response(body, { status, headers })
}

async function listSlots(req: PayloadRequest): Promise<Response> {
  try {
    guardGet(req, slotLimiter)
    const context = await bookingContext(req.payload, targetFromQuery(req))
    if (!context)
      return json(req, 404, { message: 'Für diese Leistung können keine Termine gebucht werden.', errors: [] })
    return json(req, 200, { title: context.title, slots: await publicSlots(req.payload, context) })
  } catch (error) {
    if (error instanceof PublicEndpointError) return error.toResponse(req)
    logFailure(req, 'GET /api/slots', error)
    return json(req, 500, { message: 'Die Termine konnten gerade nicht geladen werden.', errors: [] })
  }
}

async function bookingPage(req: PayloadRequest): Promise<Response> {
  const variant = variantFromQuery(req)
  const x = bookingTexts[variant]
  try {
    guardGet(req, slotLimiter)
    const context = await bookingContext(req.payload, targetFromQuery(req))
    if (!context) return html(req, 404, await renderMessage(x.noOnlineTitle, x.noOnlineText, variant))
    return html(req, 200, await renderBookingForm({ context, slots: await publicSlots(req.payload, context), variant }))
  } catch (error) {
    if (error instanceof PublicEndpointError)
      return html(req, error.status, await renderMessage(x.errorTitle, error.message, variant))
    logFailure(req, 'GET /api/bookings/termin', error)
    return html(req, 500, await renderMessage(x.errorTitle, x.loadFailed, variant))
  }
}

/**
 * Whether an error is the database refusing a second row with the same
 * slotKey: the driver's unique-violation code, or the validation error
 * Payload's SQL adapters turn it into (status 400, naming the slotKey
 * column). Recognised by its shape, not by class or name: the production
 * build renames Payload's error classes, and the admin bundle holds a second
 * copy of them.
 */
export function isSlotTaken(error: unknown): boolean {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 5; depth++) {
    const code = e.code
    if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 11000) return true
    const errors = (e.data as { errors?: { path?: unknown }[] } | undefined)?.errors
    if (
      e.status === 400 &&
      Array.isArray(errors) &&
      errors.some((x) => x?.path === 'slotKey' || x?.path === 'slot_key')
    )
      return true
    e = e.cause as Record<string, unknown> | undefined
  }
  return false
}

async function book(req: PayloadRequest): Promise<Response> {
  const asHtml = wantsHtml(req)
  let context: BookingContext | null = null
  let form: Record<string, string> = {}
  let variant: BookingVariant = 'standard'
  try {
    const data = await guardPost({
      req,
      limiter: bookingLimiter,
      schema: bookingSchema,
      messages,
      crossCheck: bookingCrossCheck,
    })
    form = { slot: data.slot }
    variant = variantOf(data[EASY_PARAM])
    context = await bookingContext(req.payload, data)
    if (!context)
      throw new PublicEndpointError(400, 'Bitte prüfen Sie Ihre Angaben.', [
        { field: 'service', message: messages.service },
      ])
    const [availabilityId, start] = data.slot.split('@')
    const availability = context.availabilities.find((a) => String(a.id) === availabilityId)
    const slot = availability && offeredSlots(availability).find((s) => s.start === start)
    if (!availability || !slot)
      throw new PublicEndpointError(409, TAKEN_MESSAGE, [{ field: 'slot', message: TAKEN_MESSAGE }])
    await checkBookingLimits(req.payload, availability.id, slot.start)
    const { token, hash } = newCancelToken()
    const ref = (v: unknown) =>
      v && typeof v === 'object' ? (v as { id: number | string }).id : (v as number | string | undefined)
    const services = (availability.services ?? []).map(ref)
    try {
      await req.payload.create({
        collection: 'bookings',
        overrideAccess: true,
        depth: 0,
        disableTransaction: true,
        data: {
          start: slot.start,
          end: slot.end,
          availability: availability.id,
          service: (context.serviceId ?? (services.length === 1 ? services[0] : undefined)) as number | undefined,
          location: ref(availability.location) as number | undefined,
          contactPerson: ref(availability.contactPerson) as number | undefined,
          name: data.name,
          email: data.email || undefined,
          phone: data.phone || undefined,
          note: data.note || undefined,
          status: 'booked',
          slotKey: slotKey(availability.id, slot.start),
          cancelTokenHash: hash,
          department: ref(availability.department) as number,
        },
      })
    } catch (error) {
      if (isSlotTaken(error))
        throw new PublicEndpointError(409, TAKEN_MESSAGE, [{ field: 'slot', message: TAKEN_MESSAGE }])
      throw error
    }
    const confirmationUrl = withVariant(`${cmsUrl()}/api/bookings/bestaetigung?token=${token}`, variant)
    const cancelUrl = withVariant(`${cmsUrl()}/api/bookings/absagen?token=${token}`, variant)
    if (asHtml) return redirect(req, confirmationUrl)
    return json(req, 201, {
      message: 'Ihr Termin ist gebucht.',
      booking: {
        label: formatSlot(slot.start, slot.end),
        place: placeOf(availability),
        start: slot.start,
        end: slot.end,
      },
      confirmationUrl,
      cancelUrl,
    })
  } catch (error) {
    const known = error instanceof PublicEndpointError
    if (!known) logFailure(req, 'POST /api/bookings', error)
    const status = known ? error.status : 500
    const message = known
      ? error.message
      : 'Ihr Termin konnte gerade nicht gebucht werden. Bitte versuchen Sie es später noch einmal.'
    const errors: FieldError[] = known ? error.errors : []
    if (!asHtml || status === 403) return known ? error.toResponse(req) : json(req, 500, { message, errors })
    // The form page again, with the errors; the visitor's entries are not echoed back.
    if (known && error.input) variant = variantOf(error.input[EASY_PARAM])
    if (!context && known && error.input) {
      const target = targetSchema.safeParse(error.input)
      if (target.success) context = await bookingContext(req.payload, target.data).catch(() => null)
      const slot = error.input.slot
      if (typeof slot === 'string') form = { slot }
    }
    const x = bookingTexts[variant]
    if (!context) return html(req, status, await renderMessage(x.errorTitle, message, variant))
    const slots = await publicSlots(req.payload, context).catch(() => [])
    return html(req, status, await renderBookingForm({ context, slots, message, errors, selected: form.slot, variant }))
  }
}

async function findByToken(payload: Payload, token: string): Promise<Booking | null> {
  const { docs } = await payload.find({
    collection: 'bookings',
    where: { cancelTokenHash: { equals: hashToken(token) } },
    limit: 1,
    // The availability and its location, for "Wo".
    depth: 2,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

function bookingSummary(booking: Booking): { label: string; place: string; cancelled: boolean } {
  const availability = typeof booking.availability === 'object' ? booking.availability : null
  return {
    label: formatSlot(booking.start, booking.end),
    place: availability ? placeOf(availability) : '',
    cancelled: booking.status === 'cancelled',
  }
}

function tokenPage(kind: 'confirmation' | 'cancel') {
  return async (req: PayloadRequest): Promise<Response> => {
    const variant = variantFromQuery(req)
    const x = bookingTexts[variant]
    try {
      guardGet(req, slotLimiter)
      const token = tokenFromQuery(req)
      const booking = token ? await findByToken(req.payload, token) : null
      if (!token || !booking) return html(req, 404, await renderMessage(x.notFoundTitle, x.notFoundText, variant))
      const summary = bookingSummary(booking)
      const cancelUrl = withVariant(`${cmsUrl()}/api/bookings/absagen?token=${token}`, variant)
      return html(
        req,
        200,
        kind === 'confirmation'
          ? await renderConfirmation({ ...summary, cancelUrl }, variant)
          : await renderCancelPage({ ...summary, token }, variant),
      )
    } catch (error) {
      if (error instanceof PublicEndpointError)
        return html(req, error.status, await renderMessage(x.errorTitle, error.message, variant))
      logFailure(req, `GET /api/bookings/${kind}`, error)
      return html(req, 500, await renderMessage(x.errorTitle, x.loadFailed, variant))
    }
  }
}

async function cancel(req: PayloadRequest): Promise<Response> {
  const asHtml = wantsHtml(req)
  let variant: BookingVariant = 'standard'
  try {
    const { token, [EASY_PARAM]: sprache } = await guardPost({
      req,
      limiter: bookingLimiter,
      schema: cancelSchema,
      messages: { token: 'Der Link zum Absagen ist unvollständig.' },
    })
    variant = variantOf(sprache)
    const booking = await findByToken(req.payload, token)
    if (!booking) throw new PublicEndpointError(404, 'Zu diesem Link gibt es keinen Termin.')
    if (booking.status !== 'cancelled')
      await req.payload.update({
        collection: 'bookings',
        id: booking.id,
        data: { status: 'cancelled' },
        overrideAccess: true,
        depth: 0,
      })
    if (asHtml) return html(req, 200, await renderCancelled(bookingSummary(booking).label, variant))
    return json(req, 200, { message: 'Ihr Termin ist abgesagt.' })
  } catch (error) {
    const known = error instanceof PublicEndpointError
    if (!known) logFailure(req, 'POST /api/bookings/cancel', error)
    const status = known ? error.status : 500
    const message = known
      ? error.message
      : 'Der Termin konnte gerade nicht abgesagt werden. Bitte versuchen Sie es später noch einmal.'
    if (known && error.input) variant = variantOf(error.input[EASY_PARAM])
    if (asHtml && status !== 403)
      return html(req, status, await renderMessage(bookingTexts[variant].cancelFailedTitle, message, variant))
    return known ? error.toResponse(req) : json(req, 500, { message, errors: [] })
  }
}

/**
 * The API's own headers for the answers of the booking routes that are not
 * pages (JSON, redirects): the CMS adds them to every other API route, not to
 * these (cms/next.config.mjs), whose pages bring their own policy.
 */
function withApiHeaders(handler: Endpoint['handler']): Endpoint['handler'] {
  return async (req) => {
    const response = await handler(req)
    if (!response.headers.has('Content-Security-Policy')) {
      response.headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'")
      response.headers.set('X-Content-Type-Options', 'nosniff')
      response.headers.set('X-Frame-Options', 'DENY')
    }
    return response
  }
}

/** Endpoints of the bookings collection (under /api/bookings). */
export const bookingEndpoints: Endpoint[] = [
  { path: '/', method: 'post', handler: withApiHeaders(book) },
  { path: '/', method: 'options', handler: withApiHeaders(preflight) },
  { path: '/cancel', method: 'post', handler: withApiHeaders(cancel) },
  { path: '/cancel', method: 'options', handler: withApiHeaders(preflight) },
  { path: '/termin', method: 'get', handler: bookingPage },
  { path: '/bestaetigung', method: 'get', handler: tokenPage('confirmation') },
  { path: '/absagen', method: 'get', handler: tokenPage('cancel') },
]

/** Root endpoints (under /api). */
export const slotEndpoints: Endpoint[] = [
  { path: '/slots', method: 'get', handler: listSlots },
  { path: '/slots', method: 'options', handler: preflight },
]
