import type { Payload, RequiredDataFromCollectionSlug, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../../cms/payload-types.ts'
import { purgeFeedbackContactData } from '../retention.ts'
import { limitRequest } from '../../../cms/lib/requestLimits.ts'
import { PERSONAL_DATA_TASK } from '../../../cms/lib/retentionTask.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, validData, type World } from '../../../tests/helpers/fixtures.ts'
import { startApiServer } from '../../../tests/helpers/apiServer.ts'
import { citizenPost, citizenRefused, nextClient, SITE, type PostOptions } from '../../../tests/helpers/citizenHttp.ts'

const FOREIGN = 'https://evil.example'

/**
 * "Barriere melden" over real HTTP on a real database: what a citizen (or an
 * attacker) can send, what is stored, what comes back, who sees it, and when
 * its contact data goes.
 */
export function feedbackSuite(kind: TestDatabase) {
  describe(`feedback endpoint on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    let world: World
    let rest: { url: string; close: () => Promise<void> }
    let serviceSlug: string

    beforeAll(async () => {
      process.env.SITE_URL = SITE
      process.env.CMS_URL = 'http://127.0.0.1:3999'
      cms = await startCms(kind)
      payload = cms.payload
      world = await buildWorld(payload)
      serviceSlug = (await payload.findByID({ collection: 'services', id: world.serviceA, overrideAccess: true })).slug
      rest = await startApiServer(cms.config as SanitizedConfig)
    })
    afterAll(async () => {
      await rest?.close()
      await cms?.close()
    })

    const count = async (collection: 'feedback') =>
      (await payload.count({ collection, overrideAccess: true })).totalDocs

    const post = (path: string, body: unknown, options?: PostOptions) => citizenPost(rest.url, path, body, options)
    /** Sends a bad request and checks the status and that nothing was stored. */
    const refused = (collection: 'feedback', status: number, path: string, body: unknown, options?: PostOptions) =>
      citizenRefused(payload, collection, rest.url, status, path, body, options)

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
        const ip = nextClient()
        for (let i = 0; i < 10; i++) expect((await post('/api/feedback', good(), { ip })).status).toBe(201)
        const answer = await refused('feedback', 429, '/api/feedback', good(), { ip })
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
        expect(answer.json.message).toMatch(/Zu viele Anfragen/)
        // Another client is not affected.
        expect((await post('/api/feedback', good())).status).toBe(201)
      })

      it('shows reports only to admins and the page’s department; they change only status and note', async () => {
        const mk = async (role: User['role'], dept: World['deptA']) => {
          const user = await payload.create({
            collection: 'users',
            overrideAccess: true,
            data: { ...(validData('users', world, dept) as RequiredDataFromCollectionSlug<'users'>), role },
          })
          return { ...user, collection: 'users' as const }
        }
        const own = await mk('editor', world.deptA)
        const other = await mk('publisher', world.deptB)
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

      it('is a plugin: its collection keeps the CMS’s request limits and German dates, its purge runs nightly', () => {
        const config = cms.config as SanitizedConfig
        const feedback = config.collections.find((c) => c.slug === 'feedback')!
        expect(feedback.hooks.beforeOperation).toContain(limitRequest)
        const deadline = feedback.flattenedFields.find((f) => f.name === 'deadline')
        expect(deadline?.type === 'date' && deadline.admin?.date?.displayFormat).toBe('dd.MM.yyyy')
        const task = config.jobs.tasks?.find((t) => t.slug === PERSONAL_DATA_TASK)
        expect(task?.schedule).toEqual([{ cron: '0 30 3 * * *', queue: 'default' }])
      })

      it('deletes the contact data of old reports after the retention period, keeping the reports', async () => {
        const past = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
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
        await purgeFeedbackContactData(payload)
        const f = await payload.findByID({ collection: 'feedback', id: oldFeedback.id, overrideAccess: true })
        expect([f.name ?? null, f.email ?? null, f.problem]).toEqual([null, null, 'alt'])
      })
    })
  })
}
