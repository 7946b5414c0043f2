/**
 * Appointment slots: weekly hours and exceptions of an availability, cut into
 * slots in German local time (Europe/Berlin), minus what is booked. The
 * `slotKey` of a booking ("<availability id>@<start ISO>") is unique in the
 * database, so of many concurrent requests for one slot exactly one is stored.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Availability } from '../../cms/payload-types.ts'
import { settings } from '../../config.ts'

export const TIME_ZONE = 'Europe/Berlin'
const dayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const

export interface Slot {
  availability: number | string
  /** UTC ISO timestamps. */
  start: string
  end: string
}

/** Offset of Berlin time from UTC at an instant, in minutes (60 or 120). */
function berlinOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000)
}

/** The instant of a Berlin wall-clock time ("2026-03-02", 9 * 60 + 30). */
export function berlinTime(date: string, minutes: number): Date {
  const [y, m, d] = date.split('-').map(Number)
  const guess = new Date(Date.UTC(y, m - 1, d, 0, minutes))
  const first = new Date(guess.getTime() - berlinOffsetMinutes(guess) * 60_000)
  // Around a change of daylight saving time the offset at the result may differ from the guess.
  return new Date(guess.getTime() - berlinOffsetMinutes(first) * 60_000)
}

/** The Berlin calendar date ("YYYY-MM-DD") of an instant. */
export function berlinDate(at: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at)
}

const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number)
  return h * 60 + m
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** Every slot an availability offers from `now` on (booked or not), within its weeks ahead. */
export function offeredSlots(availability: Availability, now = new Date()): Slot[] {
  const slots: Slot[] = []
  const today = berlinDate(now)
  const days = (availability.weeksAhead ?? 4) * 7
  const exceptions = new Map<string, NonNullable<Availability['exceptions']>[number]>()
  for (const e of availability.exceptions ?? []) if (e.date) exceptions.set(berlinDate(new Date(e.date)), e)
  for (let i = 0; i <= days; i++) {
    const date = addDays(today, i)
    const weekday = dayKeys[new Date(`${date}T12:00:00Z`).getUTCDay()]
    const exception = exceptions.get(date)
    let spans = (availability.weekly ?? [])
      .filter((w) => w.day === weekday)
      .map((w) => ({ from: w.from, to: w.to, slotMinutes: w.slotMinutes }))
    if (exception) {
      if (exception.closed || !exception.from || !exception.to) spans = []
      else spans = [{ from: exception.from, to: exception.to, slotMinutes: spans[0]?.slotMinutes ?? 30 }]
    }
    for (const span of spans) {
      const length = Math.max(10, span.slotMinutes ?? 30)
      for (let m = minutesOf(span.from); m + length <= minutesOf(span.to); m += length) {
        const start = berlinTime(date, m)
        if (start <= now) continue
        slots.push({
          availability: availability.id,
          start: start.toISOString(),
          end: new Date(start.getTime() + length * 60_000).toISOString(),
        })
      }
    }
  }
  return slots.sort((a, b) => a.start.localeCompare(b.start))
}

export const slotKey = (availability: number | string, start: string) => `${availability}@${start}`

/** Free slots of the given availabilities: offered minus booked (cancelled bookings have no slotKey). */
export async function freeSlots(payload: Payload, availabilities: Availability[], now = new Date()): Promise<Slot[]> {
  if (availabilities.length === 0) return []
  const offered = availabilities.flatMap((a) => offeredSlots(a, now))
  if (offered.length === 0) return []
  const booked = await payload.find({
    collection: 'bookings',
    where: {
      and: [
        { availability: { in: availabilities.map((a) => a.id) } },
        { start: { greater_than_equal: now.toISOString() } },
        { status: { equals: 'booked' } },
      ],
    },
    select: { slotKey: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const taken = new Set(booked.docs.map((b) => b.slotKey))
  return offered
    .filter((s) => !taken.has(slotKey(s.availability, s.start)))
    .sort((a, b) => a.start.localeCompare(b.start))
}

/** A new cancellation token (given to the citizen once) and its hash (stored). */
export function newCancelToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url')
  return { token, hash: hashToken(token) }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** "Montag, 2. März 2026, 9:30 Uhr" */
export function formatSlot(start: string, end?: string): string {
  const s = new Date(start)
  const day = s.toLocaleDateString('de-DE', {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
  const time = (d: Date) => d.toLocaleTimeString('de-DE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' })
  return end ? `${day}, ${time(s)} bis ${time(new Date(end))} Uhr` : `${day}, ${time(s)} Uhr`
}

/** Days after the appointment when a booking's personal data is deleted (LOTSE_BOOKING_RETENTION_DAYS, default 30). */
export function bookingRetentionDays(): number {
  const days = settings.LOTSE_BOOKING_RETENTION_DAYS
  return Number.isFinite(days) && days >= 0 ? days : 30
}

/**
 * Deletes the personal data of bookings whose appointment ended more than
 * `retentionDays` ago: name, e-mail, phone and note. The bookings themselves
 * stay (for statistics), marked "Persönliche Daten gelöscht". Returns how
 * many were cleared.
 */
export async function purgeBookingPersonalData(
  payload: Payload,
  { retentionDays = bookingRetentionDays(), now = new Date() }: { retentionDays?: number; now?: Date } = {},
): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 86_400_000).toISOString()
  const cleared = await payload.update({
    collection: 'bookings',
    where: { and: [{ end: { less_than: before } }, { personalDataDeleted: { not_equals: true } }] },
    data: { name: null, email: null, phone: null, note: null, personalDataDeleted: true },
    overrideAccess: true,
    depth: 0,
    context: { retention: true },
  })
  return cleared.docs.length
}
