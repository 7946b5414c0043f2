import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BuildOptions, Release } from '../build.ts'
import { newReleaseId, releasesDir, switchCurrent } from '../releases.ts'
import { pipelineRunner, PUBLISH_TASK, type PipelineRunner } from '../runner.ts'
import { startApiServer } from '../../../tests/helpers/apiServer.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, unique, type World } from '../../../tests/helpers/fixtures.ts'
import { asDocId, dataFor, pipelineSettled } from './fixtures.ts'

const o = { overrideAccess: true, depth: 0 } as const

/** A stand-in build: writes a tiny release and switches `current` to it. */
async function fakeBuild({ dataDir }: BuildOptions): Promise<Release> {
  const id = newReleaseId()
  const dir = path.join(releasesDir(dataDir), id)
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'index.html'), `<p>${id}</p>\n`)
  await switchCurrent(dataDir, id)
  return { id, dir, pages: 1, steps: [{ step: 'build', ms: 1 }] }
}

export function restoreRollbackSuite(kind: TestDatabase) {
  describe(`restore and rollback on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let runner: PipelineRunner
    let api: { url: string; close: () => Promise<void> }
    const tokens: Record<string, string> = {}

    async function login(role: string, departments: (number | string)[]) {
      const ids = departments.map(asDocId)
      const email = `${role}-${unique('u')}@demo.lotse.example`
      const password = 'geheim-123456'
      await cms.payload.create({
        ...o,
        collection: 'users',
        data: { email, password, name: role, role: role as 'publisher', departments: ids },
      })
      const res = await fetch(`${api.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      return ((await res.json()) as { token: string }).token
    }

    const settled = () => pipelineSettled(cms.payload, [runner])

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await buildWorld(cms.payload)
      api = await startApiServer(cms.config)
      tokens.publisherA = await login('publisher', [world.deptA])
      runner = pipelineRunner(cms.payload, {
        dataDir: cms.dataDir,
        build: fakeBuild,
        autoBuild: true,
        debounceMs: 300,
        maxWaitMs: 3000,
        pollMs: 200,
        log: () => {},
      })
      await runner.request({ trigger: 'Start' })
      await settled()
    })
    afterAll(async () => {
      await runner?.close()
      await api?.close()
      await cms?.close()
    })

    const rest = (token: string, method: string, url: string, body?: unknown) =>
      fetch(`${api.url}${url}`, {
        method,
        headers: { Authorization: `JWT ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      })

    it('a restore in the admin (REST, as a publisher) requests its build at once', async () => {
      const t = tokens.publisherA
      let res = await rest(t, 'PATCH', `/api/services/${world.serviceA}`, {
        name: 'Fassung zwei',
        _status: 'published',
      })
      expect(res.status).toBe(200)
      await settled()
      const { docs: versions } = await cms.payload.findVersions({
        ...o,
        collection: 'services',
        where: { and: [{ parent: { equals: world.serviceA } }, { 'version._status': { equals: 'published' } }] },
        sort: '-updatedAt',
      })
      expect(versions.length).toBeGreaterThan(1)
      const requested = Date.now()
      res = await rest(t, 'POST', `/api/services/versions/${versions[1].id}?draft=false`)
      expect(res.status, await res.clone().text()).toBe(200)
      const { docs: jobs } = await cms.payload.find({
        ...o,
        collection: 'payload-jobs',
        where: {
          and: [
            { taskSlug: { equals: PUBLISH_TASK } },
            { createdAt: { greater_than_equal: new Date(requested - 1000).toISOString() } },
          ],
        },
        sort: '-createdAt',
        limit: 1,
      })
      expect(jobs).toHaveLength(1)
      expect(new Date(jobs[0].waitUntil as string).getTime() - requested).toBeLessThan(2500)
      await settled()
      const { docs: records } = await cms.payload.find({ ...o, collection: 'releases', sort: '-createdAt', limit: 1 })
      expect(records[0].status).toBe('live')
      expect(records[0].changedDocs?.map((d) => d.docId)).toContain(String(world.serviceA))
    })

    const service = async (id: number | string) =>
      (await cms.payload.findByID({ ...o, collection: 'services', id, draft: false })) as unknown as {
        name: string
        _status: string
      }

    it('a rollback offers to restore or unpublish what it took back; only the department’s publishers may', async () => {
      const t = tokens.publisherA
      // The first test's restore has its own build by now (its job is due a moment after the request, so the
      // pipeline can look settled before it starts): the rollback below goes back to exactly that release. This
      // suite's builds read nothing (buildRelease is replaced), so "live then" is decided by the builds' times.
      const { updatedAt } = (await cms.payload.findByID({ ...o, collection: 'services', id: world.serviceA })) as {
        updatedAt: string
      }
      await expect
        .poll(
          async () => {
            await settled()
            const { docs } = await cms.payload.find({
              ...o,
              collection: 'releases',
              where: { and: [{ status: { equals: 'live' } }, { startedAt: { greater_than_equal: updatedAt } }] },
              limit: 1,
            })
            return docs.length
          },
          { timeout: 60_000, interval: 250 },
        )
        .toBe(1)
      const before = (await service(world.serviceA)).name
      // A change to a live service and a new service, published after the release the site goes back to.
      let res = await rest(t, 'PATCH', `/api/services/${world.serviceA}`, {
        name: 'Falsche Fassung',
        _status: 'published',
      })
      expect(res.status).toBe(200)
      res = await rest(t, 'POST', '/api/services', { ...dataFor('services', world, world.deptA), _status: 'published' })
      expect(res.status, await res.clone().text()).toBe(201)
      const created = ((await res.json()) as { doc: { id: number | string } }).doc
      await settled()

      // Neither an editor nor a publisher of another department rolls back this department's changes.
      const editor = await login('editor', [world.deptA])
      const publisherB = await login('publisher', [world.deptB])
      expect((await rest(editor, 'POST', '/api/releases/rollback', {})).status).toBe(403)
      const refused = await rest(publisherB, 'POST', '/api/releases/rollback', {})
      expect(refused.status).toBe(403)
      expect(((await refused.json()) as { message: string }).message).toContain('anderer Dezernate')

      res = await rest(t, 'POST', '/api/releases/rollback', {})
      expect(res.status, await res.clone().text()).toBe(200)
      const answer = (await res.json()) as { takenBack: { collection: string; id: string; action: string }[] }
      const offered = answer.takenBack.map((d) => `${d.collection}/${d.id}:${d.action}`).sort()
      expect(offered).toEqual([`services/${created.id}:unpublish`, `services/${world.serviceA}:restore`].sort())
      // The documents are still published in the CMS until someone restores them.
      expect((await service(world.serviceA)).name).toBe('Falsche Fassung')

      // Another department's publisher and an editor may not undo it.
      const body = { collection: 'services', id: String(world.serviceA) }
      expect((await rest(publisherB, 'POST', '/api/releases/take-back', body)).status).toBe(403)
      expect((await rest(editor, 'POST', '/api/releases/take-back', body)).status).toBe(403)
      expect((await rest(t, 'POST', '/api/releases/take-back', { collection: 'services' })).status).toBe(400)
      expect((await service(world.serviceA)).name).toBe('Falsche Fassung')

      // The department's publisher restores one, then "Alle wiederherstellen" does the rest.
      res = await rest(t, 'POST', '/api/releases/take-back', body)
      expect(res.status, await res.clone().text()).toBe(200)
      expect((await service(world.serviceA)).name).toBe(before)
      expect((await service(world.serviceA))._status).toBe('published')
      let list = (await (await rest(t, 'GET', '/api/releases/take-back')).json()) as { docs: { id: string }[] }
      expect(list.docs.map((d) => d.id)).toEqual([String(created.id)])
      res = await rest(t, 'POST', '/api/releases/take-back', { all: true })
      expect(res.status, await res.clone().text()).toBe(200)
      const main = (await cms.payload.db.findOne({
        collection: 'services',
        where: { id: { equals: created.id } },
      })) as { _status?: string } | null
      expect(main?._status).toBe('draft')
      await settled()
      list = (await (await rest(t, 'GET', '/api/releases/take-back')).json()) as { docs: { id: string }[] }
      expect(list.docs).toEqual([])

      // The restore and the unpublish were built; the next publish of another document keeps the old text.
      const { docs: builds } = await cms.payload.find({
        ...o,
        collection: 'releases',
        where: { status: { in: ['live', 'superseded'] } },
        sort: '-createdAt',
        limit: 3,
      })
      const named = builds.flatMap((b) => (b.changedDocs ?? []).map((d) => `${d.docId}:${d.change}`))
      expect(named).toContain(`${world.serviceA}:veröffentlicht`)
      expect(named).toContain(`${created.id}:zurückgezogen`)
      res = await rest(publisherB, 'PATCH', `/api/services/${world.serviceB}`, {
        name: 'Andere Leistung',
        _status: 'published',
      })
      expect(res.status).toBe(200)
      await settled()
      expect((await service(world.serviceA)).name).toBe(before)
    })
  })
}
