import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TAKEN_MESSAGE } from '../endpoints.ts'
import { purgePersonalData } from '../bookings.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, unique, validData, type World } from '../../../tests/helpers/fixtures.ts'
import { startApiServer } from '../../../tests/helpers/apiServer.ts'

const SITE = 'http://127.0.0.1:4321'
const CMS = 'http://127.0.0.1:3999'
const FOREIGN = 'https://evil.example'
let clients = 0
/** A new client address per test, so the rate limiters of other tests do not interfere. */
const client = () => `203.0.113.${++clients % 250}, 10.0.${Math.floor(clients / 250)}.${clients % 250}`

type Body = { message?: string; errors?: { field: string; message: string }[]; [k: string]: unknown }

/**
 * The public feedback and booking endpoints over real HTTP on a real database:
 * what a citizen (or an attacker) can send, what is stored, what comes back.
 */
export function feedbackBookingSuite(kind: TestDatabase) {
  describe(`feedback and booking endpoints on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    let world: World
    let rest: { url: string; close: () => Promise<void> }
    let serviceSlug: string
    let locationSlug: string
    let availabilityId: number | string

    beforeAll(async () => {
      process.env.SITE_URL = SITE
      process.env.CMS_URL = CMS
      cms = await startCms(kind)
      payload = cms.payload
      world = await buildWorld(payload)
      const service = await payload.update({
        collection: 'services',
        id: world.serviceA,
        data: { bookable: true, _status: 'published' } as never,
        overrideAccess: true,
      })
      serviceSlug = (service as unknown as { slug: string }).slug
      const location = await payload.create({
        collection: 'locations',
        overrideAccess: true,
        data: { ...validData('locations', world, world.deptA), bookable: true, _status: 'published' } as never,
      })
      locationSlug = (location as unknown as { slug: string }).slug
      const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
      const availability = await payload.create({
        collection: 'availability',
        overrideAccess: true,
        data: {
          title: 'Sprechstunde',
          location: location.id,
          services: [world.serviceA],
          weekly: days.map((day) => ({ day, from: '08:00', to: '18:00', slotMinutes: 30 })),
          weeksAhead: 1,
          department: world.deptA,
        } as never,
      })
      availabilityId = availability.id
      rest = await startApiServer(cms.config as SanitizedConfig)
    })
    afterAll(async () => {
      await rest?.close()
      await cms?.close()
    })

    const count = async (collection: 'feedback' | 'bookings') =>
      (await payload.count({ collection, overrideAccess: true })).totalDocs

    async function post(
      path: string,
      body: unknown,
      options: { origin?: string | null; form?: boolean; ip?: string; raw?: string; type?: string } = {},
    ) {
      const headers: Record<string, string> = { 'x-forwarded-for': options.ip ?? client() }
      if (options.origin !== null) headers.origin = options.origin ?? SITE
      headers['content-type'] =
        options.type ?? (options.form ? 'application/x-www-form-urlencoded' : 'application/json')
      const payloadBody =
        options.raw ??
        (options.form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body))
      const response = await fetch(`${rest.url}${path}`, {
        method: 'POST',
        headers,
        body: payloadBody,
        redirect: 'manual',
      })
      const text = await response.text()
      let json: Body = {}
      try {
        json = JSON.parse(text) as Body
      } catch {
        // HTML or empty
      }
      return { status: response.status, headers: response.headers, text, json }
    }

    /** Sends a bad request and checks the status and that nothing was stored. */
    async function refused(
      collection: 'feedback' | 'bookings',
      status: number,
      path: string,
      body: unknown,
      options: Parameters<typeof post>[2] = {},
    ) {
      const before = await count(collection)
      const answer = await post(path, body, options)
      expect(answer.status, answer.text).toBe(status)
      expect(await count(collection)).toBe(before)
      expect(answer.text).not.toMatch(/<script/i)
      return answer
    }

    describe('POST /api/feedback', () => {
      const good = () => ({
        problem: 'Der Kontrast der Schaltfläche „Suchen“ ist zu schwach.',
        pageUrl: `/leistungen/${serviceSlug}/`,
        name: 'Erika Beispiel',
        email: 'erika@beispiel.example',
      })

      it('stores a report with the page’s department, status "neu" and a deadline one month later', async () => {
        const answer = await post('/api/feedback', good())
        expect(answer.status).toBe(201)
        expect(answer.json.message).toMatch(/Vielen Dank/)
        expect(answer.headers.get('access-control-allow-origin')).toBe(SITE)
        const { docs } = await payload.find({
          collection: 'feedback',
          where: { pageUrl: { equals: `/leistungen/${serviceSlug}/` } },
          overrideAccess: true,
          depth: 0,
        })
        expect(docs).toHaveLength(1)
        const entry = docs[0]
        expect(entry.status).toBe('neu')
        expect(String(entry.department)).toBe(String(world.deptA))
        const received = new Date(entry.receivedAt)
        const deadline = new Date(entry.deadline)
        expect(Math.round((deadline.getTime() - received.getTime()) / 86_400_000)).toBeGreaterThanOrEqual(28)
        expect(Math.round((deadline.getTime() - received.getTime()) / 86_400_000)).toBeLessThanOrEqual(31)
      })

      it('takes a plain form post and redirects to the site’s thank-you page', async () => {
        const before = await count('feedback')
        const answer = await post(
          '/api/feedback',
          { ...good(), pageUrl: `${SITE}/impressum/`, name: '', email: '' },
          { form: true },
        )
        expect(answer.status).toBe(303)
        expect(answer.headers.get('location')).toBe(`${SITE}/barriere-melden/danke/`)
        expect(await count('feedback')).toBe(before + 1)
        const { docs } = await payload.find({
          collection: 'feedback',
          where: { pageUrl: { equals: '/impressum/' } },
          overrideAccess: true,
          depth: 0,
        })
        expect(docs[0].department ?? null).toBeNull()
      })

      it('redirects a bad form post to the site’s error page, storing nothing', async () => {
        const answer = await refused('feedback', 303, '/api/feedback', { problem: '', pageUrl: '/' }, { form: true })
        expect(answer.headers.get('location')).toBe(`${SITE}/barriere-melden/fehler/`)
      })

      it('rejects missing and wrong fields with German messages per field', async () => {
        const missing = await refused('feedback', 400, '/api/feedback', { pageUrl: '/' })
        expect(missing.json.errors).toContainEqual({
          field: 'problem',
          message: expect.stringContaining('beschreiben'),
        })
        const wrong = await refused('feedback', 400, '/api/feedback', {
          problem: 'Text',
          pageUrl: 'https://andere-seite.example/x/',
          email: 'keine-adresse',
        })
        expect(wrong.json.errors?.map((e) => e.field).sort()).toEqual(['email', 'pageUrl'])
        expect(wrong.json.errors?.find((e) => e.field === 'email')?.message).toMatch(/gültige E-Mail-Adresse/)
        await refused('feedback', 400, '/api/feedback', { problem: 42, pageUrl: ['/'] })
        await refused('feedback', 400, '/api/feedback', null, { raw: '{"problem": ' })
        await refused('feedback', 400, '/api/feedback', null, { raw: '["problem"]' })
        await refused('feedback', 415, '/api/feedback', null, { raw: 'problem=x', type: 'text/plain' })
      })

      it('refuses an oversized body (by Content-Length and by what arrives)', async () => {
        const answer = await refused('feedback', 413, '/api/feedback', { ...good(), problem: 'x'.repeat(20_000) })
        expect(answer.json.message).toMatch(/zu lang/)
        // A problem text over the field limit but under the body limit is a 400 naming the field.
        const long = await refused('feedback', 400, '/api/feedback', { ...good(), problem: 'ä'.repeat(5001) })
        expect(long.json.errors?.[0].field).toBe('problem')
      })

      it('keeps script and HTML as plain text and never sends it back', async () => {
        const problem = '<script>alert(1)</script><img src=x onerror=alert(2)> Knopf fehlt'
        const answer = await post('/api/feedback', { ...good(), problem, name: '<b>Name</b>' })
        expect(answer.status).toBe(201)
        expect(answer.text).not.toContain('<')
        const form = await post('/api/feedback', { ...good(), problem }, { form: true })
        expect(form.status).toBe(303)
        expect(form.text).toBe('')
        expect(form.headers.get('location')).not.toMatch(/script|alert/)
        const { docs } = await payload.find({
          collection: 'feedback',
          where: { problem: { equals: problem } },
          overrideAccess: true,
        })
        expect(docs.map((d) => d.problem)).toEqual([problem, problem])
      })

      it('refuses other origins (also as a form post) and requests without origin', async () => {
        const foreign = await refused('feedback', 403, '/api/feedback', good(), { origin: FOREIGN })
        expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
        await refused('feedback', 403, '/api/feedback', good(), { origin: FOREIGN, form: true })
        await refused('feedback', 403, '/api/feedback', good(), { origin: null })
        await refused('feedback', 403, '/api/feedback', good(), { origin: 'null' })
      })

      it('answers the CORS preflight for the site only', async () => {
        const ok = await fetch(`${rest.url}/api/feedback`, { method: 'OPTIONS', headers: { origin: SITE } })
        expect(ok.status).toBe(204)
        expect(ok.headers.get('access-control-allow-origin')).toBe(SITE)
        expect(ok.headers.get('access-control-allow-methods')).toContain('POST')
        const foreign = await fetch(`${rest.url}/api/feedback`, { method: 'OPTIONS', headers: { origin: FOREIGN } })
        expect(foreign.status).toBe(403)
        expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
      })

      it('refuses a filled honeypot field', async () => {
        const answer = await refused('feedback', 400, '/api/feedback', { ...good(), website: 'http://spam.example' })
        expect(answer.json.errors?.[0].field).toBe('website')
      })

      it('removes bidirectional controls and other invisible characters from the text it stores', async () => {
        const sneaky =
          'Der Knopf \u202Eneknil\u202C ist zu\u200B klein\u2066!\u2069\u00AD Bitte\uFEFF prüfen\u2028danke.'
        const answer = await post('/api/feedback', {
          problem: sneaky,
          pageUrl: '/hilfe/',
          name: 'Erika\u200E Beispiel\u{E0041}',
        })
        expect(answer.status, answer.text).toBe(201)
        const { docs } = await payload.find({
          collection: 'feedback',
          where: { pageUrl: { equals: '/hilfe/' } },
          overrideAccess: true,
          depth: 0,
          sort: '-createdAt',
          limit: 1,
        })
        expect(docs[0].problem).toBe('Der Knopf neknil ist zu klein! Bitte prüfen\ndanke.')
        expect(docs[0].name).toBe('Erika Beispiel')
        // Persian spelling keeps its zero-width non-joiner; emoji keep their joiner.
        const persian = await post('/api/feedback', { problem: 'می\u200Cخواهم 👩\u200D💻', pageUrl: '/hilfe/' })
        expect(persian.status).toBe(201)
        const latest = await payload.find({
          collection: 'feedback',
          where: { pageUrl: { equals: '/hilfe/' } },
          overrideAccess: true,
          sort: '-createdAt',
          limit: 1,
        })
        expect(latest.docs[0].problem).toBe('می\u200Cخواهم 👩\u200D💻')
      })

      it('takes at most LOTSE_FEEDBACK_PER_DAY reports a day, from however many addresses', async () => {
        const before = process.env.LOTSE_FEEDBACK_PER_DAY
        const received = await count('feedback')
        process.env.LOTSE_FEEDBACK_PER_DAY = String(received + 2)
        try {
          const report = (i: number) => ({
            problem: `Meldung Nummer ${i} über eine Barriere.`,
            pageUrl: `/seite-${i}/`,
          })
          expect((await post('/api/feedback', report(1))).status).toBe(201)
          expect((await post('/api/feedback', report(2))).status).toBe(201)
          const third = await refused('feedback', 429, '/api/feedback', report(3))
          expect(third.headers.get('retry-after')).toBeTruthy()
          expect(third.json.message).toMatch(/morgen/)
        } finally {
          if (before === undefined) delete process.env.LOTSE_FEEDBACK_PER_DAY
          else process.env.LOTSE_FEEDBACK_PER_DAY = before
        }
      })

      it('limits requests per client with 429 and Retry-After', async () => {
        const ip = client()
        for (let i = 0; i < 10; i++) expect((await post('/api/feedback', good(), { ip })).status).toBe(201)
        const answer = await refused('feedback', 429, '/api/feedback', good(), { ip })
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
        expect(answer.json.message).toMatch(/Zu viele Anfragen/)
        // Another client is not affected.
        expect((await post('/api/feedback', good())).status).toBe(201)
      })

      it('shows reports only to admins and the page’s department; they change only status and note', async () => {
        const mk = (role: string, dept: number | string) =>
          payload.create({
            collection: 'users',
            overrideAccess: true,
            data: { ...validData('users', world, dept), role } as never,
          })
        const own = { ...(await mk('editor', world.deptA)), collection: 'users' } as never
        const other = { ...(await mk('publisher', world.deptB)), collection: 'users' } as never
        const where = { pageUrl: { equals: `/leistungen/${serviceSlug}/` } } as const
        const mine = await payload.find({ collection: 'feedback', where, user: own, overrideAccess: false })
        expect(mine.totalDocs).toBeGreaterThan(0)
        const theirs = await payload.find({ collection: 'feedback', where, user: other, overrideAccess: false })
        expect(theirs.totalDocs).toBe(0)
        const entry = mine.docs[0]
        const updated = await payload.update({
          collection: 'feedback',
          id: entry.id,
          data: { status: 'in-bearbeitung', problem: 'geändert', internalNote: 'Wir prüfen das.' },
          user: own,
          overrideAccess: false,
        })
        expect(updated.status).toBe('in-bearbeitung')
        expect(updated.problem).toBe(entry.problem)
        await expect(
          payload.create({
            collection: 'feedback',
            data: {
              problem: 'x',
              pageUrl: '/',
              status: 'neu',
              receivedAt: new Date().toISOString(),
              deadline: new Date().toISOString(),
            },
            user: own,
            overrideAccess: false,
          }),
        ).rejects.toThrow()
        await expect(
          payload.delete({ collection: 'feedback', id: entry.id, user: own, overrideAccess: false }),
        ).rejects.toThrow()
      })
    })

    describe('slots and bookings', () => {
      const slots = async (query: string) => {
        const response = await fetch(`${rest.url}/api/slots?${query}`, {
          headers: { origin: SITE, 'x-forwarded-for': client() },
        })
        return {
          status: response.status,
          body: (await response.json()) as Body & { slots?: { value: string; start: string }[] },
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
          data: { ...validData('users', world, world.deptA), role: 'editor' } as never,
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
        const ip = client()
        for (let i = 0; i < 10; i++) await post('/api/bookings', { service: serviceSlug }, { ip })
        const limited = await refused('bookings', 429, '/api/bookings', booking(slot), { ip })
        expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
      })

      it('serves the booking flow as HTML without JavaScript, escaping what was sent', async () => {
        const form = await fetch(`${rest.url}/api/bookings/termin?service=${serviceSlug}`)
        expect(form.status).toBe(200)
        const html = await form.text()
        expect(html).toContain('<select id="slot" name="slot" required>')
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
        const oldFeedback = await payload.create({
          collection: 'feedback',
          overrideAccess: true,
          data: {
            problem: 'alt',
            pageUrl: '/',
            name: 'Alt',
            email: 'alt@beispiel.example',
            status: 'erledigt',
            receivedAt: past(200),
            deadline: past(170),
          },
        })
        const cleared = await purgePersonalData(payload)
        expect(cleared.bookings).toBeGreaterThanOrEqual(1)
        const o = await payload.findByID({ collection: 'bookings', id: old.id, overrideAccess: true })
        expect([o.name ?? null, o.email ?? null, o.note ?? null, o.personalDataDeleted]).toEqual([
          null,
          null,
          null,
          true,
        ])
        const r = await payload.findByID({ collection: 'bookings', id: recent.id, overrideAccess: true })
        expect([r.name, r.phone]).toEqual(['Neu', '0221 1234567'])
        const f = await payload.findByID({ collection: 'feedback', id: oldFeedback.id, overrideAccess: true })
        expect([f.name ?? null, f.email ?? null, f.problem]).toEqual([null, null, 'alt'])
      })
    })
  })
}
