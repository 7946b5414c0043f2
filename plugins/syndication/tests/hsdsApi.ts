/**
 * The live HSDS 3.0 API (plugins/syndication/hsds/endpoints.ts) over real HTTP on seeded demo
 * content: every response passes the HSDS schemas (or the problem shape),
 * equals the release export, pages and filters correctly, refuses bad
 * parameters with 400, and shows published content only.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '../../../cms/export/export.ts'
import { writeHsdsRelease } from '../hsds/release.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { HsdsValidator, hsdsSchemasAvailable, kindOfPath } from '../../../tests/helpers/hsds.ts'
import { startApiServer } from '../../../tests/helpers/apiServer.ts'

type Page<T = { id: string; name: string; description?: string; last_modified?: string }> = {
  total_items: number
  total_pages: number
  page_number: number
  size: number
  first_page: boolean
  last_page: boolean
  empty: boolean
  contents: T[]
}
type Problem = { type: string; title: string; status: number; detail: string; parameter?: string }

const siteUrl = 'https://beratung.example'

export function hsdsApiSuite(kind: TestDatabase) {
  describe.runIf(hsdsSchemasAvailable())(`live HSDS API on ${kind}`, () => {
    let cms: TestCms
    let server: { url: string; close: () => Promise<void> }
    let validator: HsdsValidator
    let releaseDir: string
    let client = 0

    /** GET below /api/hsds; each call comes from its own client address unless one is given. Every answer is validated. */
    async function get<T = unknown>(apiPath: string, init: { client?: string; method?: string } = {}) {
      const url = `${server.url}/api/hsds${apiPath}`
      const requestInit = {
        method: init.method ?? 'GET',
        headers: {
          'X-Forwarded-For': init.client ?? `198.51.100.${(client++ % 250) + 1}`,
          Origin: 'https://partner.example',
        },
      }
      // One retry for the keep-alive race (the server closed an idle connection as the next request went out).
      const response = await fetch(url, requestInit).catch(() => fetch(url, requestInit))
      const text = await response.text()
      const body = (text ? JSON.parse(text) : undefined) as T
      if (response.status === 200) {
        const { pathname, searchParams } = new URL(apiPath, 'http://x')
        expect(validator.errors(kindOfPath(pathname, searchParams), body), apiPath).toEqual([])
      } else if (response.status !== 204) {
        expect(validator.errors('problem', body), apiPath).toEqual([])
        expect(response.headers.get('content-type'), apiPath).toMatch(/^application\/problem\+json/)
        expect((body as Problem).status).toBe(response.status)
      }
      return { status: response.status, headers: response.headers, body }
    }

    const release = <T>(file: string) => JSON.parse(readFileSync(path.join(releaseDir, 'api/hsds', file), 'utf8')) as T

    beforeAll(async () => {
      process.env.SITE_URL = siteUrl
      cms = await startCms(kind, { from: 'demo' })
      releaseDir = mkdtempSync(path.join(tmpdir(), 'lotse-hsds-'))
      const snapshotDir = path.join(releaseDir, 'snapshot')
      await exportSnapshot(cms.payload, snapshotDir)
      await writeHsdsRelease({
        snapshotDir,
        outDir: releaseDir,
        previousDir: null,
        releaseId: 'test',
        builtAt: new Date().toISOString(),
        siteUrl,
      })
      server = await startApiServer(cms.config)
      validator = new HsdsValidator().compileAll()
    })
    afterAll(async () => {
      await server?.close()
      await cms?.close()
      if (releaseDir) rmSync(releaseDir, { recursive: true, force: true })
    })

    it('answers the API root without login, with CORS open and a short cache', async () => {
      const root = await get<{ version: string }>('')
      expect(root.status).toBe(200)
      expect(root.body.version).toBe('3.0')
      expect(root.headers.get('access-control-allow-origin')).toBe('*')
      expect(root.headers.get('cache-control')).toMatch(/max-age=\d+/)
      expect((await get('/')).status).toBe(200)
      const preflight = await get('/services', { method: 'OPTIONS' })
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
      expect(preflight.headers.get('access-control-allow-methods')).toContain('GET')
    })

    it('serves every service, organization and taxonomy term, equal to the release export', async () => {
      const services = await get<Page>('/services?per_page=200')
      expect(services.status).toBe(200)
      expect(services.body).toEqual(release('services.json'))
      expect(services.body.total_items).toBeGreaterThanOrEqual(40)
      for (const { id } of services.body.contents) {
        const service = await get(`/services/${id}`)
        expect(service.status).toBe(200)
        expect(service.body).toEqual(release(`services/${id}.json`))
      }
      const organizations = await get<Page>('/organizations')
      expect(organizations.body).toEqual(release('organizations.json'))
      for (const { id } of organizations.body.contents) {
        expect((await get(`/organizations/${id}`)).body).toEqual(release(`organizations/${id}.json`))
        const full = await get<{ services: object[] }>(`/organizations/${id}?full_service=true`)
        expect(full.body.services.every((s) => 'service_at_locations' in s)).toBe(true)
      }
      const sals = await get<Page>('/service_at_locations?per_page=200')
      expect(sals.body).toEqual(release('service_at_locations.json'))
      for (const { id } of sals.body.contents.slice(0, 10)) {
        expect((await get(`/service_at_locations/${id}`)).body).toEqual(release(`service_at_locations/${id}.json`))
      }
      const terms = await get<Page>('/taxonomy_terms?per_page=200')
      expect(terms.body).toEqual(release('taxonomy_terms.json'))
      for (const { id } of terms.body.contents) {
        expect((await get(`/taxonomy_terms/${id}`)).body).toEqual(release(`taxonomy_terms/${id}.json`))
      }
      const taxonomies = await get<Page>('/taxonomies')
      expect(taxonomies.body).toEqual(release('taxonomies.json'))
      expect((await get(`/taxonomies/${taxonomies.body.contents[0]!.id}`)).status).toBe(200)
      // Full lists validate too.
      expect((await get('/services?full=true&per_page=5')).status).toBe(200)
      expect((await get('/organizations?full=true')).status).toBe(200)
      expect((await get('/organizations?full_service=true')).status).toBe(200)
      expect((await get('/service_at_locations?full=true&per_page=5')).status).toBe(200)
    })

    it('pages lists', async () => {
      const all = await get<Page>('/services?per_page=200')
      const total = all.body.total_items
      const first = await get<Page>('/services?per_page=10')
      const second = await get<Page>('/services?per_page=10&page=2')
      const last = await get<Page>(`/services?per_page=10&page=${Math.ceil(total / 10)}`)
      expect(first.body).toMatchObject({ total_items: total, total_pages: Math.ceil(total / 10), page_number: 1 })
      expect(first.body).toMatchObject({ size: 10, first_page: true, last_page: false, empty: false })
      expect(second.body).toMatchObject({ page_number: 2, size: 10, first_page: false })
      expect(last.body).toMatchObject({ size: total % 10 || 10, last_page: true })
      const ids = [first, second].flatMap((p) => p.body.contents.map((s) => s.id))
      expect(new Set(ids).size).toBe(20)
      expect(ids).toEqual(all.body.contents.slice(0, 20).map((s) => s.id))
      const beyond = await get<Page>(`/services?per_page=10&page=${Math.ceil(total / 10) + 1}`)
      expect(beyond.body).toMatchObject({ empty: true, size: 0, contents: [] })
      expect((await get<Page>('/services')).body.size).toBe(Math.min(50, total))
    })

    it('filters by search, taxonomy term, organization and taxonomy', async () => {
      const found = await get<Page>('/services?search=budget&per_page=200')
      expect(found.body.total_items).toBeGreaterThan(0)
      expect(found.body.contents.some((s) => s.name === 'Persönliches Budget')).toBe(true)
      for (const s of found.body.contents) expect(`${s.name} ${s.description}`.toLowerCase()).toContain('budget')
      expect((await get<Page>('/services?search=BUDGET&per_page=200')).body.total_items).toBe(found.body.total_items)

      const terms = (await get<Page>('/taxonomy_terms?per_page=200')).body.contents
      const all = (await get<Page>('/services?full=true&per_page=200')).body.contents as unknown as {
        id: string
        organization_id: string
        attributes: { taxonomy_term_id: string }[]
      }[]
      let nonEmpty = 0
      for (const term of terms) {
        const expected = all.filter((s) => s.attributes.some((a) => a.taxonomy_term_id === term.id)).map((s) => s.id)
        const byTerm = await get<Page>(`/services?taxonomy_term_id=${term.id}&per_page=200`)
        expect(
          byTerm.body.contents.map((s) => s.id),
          term.name,
        ).toEqual(expected)
        if (expected.length > 0) nonEmpty++
      }
      expect(nonEmpty).toBeGreaterThan(1)

      const organizations = (await get<Page>('/organizations')).body.contents
      let sum = 0
      for (const organization of organizations) {
        const byOrg = await get<Page>(`/services?organization_id=${organization.id}&per_page=200`)
        expect(byOrg.body.contents.map((s) => s.id)).toEqual(
          all.filter((s) => s.organization_id === organization.id).map((s) => s.id),
        )
        sum += byOrg.body.total_items
        const sals = await get<Page<{ service: { organization_id: string } }>>(
          `/service_at_locations?organization_id=${organization.id}&per_page=200`,
        )
        for (const sal of sals.body.contents) expect(sal.service.organization_id).toBe(organization.id)
      }
      expect(sum).toBe(all.length)

      const taxonomy = (await get<Page>('/taxonomies')).body.contents[0]!
      expect((await get<Page>(`/services?taxonomy_id=${taxonomy.id}&per_page=200`)).body.total_items).toBe(
        all.filter((s) => s.attributes.length > 0).length,
      )
      const unknown = await get<Page>('/services?organization_id=00000000-0000-5000-8000-000000000000')
      expect(unknown.body).toMatchObject({ total_items: 0, empty: true })
      const top = await get<Page<{ parent_id?: string }>>('/taxonomy_terms?top_only=true&per_page=200')
      expect(top.body.total_items).toBeGreaterThan(0)
      for (const term of top.body.contents) expect(term.parent_id).toBeUndefined()
    })

    it('returns services changed on or after modified_after', async () => {
      const all = (await get<Page>('/services?per_page=200')).body.contents
      const latest = all
        .map((s) => s.last_modified!)
        .sort()
        .at(-1)!
      const after = new Date(Date.parse(latest) + 1).toISOString()
      expect((await get<Page>(`/services?modified_after=${after}`)).body.total_items).toBe(0)

      const target = await cms.payload.find({
        collection: 'services',
        where: { slug: { equals: 'budget-fuer-arbeit' } },
        draft: false,
        overrideAccess: true,
        depth: 0,
      })
      await new Promise((resolve) => setTimeout(resolve, 5))
      await cms.payload.update({
        collection: 'services',
        id: target.docs[0]!.id,
        data: { processingTime: 'Etwa vier Wochen.', _status: 'published' },
        overrideAccess: true,
        context: { skipPublish: true },
      })
      const changed = await get<Page>(`/services?modified_after=${encodeURIComponent(after)}`)
      expect(changed.body.contents.map((s) => s.name)).toEqual(['Budget für Arbeit'])
      const sals = await get<Page<{ service: { name: string } }>>(
        `/service_at_locations?modified_after=${encodeURIComponent(after)}&per_page=200`,
      )
      expect(sals.body.total_items).toBeGreaterThan(0)
      for (const sal of sals.body.contents) expect(sal.service.name).toBe('Budget für Arbeit')
      const day = latest.slice(0, 10)
      expect((await get<Page>(`/services?modified_after=${day}&per_page=200`)).body.total_items).toBeGreaterThan(0)
    })

    it('answers bad parameters with 400 naming the parameter, never 500', async () => {
      const cases: [string, string][] = [
        ['/services?page=0', 'page'],
        ['/services?page=abc', 'page'],
        ['/services?page=1e3', 'page'],
        ['/services?per_page=0', 'per_page'],
        ['/services?per_page=500', 'per_page'],
        ['/services?per_page=1&per_page=2', 'per_page'],
        ['/services?modified_after=gestern', 'modified_after'],
        ['/services?modified_after=2026-02-30T25:00:00Z', 'modified_after'],
        ['/services?taxonomy_term_id=wohnen', 'taxonomy_term_id'],
        ['/services?organization_id=%27%20OR%201%3D1', 'organization_id'],
        ['/services?taxonomy_id=1', 'taxonomy_id'],
        ['/services?full=ja', 'full'],
        ['/services?format=ndjson', 'format'],
        ['/services?minimal=true', 'minimal'],
        ['/organizations?full_service=maybe', 'full_service'],
        ['/service_at_locations?proximity=1000', 'proximity'],
        ['/taxonomy_terms?top_only=1', 'top_only'],
        ['/taxonomy_terms?parent_id=x', 'parent_id'],
        [`/services?search=${'a'.repeat(300)}`, 'search'],
      ]
      for (const [apiPath, parameter] of cases) {
        const answer = await get<Problem>(apiPath)
        expect(answer.status, apiPath).toBe(400)
        expect(answer.body.parameter, apiPath).toBe(parameter)
        expect(answer.body.detail, apiPath).toContain(`„${parameter}“`)
        expect(answer.headers.get('access-control-allow-origin')).toBe('*')
      }
    })

    it('answers unknown ids and paths with 404', async () => {
      for (const apiPath of [
        '/services/00000000-0000-5000-8000-000000000000',
        '/services/12',
        '/organizations/00000000-0000-5000-8000-000000000000',
        '/service_at_locations/nope',
        '/taxonomy_terms/00000000-0000-5000-8000-000000000000',
        '/programs',
        '/services/a/b',
      ]) {
        const answer = await get<Problem>(apiPath)
        expect(answer.status, apiPath).toBe(404)
      }
    })

    it('shows published content only: no draft-only service, no pending draft, no name without consent', async () => {
      // A pending draft that would add a name and consent to a contact person without consent.
      const withoutConsent = await cms.payload.find({
        collection: 'contact-persons',
        where: { 'consent.given': { not_equals: true } },
        draft: false,
        overrideAccess: true,
        depth: 0,
      })
      expect(withoutConsent.docs.length).toBeGreaterThan(0)
      const person = withoutConsent.docs[0]!
      await cms.payload.update({
        collection: 'contact-persons',
        id: person.id,
        data: { name: 'Entwurfsname Zimmermann', consent: { given: true, recordedAt: '2026-01-01T00:00:00.000Z' } },
        draft: true,
        overrideAccess: true,
        context: { skipPublish: true },
      })
      const everything = [
        (await get('/services?full=true&per_page=200')).body,
        (await get('/service_at_locations?full=true&per_page=200')).body,
        (await get('/organizations?full_service=true')).body,
      ]
      const text = JSON.stringify(everything)
      expect(text).not.toContain('ENTWURF')
      expect(text).not.toContain('Entwurfsname')
      expect(text).not.toContain('Inklusive Freizeitangebote')
      expect(text).not.toContain('inklusive-freizeitangebote')
      const contacts = (everything[0] as Page<{ contacts: { title: string; name?: string }[] }>).contents.flatMap(
        (s) => s.contacts,
      )
      const unnamed = contacts.filter((c) => withoutConsent.docs.some((d) => d.function === c.title))
      expect(unnamed.length).toBeGreaterThan(0)
      for (const contact of unnamed) expect(contact).not.toHaveProperty('name')
      expect((await get<Page>('/services?search=entwurf')).body.total_items).toBe(0)
    })

    it('limits requests per client and answers 429 with Retry-After', async () => {
      const { HSDS_RATE_LIMIT, hsdsRateLimiter } = await import('../hsds/endpoints.ts')
      hsdsRateLimiter.reset()
      const clientAddress = '203.0.113.77'
      // Cheap requests (refused parameters) count as well.
      for (let i = 0; i < HSDS_RATE_LIMIT.limit; i++) {
        expect((await get(`/services?page=0&i=${i}`, { client: clientAddress })).status).toBe(400)
      }
      const limited = await get<Problem>('/services', { client: clientAddress })
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(limited.headers.get('access-control-allow-origin')).toBe('*')
      // Another client is not affected.
      expect((await get('/services?per_page=1')).status).toBe(200)
    })

    it('answers parallel requests from one dataset, rebuilt once a publish (or another process) changes the content', async () => {
      const payload = cms.payload
      const find = payload.find.bind(payload)
      let fullReads = 0
      payload.find = ((args: Parameters<typeof find>[0]) => {
        if ((args as { pagination?: boolean }).pagination === false) fullReads++
        return find(args)
      }) as typeof payload.find
      const {
        docs: [service],
      } = await find({ collection: 'services', where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })
      try {
        await get('/services?per_page=1')
        fullReads = 0
        const answers = await Promise.all(
          Array.from({ length: 20 }, (_, i) => get<Page>(`/services?per_page=5&page=${(i % 3) + 1}`)),
        )
        expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200))
        expect(fullReads).toBe(0)

        await payload.update({
          collection: 'services',
          id: service.id,
          data: { name: 'Frisch veröffentlicht Xylophon', _status: 'published' },
          overrideAccess: true,
        })
        fullReads = 0
        const [first, second] = await Promise.all([
          get<Page>('/services?search=xylophon'),
          get<Page>('/services?search=xylophon'),
        ])
        expect(first.body.total_items).toBe(1)
        expect(second.body.total_items).toBe(1)
        // One build for both requests: each public collection and the images read once.
        expect(fullReads).toBeGreaterThan(0)
        expect(fullReads).toBeLessThanOrEqual(11)

        // Another CMS process on the same database: the change arrives without this process's hooks.
        await payload.db.updateOne({
          collection: 'services',
          where: { id: { equals: service.id } },
          data: { name: 'Anderer Prozess Quittenbaum', updatedAt: new Date(Date.now() + 1000).toISOString() },
        })
        expect((await get<Page>('/services?search=quittenbaum')).body.total_items).toBe(1)
        expect((await get<Page>('/services?search=xylophon')).body.total_items).toBe(0)
      } finally {
        payload.find = find
        await payload.update({
          collection: 'services',
          id: service.id,
          data: { name: service.name, _status: 'published' },
          overrideAccess: true,
        })
      }
    })
  })
}
