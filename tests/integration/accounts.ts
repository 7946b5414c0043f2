import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApiServer } from '../helpers/apiServer.ts'
import { startCms, type TestCms } from '../helpers/cms.ts'
import type { TestDatabase } from '../helpers/database.ts'
import { buildWorld, unique, type Id, type World } from '../helpers/fixtures.ts'

type Answer = {
  status: number
  ms: number
  headers: Headers
  json: { errors?: { message: string; path?: string }[]; message?: string; token?: string }
}

let addresses = 0
/** A fresh client address (the test server passes X-Forwarded-For on as a trusted proxy would). */
const address = () => `198.51.100.${++addresses}`

/**
 * Logins and passwords over real HTTP (ASVS 5.0 V6): the password policy,
 * the current password for a change, the Secure cookie behind https,
 * uniform answers and timing, throttling per address; and malformed queries
 * answering 400.
 */
export function accountsSuite(kind: TestDatabase) {
  describe(`accounts and logins on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    let world: World
    let api: { url: string; close: () => Promise<void> }
    const admin = { email: '', password: 'Konten-pflegen-im-Amt-2026' }
    const editor = { email: '', password: 'Schreibt-viel-Texte-2026', id: 0 as Id }

    beforeAll(async () => {
      process.env.CMS_URL = 'https://cms.beratung.example'
      cms = await startCms(kind)
      payload = cms.payload
      world = await buildWorld(payload)
      admin.email = `${unique('admin')}@demo.lotse.example`
      editor.email = `${unique('redaktion')}@demo.lotse.example`
      await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { ...admin, name: 'Verwaltung', role: 'admin' },
      })
      editor.id = (
        await payload.create({
          collection: 'users',
          overrideAccess: true,
          data: { ...editor, name: 'Redaktion', role: 'editor', departments: [world.deptA] },
        })
      ).id
      api = await startApiServer(cms.config as SanitizedConfig)
    })
    afterAll(async () => {
      await api?.close()
      await cms?.close()
    })

    async function send(path: string, body: unknown, init: { token?: string; method?: string; from?: string } = {}) {
      const started = performance.now()
      const response = await fetch(`${api.url}${path}`, {
        method: init.method ?? 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': init.from ?? address(),
          ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
        },
        body: JSON.stringify(body),
      })
      const text = await response.text()
      return {
        status: response.status,
        ms: performance.now() - started,
        headers: response.headers,
        json: (text ? JSON.parse(text) : {}) as Answer['json'],
      }
    }
    const login = (email: string, password: string, from?: string) =>
      send('/api/users/login', { email, password }, { from })

    it('refuses short, common and guessable passwords with a German message, and takes good ones', async () => {
      const { token } = (await login(admin.email, admin.password)).json
      for (const password of ['kurz123', 'passwort1234', '123456789012', 'qwertzuiop12', 'aaaaaaaaaaaaaaa']) {
        const answer = await send(
          '/api/users',
          {
            email: `${unique('neu')}@demo.lotse.example`,
            password,
            name: 'Neu',
            role: 'editor',
            departments: [world.deptA],
          },
          { token },
        )
        expect(answer.status, password).toBe(400)
        expect(JSON.stringify(answer.json), password).toMatch(/Passwort/)
      }
      const named = await send(
        '/api/users',
        {
          email: 'erika.mustermann@demo.lotse.example',
          password: 'erika.mustermann',
          name: 'Erika',
          role: 'editor',
          departments: [world.deptA],
        },
        { token },
      )
      expect(named.status).toBe(400)
      const good = await send(
        '/api/users',
        {
          email: `${unique('neu')}@demo.lotse.example`,
          password: 'Ein Satz aus vielen Wörtern',
          name: 'Neu',
          role: 'editor',
          departments: [world.deptA],
        },
        { token },
      )
      expect(good.status, JSON.stringify(good.json)).toBe(201)
    })

    it('changes one’s own password only with the current one', async () => {
      const { token } = (await login(editor.email, editor.password)).json
      const path = `/api/users/${editor.id}`
      const without = await send(path, { password: 'Ganz-neues-Kennwort-2027' }, { token, method: 'PATCH' })
      expect(without.status).toBe(400)
      expect(JSON.stringify(without.json)).toMatch(/aktuelles Passwort/)
      const wrong = await send(
        path,
        { password: 'Ganz-neues-Kennwort-2027', currentPassword: 'falsch-falsch-falsch' },
        { token, method: 'PATCH' },
      )
      expect(wrong.status).toBe(400)
      expect((await login(editor.email, 'Ganz-neues-Kennwort-2027')).status).toBe(401)
      const weak = await send(
        path,
        { password: 'passwort1234', currentPassword: editor.password },
        { token, method: 'PATCH' },
      )
      expect(weak.status).toBe(400)
      const right = await send(
        path,
        { password: 'Ganz-neues-Kennwort-2027', currentPassword: editor.password },
        { token, method: 'PATCH' },
      )
      expect(right.status, JSON.stringify(right.json)).toBe(200)
      expect(JSON.stringify(right.json)).not.toContain(editor.password)
      expect((await login(editor.email, 'Ganz-neues-Kennwort-2027')).status).toBe(200)
      editor.password = 'Ganz-neues-Kennwort-2027'
    })

    it('sets the session cookie Secure when the CMS is reached over https', async () => {
      const answer = await login(editor.email, editor.password)
      expect(answer.status).toBe(200)
      const cookie = answer.headers.get('set-cookie') ?? ''
      expect(cookie).toMatch(/payload-token=/)
      expect(cookie).toMatch(/;\s*Secure/i)
      expect(cookie).toMatch(/HttpOnly/i)
    })

    it('answers a failed login the same, in about the same time, for unknown, wrong and locked accounts', async () => {
      const locked = `${unique('gesperrt')}@demo.lotse.example`
      await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: {
          email: locked,
          password: 'Gesperrtes-Konto-2026',
          name: 'Benutzerin',
          role: 'editor',
          departments: [world.deptA],
        },
      })
      await payload.db.updateOne({
        collection: 'users',
        where: { email: { equals: locked } },
        data: { lockUntil: new Date(Date.now() + 3600_000).toISOString(), loginAttempts: 10 },
      })
      const unknown = [] as Answer[]
      const wrong = [] as Answer[]
      const lockedAnswers = [] as Answer[]
      for (let i = 0; i < 3; i++) {
        unknown.push(await login(`niemand-${i}@demo.lotse.example`, 'Irgendein-Passwort-1'))
        wrong.push(await login(editor.email, 'Irgendein-Passwort-1'))
        lockedAnswers.push(await login(locked, 'Gesperrtes-Konto-2026'))
      }
      const bodies = new Set(
        [...unknown, ...wrong, ...lockedAnswers].map((a) => `${a.status} ${JSON.stringify(a.json)}`),
      )
      expect([...bodies]).toHaveLength(1)
      expect([...bodies][0]).toMatch(/^401 .*Anmeldung ist fehlgeschlagen/)
      const fastest = (answers: Answer[]) => Math.min(...answers.map((a) => a.ms))
      // A password hash takes hundreds of milliseconds; without one an unknown address answers in a few.
      expect(fastest(unknown)).toBeGreaterThan(fastest(wrong) * 0.5)
      expect(fastest(lockedAnswers)).toBeGreaterThan(fastest(wrong) * 0.5)
    })

    it('answers "Passwort vergessen" the same, at once, whether the account exists or not', async () => {
      const known = await send('/api/users/forgot-password', { email: editor.email })
      const unknown = await send('/api/users/forgot-password', { email: 'niemand@demo.lotse.example' })
      expect(known.status).toBe(200)
      expect(unknown.status).toBe(200)
      expect(known.json).toEqual(unknown.json)
      expect(known.ms).toBeLessThan(1000)
      // The token is still set for the existing account (after the answer).
      await expect
        .poll(
          async () => {
            const row = (await payload.db.findOne({
              collection: 'users',
              where: { email: { equals: editor.email } },
            })) as {
              resetPasswordToken?: string | null
            }
            return Boolean(row?.resetPasswordToken)
          },
          { timeout: 15_000 },
        )
        .toBe(true)
      // One mail per account and 15 s: a second request answers the same and leaves the first token.
      const token = async () =>
        (
          (await payload.db.findOne({ collection: 'users', where: { email: { equals: editor.email } } })) as {
            resetPasswordToken?: string | null
          }
        ).resetPasswordToken
      const first = await token()
      const again = await send('/api/users/forgot-password', { email: editor.email })
      expect(again.json).toEqual(known.json)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(await token()).toBe(first)
    })

    it('slows down one address trying many accounts', async () => {
      const from = '203.0.113.200'
      const statuses: number[] = []
      for (let i = 0; i < 12; i++)
        statuses.push((await login(`konto-${i}@demo.lotse.example`, 'Falsches-Passwort-99', from)).status)
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401))
      expect(statuses.slice(10)).toEqual([429, 429])
      // Even the right password waits, from that address; another address is not affected.
      const blocked = await login(editor.email, editor.password, from)
      expect(blocked.status).toBe(429)
      expect(blocked.json.errors?.[0]?.message).toMatch(/Minuten/)
      expect((await login(editor.email, editor.password)).status).toBe(200)
    })

    it("shows staff their own account, their departments' colleagues and the admins, nobody else", async () => {
      const make = (name: string, role: 'editor' | 'publisher', departments: Id[]) =>
        payload.create({
          collection: 'users',
          overrideAccess: true,
          data: { email: `${unique(name)}@demo.lotse.example`, password: editor.password, name, role, departments },
        })
      const colleague = await make('Kollegin', 'publisher', [world.deptA])
      const stranger = await make('Fremd', 'editor', [world.deptB])
      const me = await payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true, depth: 0 })
      const seen = await payload.find({
        collection: 'users',
        user: { ...me, collection: 'users' },
        overrideAccess: false,
        depth: 0,
        limit: 0,
        pagination: false,
      })
      const names = new Set(seen.docs.map((u) => u.name))
      expect(names.has('Redaktion')).toBe(true)
      expect(names.has('Kollegin')).toBe(true)
      expect(names.has('Verwaltung')).toBe(true)
      expect(names.has('Fremd')).toBe(false)
      // One by one as well: another department's account is not found.
      await expect(
        payload.findByID({
          collection: 'users',
          id: stranger.id,
          user: { ...me, collection: 'users' },
          overrideAccess: false,
        }),
      ).rejects.toThrow()
      expect(colleague.id).toBeTruthy()
    })

    it('answers malformed queries with 400, over REST and GraphQL', async () => {
      const queries = [
        '/api/services?where[createdAt][greater_than]=kein-datum',
        '/api/services?where[or][0][id][in]=x,y',
        '/api/services?where[slug][near]=1,2',
        '/api/services?where[topics][in]=abc',
        '/api/services?where=abc',
        '/api/locations?where[region][equals]=abc',
      ]
      for (const query of queries) {
        const response = await fetch(api.url + query, { headers: { 'x-forwarded-for': address() } })
        const body = (await response.json()) as { errors?: { message: string }[] }
        expect(response.status, query).toBe(400)
        expect(body.errors?.[0]?.message, query).toMatch(/Abfrage ist ungültig|cannot be queried|ungültig/)
      }
      // GraphQL checks the types of its arguments itself: a malformed value is refused, never a 500.
      const graphql = await fetch(`${api.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ Services(where: { createdAt: { greater_than: "kein-datum" } }) { docs { id } } }',
        }),
      })
      expect(graphql.status).toBeLessThan(500)
      const result = (await graphql.json()) as { errors?: { message: string; extensions?: { statusCode?: number } }[] }
      expect(result.errors?.length).toBeGreaterThan(0)
      expect(result.errors?.[0]?.message).not.toMatch(/Something went wrong/)
      expect(result.errors?.[0]?.extensions?.statusCode ?? 400).toBeLessThan(500)
    })
  })
}
