import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TAKEN_MESSAGE } from '../endpoints.ts'
import { purgeBookingPersonalData } from '../bookings.ts'
import { limitRequest } from '../../../cms/lib/requestLimits.ts'
import { PERSONAL_DATA_TASK } from '../../../cms/lib/retentionTask.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, unique, validData, type World } from '../../../tests/helpers/fixtures.ts'
import { startApiServer } from '../../../tests/helpers/apiServer.ts'
import {
  citizenPost,
  citizenRefused,
  nextClient,
  SITE,
  type AnswerBody,
  type PostOptions,
} from '../../../tests/helpers/citizenHttp.ts'

const CMS = 'http://127.0.0.1:3999'
const FOREIGN = 'https://evil.example'

/**
 * The public slot and booking endpoints and the booking pages over real HTTP
 * on a real database: what a citizen (or an attacker) can send, what is
 * stored, what comes back, and when the personal data goes.
 */
export function bookingsSuite(kind: TestDatabase) {
  describe(`slot and booking endpoints on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    let world: World
    let rest: { url: string; close: () => Promise<void> }
    let serviceSlug: string
    let locationSlug: string
    let availabilityId: number | string
    /** The fixtures' valid data for a new document, typed as that collection's. */
    const dataFor = <S extends CollectionSlug>(collection: S, department: World['deptA']) =>
      validData(collection, world, department) as RequiredDataFromCollectionSlug<S>

    beforeAll(async () => {
      process.env.SITE_URL = SITE
      process.env.CMS_URL = CMS
      cms = await startCms(kind)
      payload = cms.payload
      world = await buildWorld(payload)
      const service = await payload.update({
        collection: 'services',
        id: world.serviceA,
        data: { bookable: true, _status: 'published' },
        overrideAccess: true,
      })
      serviceSlug = service.slug
      const location = await payload.create({
        collection: 'locations',
        overrideAccess: true,
        data: { ...dataFor('locations', world.deptA), bookable: true, _status: 'published' },
      })
      locationSlug = location.slug
      const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
      const availability = await payload.create({
        collection: 'availability',
        overrideAccess: true,
        data: {
          title: 'Sprechstunde',
          location: location.id,
          services: [world.serviceA as number],
          weekly: days.map((day) => ({ day, from: '08:00', to: '18:00', slotMinutes: 30 })),
          weeksAhead: 1,
          department: world.deptA as number,
        },
      })
      availabilityId = availability.id
      rest = await startApiServer(cms.config as SanitizedConfig)
    })
    afterAll(async () => {
      await rest?.close()
      await cms?.close()
    })

    const post = (path: string, body: unknown, options?: PostOptions) => citizenPost(rest.url, path, body, options)
    /** Sends a bad request and checks the status and that nothing was stored. */
    const refused = (collection: 'bookings', status: number, path: string, body: unknown, options?: PostOptions) =>
      citizenRefused(payload, collection, rest.url, status, path, body, options)

    describe('slots and bookings', () => {
      const slots = async (query: string) => {
        const response = await fetch(`${rest.url}/api/slots?${query}`, {
          headers: { origin: SITE, 'x-forwarded-for': nextClient() },
        })
        return {
          status: response.status,
          body: (await response.json()) as AnswerBody & { slots?: { value: string; start: string }[] },
        }
      }
      const booking = (slot: string, extra: Record<string, string> = {}) => ({
        service: serviceSlug,
        slot,
        name: 'Max Mustermann',
        email: 'max@beispiel.example',
        phone: '',
        note: 'Frage zum Budget',
        ...extra,
      })

      it('lists free slots for a bookable service and location, none for unknown ones', async () => {
        const byService = await slots(`service=${serviceSlug}`)
        expect(byService.status).toBe(200)
        expect(byService.body.slots!.length).toBeGreaterThan(10)
        expect(byService.body.slots![0].value).toMatch(new RegExp(`^${availabilityId}@`))
        const byLocation = await slots(`location=${locationSlug}`)
        expect(byLocation.body.slots!.length).toBe(byService.body.slots!.length)
        expect((await slots('service=gibt-es-nicht')).status).toBe(404)
        expect((await slots('service=<script>')).status).toBe(400)
        const other = await payload.findByID({ collection: 'services', id: world.serviceB, overrideAccess: true })
        expect((await slots(`service=${other.slug}`)).status).toBe(404)
      })

      it('books a slot, hides it, and frees it again when cancelled with the token', async () => {
        const slot = (await slots(`service=${serviceSlug}`)).body.slots![3].value
        const answer = await post('/api/bookings', booking(slot))
        expect(answer.status, answer.text).toBe(201)
        expect(answer.json.cancelUrl).toMatch(new RegExp(`^${CMS}/api/bookings/absagen\\?token=`))
        const after = (await slots(`service=${serviceSlug}`)).body.slots!.map((s) => s.value)
        expect(after).not.toContain(slot)
        const stored = await payload.find({
          collection: 'bookings',
          where: { status: { equals: 'booked' } },
          overrideAccess: true,
          depth: 0,
        })
        const row = stored.docs.find((d) => d.start === slot.split('@')[1])!
        expect(String(row.department)).toBe(String(world.deptA))
        expect(String(row.service)).toBe(String(world.serviceA))
        // The token is stored hashed only, and never shown through the API.
        const token = new URL(answer.json.cancelUrl as string).searchParams.get('token')!
        expect(JSON.stringify(row)).not.toContain(token)
        const staff = await payload.create({
          collection: 'users',
          overrideAccess: true,
          data: { ...dataFor('users', world.deptA), role: 'editor' },
        })
        const seen = await payload.findByID({
          collection: 'bookings',
          id: row.id,
          user: { ...staff, collection: 'users' },
          overrideAccess: false,
        })
        expect(seen.name).toBe('Max Mustermann')
        expect((seen as unknown as Record<string, unknown>).cancelTokenHash).toBeUndefined()
        expect((seen as unknown as Record<string, unknown>).slotKey).toBeUndefined()

        const page = await fetch(`${rest.url}/api/bookings/absagen?token=${token}`)
        expect(page.status).toBe(200)
        expect(await page.text()).toContain('Diesen Termin absagen')
        expect((await post('/api/bookings/cancel', { token: 'x'.repeat(32) })).status).toBe(404)
        const cancelled = await post('/api/bookings/cancel', { token })
        expect(cancelled.status).toBe(200)
        expect((await payload.findByID({ collection: 'bookings', id: row.id, overrideAccess: true })).status).toBe(
          'cancelled',
        )
        expect((await slots(`service=${serviceSlug}`)).body.slots!.map((s) => s.value)).toContain(slot)
        // And it can be booked again.
        expect((await post('/api/bookings', booking(slot))).status).toBe(201)
      })

      it('takes one slot at most three times (booked and cancelled), and LOTSE_BOOKINGS_PER_DAY bookings per offer and day', async () => {
        const free = (await slots(`service=${serviceSlug}`)).body.slots!
        const slot = free[6].value
        for (let i = 0; i < 3; i++) {
          const booked = await post('/api/bookings', booking(slot))
          expect(booked.status, booked.text).toBe(201)
          const token = new URL(booked.json.cancelUrl as string).searchParams.get('token')!
          expect((await post('/api/bookings/cancel', { token })).status).toBe(200)
        }
        const fourth = await refused('bookings', 429, '/api/bookings', booking(slot))
        expect(fourth.json.message).toMatch(/anderen Termin/)

        const before = process.env.LOTSE_BOOKINGS_PER_DAY
        const today = await payload.count({
          collection: 'bookings',
          where: { availability: { equals: availabilityId } },
          overrideAccess: true,
        })
        process.env.LOTSE_BOOKINGS_PER_DAY = String(today.totalDocs + 1)
        try {
          expect((await post('/api/bookings', booking(free[8].value))).status).toBe(201)
          const over = await refused('bookings', 429, '/api/bookings', booking(free[9].value))
          expect(over.headers.get('retry-after')).toBeTruthy()
        } finally {
          if (before === undefined) delete process.env.LOTSE_BOOKINGS_PER_DAY
          else process.env.LOTSE_BOOKINGS_PER_DAY = before
        }
      })

      it('of 50 concurrent requests for one slot, exactly one succeeds', async () => {
        const slot = (await slots(`service=${serviceSlug}`)).body.slots![10].value
        const answers = await Promise.all(
          Array.from({ length: 50 }, (_, i) => post('/api/bookings', booking(slot, { name: `Person ${i}` }))),
        )
        const statuses = answers.map((a) => a.status)
        expect(statuses.filter((s) => s === 201)).toHaveLength(1)
        expect(statuses.filter((s) => s === 409)).toHaveLength(49)
        for (const a of answers.filter((x) => x.status === 409)) expect(a.json.message).toBe(TAKEN_MESSAGE)
        const rows = await payload.find({
          collection: 'bookings',
          where: { start: { equals: slot.split('@')[1] } },
          overrideAccess: true,
        })
        expect(rows.totalDocs).toBe(1)
      })

      it('rejects bad bookings with the right status, storing nothing', async () => {
        const slot = (await slots(`service=${serviceSlug}`)).body.slots![5].value
        const missing = await refused('bookings', 400, '/api/bookings', { service: serviceSlug, slot })
        expect(missing.json.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['name', 'contact']))
        for (const e of missing.json.errors ?? []) expect(e.message).toMatch(/Bitte/)
        await refused('bookings', 400, '/api/bookings', booking(slot, { email: 'nein', phone: 'ruf an' }))
        await refused('bookings', 400, '/api/bookings', booking('morgen um neun'))
        await refused('bookings', 400, '/api/bookings', booking(slot, { service: '' }))
        await refused('bookings', 400, '/api/bookings', booking(slot, { service: 'gibt-es-nicht' }))
        // A time that is not offered (03:17 at night) counts as not available.
        const odd = `${availabilityId}@${slot.split('@')[1].slice(0, 11)}02:17:00.000Z`
        const notOffered = await refused('bookings', 409, '/api/bookings', booking(odd))
        expect(notOffered.json.message).toBe(TAKEN_MESSAGE)
        await refused('bookings', 413, '/api/bookings', booking(slot, { note: 'x'.repeat(17_000) }))
        await refused('bookings', 400, '/api/bookings', booking(slot, { note: 'x'.repeat(1001) }))
        await refused('bookings', 403, '/api/bookings', booking(slot), { origin: FOREIGN })
        await refused('bookings', 403, '/api/bookings', booking(slot), { origin: FOREIGN, form: true })
        await refused('bookings', 400, '/api/bookings', booking(slot, { website: 'x' }))
        await refused('bookings', 400, '/api/bookings/cancel', { token: '<script>' })
        const ip = nextClient()
        for (let i = 0; i < 10; i++) await post('/api/bookings', { service: serviceSlug }, { ip })
        const limited = await refused('bookings', 429, '/api/bookings', booking(slot), { ip })
        expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
      })

      it('serves the booking flow as HTML without JavaScript, escaping what was sent', async () => {
        const form = await fetch(`${rest.url}/api/bookings/termin?service=${serviceSlug}`)
        expect(form.status).toBe(200)
        const html = await form.text()
        // A required select without an error (React writes the boolean attribute as required="").
        expect(html).toMatch(/<select id="slot" name="slot" required(="")?>/)
        expect(form.headers.get('content-security-policy')).toContain("default-src 'none'")
        const slot = html.match(/<option value="([^"]+)"/)![1]
        const bad = await post(
          '/api/bookings',
          booking(slot, { name: '<script>alert(1)</script>', email: '', phone: '' }),
          { form: true, origin: CMS },
        )
        expect(bad.status).toBe(400)
        expect(bad.text).toContain('Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an')
        expect(bad.text).not.toContain('alert(1)')
        const booked = await post('/api/bookings', booking(slot, { name: '<script>alert(1)</script>' }), {
          form: true,
          origin: CMS,
        })
        expect(booked.status).toBe(303)
        const confirmation = booked.headers.get('location')!
        expect(confirmation).toMatch(new RegExp(`^${CMS}/api/bookings/bestaetigung\\?token=`))
        const page = await fetch(confirmation.replace(CMS, rest.url))
        const text = await page.text()
        expect(text).toContain('Ihr Termin ist gebucht')
        expect(text).toContain('Musterweg 1, 50667 Köln')
        expect(text).not.toContain('alert(1)')
        const taken = await post('/api/bookings', booking(slot), { form: true, origin: CMS })
        expect(taken.status).toBe(409)
        expect(taken.text).toContain('Dieser Termin ist leider schon vergeben')
        const token = new URL(confirmation).searchParams.get('token')!
        const cancelled = await post('/api/bookings/cancel', { token }, { form: true, origin: CMS })
        expect(cancelled.status).toBe(200)
        expect(cancelled.text).toContain('ist abgesagt')
        expect((await fetch(`${rest.url}/api/bookings/bestaetigung?token=${'a'.repeat(32)}`)).status).toBe(404)
      })

      it('shows a service’s and a location’s name from the database as text, quotes and markup escaped', async () => {
        const hostile = `<script>alert("x")</script><img src=x onerror='alert(1)'> "Budget" & 'Co'`
        const decode = (html: string) =>
          html
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&#39;|&#x27;/g, "'")
            .replace(/&amp;/g, '&')
        const service = await payload.create({
          collection: 'services',
          overrideAccess: true,
          data: { ...dataFor('services', world.deptA), name: hostile, bookable: true, _status: 'published' },
        })
        const location = await payload.create({
          collection: 'locations',
          overrideAccess: true,
          data: { ...dataFor('locations', world.deptA), name: hostile, _status: 'published' },
        })
        await payload.create({
          collection: 'availability',
          overrideAccess: true,
          data: {
            title: hostile,
            location: location.id,
            services: [service.id],
            weekly: [{ day: 'mon', from: '08:00', to: '12:00', slotMinutes: 30 }],
            weeksAhead: 2,
            department: world.deptA as number,
          },
        })
        const page = await fetch(`${rest.url}/api/bookings/termin?service=${service.slug}`)
        expect(page.status).toBe(200)
        const html = await page.text()
        // Only the page's own elements: no script or img, no event handler (escaped text holds no "<").
        expect(html).not.toMatch(/<script|<img/i)
        const h1 = html.match(/<h1>([^<]*)<\/h1>/)?.[1]
        expect(decode(h1 ?? '')).toBe(`Termin vereinbaren: ${hostile}`)
        const title = html.match(/<title>([^<]*)<\/title>/)?.[1]
        expect(decode(title ?? '')).toBe(`Termin vereinbaren: ${hostile} – Beratungsportal`)
        const option = html.match(/<option value="([^"]+)"[^>]*>([^<]*)<\/option>/)
        expect(decode(option?.[2] ?? '')).toContain(`(${hostile}, Musterweg 1, 50667 Köln)`)
        // Each option names its day (the availability is on Mondays), not only its day group.
        expect(decode(option?.[2] ?? '')).toMatch(/^Montag, \d{1,2}\. \S+ \d{4}, \d\d:\d\d bis \d\d:\d\d Uhr \(/)
        // And on the confirmation, where the place is shown again.
        const booked = await post('/api/bookings', booking(option![1], { service: service.slug }), {
          form: true,
          origin: CMS,
        })
        expect(booked.status).toBe(303)
        const confirmation = await (await fetch(booked.headers.get('location')!.replace(CMS, rest.url))).text()
        expect(confirmation).not.toMatch(/<script|<img/i)
        expect(decode(confirmation.match(/<dd>([^<]*)<\/dd>\s*<\/dl>/)?.[1] ?? '')).toBe(
          `${hostile}, Musterweg 1, 50667 Köln`,
        )
      })

      it('is a plugin: its collections keep the CMS’s request limits and German dates, its purge runs nightly', () => {
        const config = cms.config as SanitizedConfig
        for (const slug of ['availability', 'bookings'] as const) {
          const collection = config.collections.find((c) => c.slug === slug)!
          expect(collection.hooks.beforeOperation, slug).toContain(limitRequest)
        }
        const bookings = config.collections.find((c) => c.slug === 'bookings')!
        const start = bookings.flattenedFields.find((f) => f.name === 'start')
        expect(start?.type === 'date' && start.admin?.date?.displayFormat).toBe('dd.MM.yyyy HH:mm')
        expect(config.endpoints.filter((e) => e.path === '/slots').map((e) => e.method)).toEqual(['get', 'options'])
        const task = config.jobs.tasks?.find((t) => t.slug === PERSONAL_DATA_TASK)
        expect(task?.schedule).toEqual([{ cron: '0 30 3 * * *', queue: 'default' }])
      })

      it('deletes personal data after the retention period, keeping the entries', async () => {
        const past = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
        const old = await payload.create({
          collection: 'bookings',
          overrideAccess: true,
          data: {
            start: past(40),
            end: past(40),
            availability: availabilityId as number,
            name: 'Alt',
            email: 'alt@beispiel.example',
            note: 'alt',
            status: 'booked',
            slotKey: unique('old'),
            department: world.deptA as number,
          },
        })
        const recent = await payload.create({
          collection: 'bookings',
          overrideAccess: true,
          data: {
            start: past(2),
            end: past(2),
            availability: availabilityId as number,
            name: 'Neu',
            phone: '0221 1234567',
            status: 'booked',
            slotKey: unique('recent'),
            department: world.deptA as number,
          },
        })
        const cleared = await purgeBookingPersonalData(payload)
        expect(cleared).toBeGreaterThanOrEqual(1)
        const o = await payload.findByID({ collection: 'bookings', id: old.id, overrideAccess: true })
        expect([o.name ?? null, o.email ?? null, o.note ?? null, o.personalDataDeleted]).toEqual([
          null,
          null,
          null,
          true,
        ])
        const r = await payload.findByID({ collection: 'bookings', id: recent.id, overrideAccess: true })
        expect([r.name, r.phone]).toEqual(['Neu', '0221 1234567'])
      })
    })
  })
}
