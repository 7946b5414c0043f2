import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApiServer } from '../helpers/apiServer.ts'
import { startCms, type TestCms } from '../helpers/cms.ts'
import type { TestDatabase } from '../helpers/database.ts'
import { buildWorld, unique, validData, type Id, type World } from '../helpers/fixtures.ts'

type Doc = Record<string, unknown> & { id: Id }
type Page = { docs: Doc[]; limit: number; totalDocs: number }

const SERVICES = 14
const CONTACTS = 4
const LOCATIONS = 2
/** Payload's default page size: the most an anonymous reader gets (cms/lib/requestLimits.ts). */
const ANONYMOUS_MAX_LIMIT = 10
/** The admin's largest page size: the most a logged-in user gets. */
const MAX_LIMIT = 100
/** "A few hundred KB": the most one request may answer on this small world. */
const MAX_BYTES = 400 * 1024

/**
 * What one request may make the CMS read, over real HTTP (REST and GraphQL)
 * on a world where services, contact persons and locations all link to each
 * other: every level of population would multiply the answer.
 */
export function requestLimitsSuite(kind: TestDatabase) {
  describe(`request limits on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    let world: World
    let api: { url: string; close: () => Promise<void> }
    let token: string

    beforeAll(async () => {
      cms = await startCms(kind)
      payload = cms.payload
      world = await buildWorld(payload)
      const o = { overrideAccess: true, depth: 0 } as const
      const published = <S extends 'services' | 'contact-persons' | 'locations'>(collection: S) => ({
        ...validData(collection, world, world.deptA),
        _status: 'published' as const,
      })
      // Every link points on in a ring, so each level of population adds documents, and a
      // read without bounds still finishes (the unbounded answer is large, not endless).
      const locations: Id[] = []
      for (let i = 0; i < LOCATIONS; i++)
        locations.push((await payload.create({ ...o, collection: 'locations', data: published('locations') })).id)
      const services: Id[] = []
      for (let i = 0; i < SERVICES; i++)
        services.push(
          (
            await payload.create({
              ...o,
              collection: 'services',
              data: { ...published('services'), locations },
            })
          ).id,
        )
      const contacts: Id[] = []
      for (let i = 0; i < CONTACTS; i++)
        contacts.push(
          (
            await payload.create({
              ...o,
              collection: 'contact-persons',
              data: {
                ...published('contact-persons'),
                location: locations[i % LOCATIONS],
                responsibility: { services: [services[i]] },
              },
            })
          ).id,
        )
      for (const [i, id] of services.entries())
        await payload.update({
          ...o,
          collection: 'services',
          id,
          data: {
            relatedServices: [services[(i + 1) % SERVICES]],
            contactPersons: [contacts[i % CONTACTS]],
          },
        })
      const email = `${unique('pub')}@demo.lotse.example`
      const password = 'lang-und-geheim-2026'
      await payload.create({
        ...o,
        collection: 'users',
        data: { email, password, name: 'Freigabe', role: 'publisher', departments: [world.deptA] },
      })
      api = await startApiServer(cms.config as SanitizedConfig)
      const login = await fetch(`${api.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      token = ((await login.json()) as { token: string }).token
    })
    afterAll(async () => {
      await api?.close()
      await cms?.close()
    })

    async function get(path: string, auth = false) {
      const started = performance.now()
      const response = await fetch(`${api.url}${path}`, {
        headers: auth ? { authorization: `JWT ${token}` } : {},
        signal: AbortSignal.timeout(30_000),
      })
      const text = await response.text()
      return { status: response.status, bytes: Buffer.byteLength(text), ms: performance.now() - started, text }
    }

    async function graphql(query: string, variables: Record<string, unknown> = {}) {
      const started = performance.now()
      const response = await fetch(`${api.url}/api/graphql`, {
        method: 'POST',
        // GraphQL over HTTP: with this media type a refused query answers 400 (with application/json, 200).
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(30_000),
      })
      const text = await response.text()
      const body = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] }
      return { status: response.status, bytes: Buffer.byteLength(text), ms: performance.now() - started, body }
    }

    it('caps depth and limit of an anonymous REST read, however large they are asked for', async () => {
      const answer = await get('/api/services?depth=1000&limit=100000')
      expect(answer.status).toBe(200)
      const page = JSON.parse(answer.text) as Page
      expect(page.limit).toBe(ANONYMOUS_MAX_LIMIT)
      expect(page.docs).toHaveLength(ANONYMOUS_MAX_LIMIT)
      expect(page.totalDocs).toBeGreaterThan(ANONYMOUS_MAX_LIMIT)
      // The cyclic relationships are populated on the requested document only.
      const related = page.docs.find((d) => Array.isArray(d.relatedServices) && d.relatedServices.length > 0)!
      const first = (related.relatedServices as Doc[])[0]
      expect(typeof first).toBe('object')
      for (const field of ['relatedServices', 'contactPersons', 'locations'])
        for (const value of (first[field] as unknown[]) ?? []) expect(typeof value).not.toBe('object')
      expect(answer.bytes).toBeLessThan(MAX_BYTES)
    })

    it('ignores pagination=false and limit=0 from outside', async () => {
      for (const query of ['pagination=false', 'limit=0', 'limit=-5', 'limit=abc&pagination=false']) {
        const page = JSON.parse((await get(`/api/services?depth=0&${query}`)).text) as Page
        expect(page.docs.length, query).toBeLessThanOrEqual(ANONYMOUS_MAX_LIMIT)
      }
    })

    it('caps the limit of join fields', async () => {
      const answer = await get('/api/locations?depth=5&limit=1&joins[offeredServices][limit]=0')
      const page = JSON.parse(answer.text) as Page
      const joined = page.docs[0].offeredServices as { docs: unknown[] }
      expect(joined.docs.length).toBeLessThanOrEqual(ANONYMOUS_MAX_LIMIT)
      expect(answer.bytes).toBeLessThan(MAX_BYTES)
    })

    it('lets logged-in users read up to the admin’s largest page, no more', async () => {
      const page = JSON.parse((await get('/api/services?depth=0&limit=100000', true)).text) as Page
      expect(page.limit).toBe(MAX_LIMIT)
      expect(page.docs.length).toBe(page.totalDocs)
    })

    it('keeps the answer of every anonymous REST list small at the deepest depth', async () => {
      for (const collection of ['services', 'contact-persons', 'locations', 'topics', 'regions']) {
        const answer = await get(`/api/${collection}?depth=1000&limit=100000&pagination=false`)
        expect(answer.status, collection).toBe(200)
        expect(answer.bytes, collection).toBeLessThan(MAX_BYTES)
      }
    })

    it('refuses a GraphQL query nested ten levels deep before running it', async () => {
      let inner = 'id name'
      for (let i = 0; i < 8; i++) inner = `id relatedServices { ${inner} }`
      const answer = await graphql(`{ Services(limit: 100) { docs { ${inner} } } }`)
      expect(answer.status, JSON.stringify(answer.body).slice(0, 400)).toBe(400)
      expect(answer.body.data).toBeUndefined()
      expect(answer.body.errors?.[0]?.message).toMatch(/zu aufwendig/)
      expect(answer.ms).toBeLessThan(2000)
    })

    it('refuses a GraphQL query that fans out too far, and many aliases', async () => {
      const wide = await graphql(`
        {
          Services(limit: 10) {
            docs {
              description
              relatedServices {
                description
                contactPersons {
                  responsibility {
                    services {
                      description
                    }
                  }
                }
              }
            }
          }
        }
      `)
      expect(wide.status).toBe(400)
      expect(wide.body.errors?.[0]?.message).toMatch(/zu aufwendig/)
      const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: Services { docs { id } }`).join(' ')
      const many = await graphql(`{ ${aliases} }`)
      expect(many.status).toBe(400)
      expect(many.body.errors?.[0]?.message).toMatch(/zu aufwendig/)
    })

    it('caps limit and pagination in GraphQL and answers an allowed deep query small', async () => {
      const list = await graphql(`
        {
          Services(limit: 100000, pagination: false) {
            docs {
              id
            }
          }
        }
      `)
      expect(list.status).toBe(200)
      const docs = (list.body.data as { Services: { docs: unknown[] } }).Services.docs
      expect(docs.length).toBeLessThanOrEqual(ANONYMOUS_MAX_LIMIT)
      const variables = await graphql(
        `
          query ($n: Int) {
            Services(limit: $n) {
              docs {
                id
              }
            }
          }
        `,
        { n: 0 },
      )
      expect((variables.body.data as { Services: { docs: unknown[] } }).Services.docs.length).toBeLessThanOrEqual(
        ANONYMOUS_MAX_LIMIT,
      )
      const allowed = await graphql(`
        {
          Services(limit: 100) {
            docs {
              name
              teaser
              relatedServices {
                name
                contactPersons {
                  function
                  location {
                    name
                  }
                }
              }
            }
          }
        }
      `)
      expect(allowed.status).toBe(200)
      expect(allowed.body.errors).toBeUndefined()
      expect(allowed.bytes).toBeLessThan(MAX_BYTES)
    })
  })
}
