import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeDatabase } from '../../../cms/lib/database.ts'
import type { BuildOptions, Release } from '../build.ts'
import { currentRelease, newReleaseId, releasesDir, switchCurrent } from '../releases.ts'
import { PipelineRunner, pipelineRunner, type RunnerOptions } from '../runner.ts'
import { serveCurrent } from '../serve.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, type World } from '../../../tests/helpers/fixtures.ts'
import { dataFor, pipelineSettled } from './fixtures.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A fake build: takes `ms`, writes a tiny release and switches `current` to it; counts and watches overlap. */
/** A stand-in build that takes `ms`, and does not finish before `gate` opens (when given). */
function fakeBuilds(ms: number, gate?: Promise<void>) {
  const stats = { started: 0, finished: 0, active: 0, maxActive: 0, ids: [] as string[] }
  const build = async ({ dataDir }: BuildOptions): Promise<Release> => {
    stats.started++
    stats.active++
    stats.maxActive = Math.max(stats.maxActive, stats.active)
    try {
      await sleep(ms)
      await gate
      const id = newReleaseId()
      const dir = path.join(releasesDir(dataDir), id)
      await mkdir(dir, { recursive: true })
      await writeFile(path.join(dir, 'index.html'), `<!doctype html><p data-release="${id}">${id}</p>\n`)
      await switchCurrent(dataDir, id)
      stats.ids.push(id)
      return { id, dir, pages: 1, steps: [{ step: 'build', ms }] }
    } finally {
      stats.active--
      stats.finished++
    }
  }
  return { stats, build }
}

export function publishPipelineSuite(kind: TestDatabase) {
  describe(`publish pipeline on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let second: Payload | undefined

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await buildWorld(cms.payload)
    })
    afterAll(async () => {
      await pipelineRunner(cms.payload).close()
      if (second) {
        const adapter = second.db
        await second.destroy?.()
        await closeDatabase(adapter)
      }
      await cms?.close()
    })

    const runnerFor = (payload: Payload, options: RunnerOptions) =>
      pipelineRunner(payload, {
        dataDir: cms.dataDir,
        autoBuild: true,
        debounceMs: 300,
        maxWaitMs: 3000,
        pollMs: 200,
        log: () => {},
        ...options,
      })

    const releases = async (where = {}) =>
      (
        await cms.payload.find({
          collection: 'releases',
          overrideAccess: true,
          pagination: false,
          depth: 0,
          sort: 'createdAt',
          where,
        })
      ).docs

    const settled = (...runners: PipelineRunner[]) => pipelineSettled(cms.payload, runners)

    it('builds a burst of 20 requests within 2 seconds at most twice', async () => {
      // A build outlasts the burst however slow the machine is (one lasting 1.5 s did not, on a busy CI machine):
      // what arrives while it runs must become one more build, not one each.
      let burstOver = () => {}
      const { stats, build } = fakeBuilds(1500, new Promise<void>((resolve) => (burstOver = resolve)))
      const runner = runnerFor(cms.payload, { build })
      for (let i = 0; i < 20; i++) {
        await runner.request({ trigger: `burst ${i}`, docs: [{ collection: 'services', id: i }] })
        await sleep(100)
      }
      burstOver()
      await settled(runner)
      expect(stats.started).toBeGreaterThanOrEqual(1)
      expect(stats.started).toBeLessThanOrEqual(2)
      expect(stats.maxActive).toBe(1)
      const live = await releases({ status: { equals: 'live' } })
      expect(live).toHaveLength(1)
      expect(live[0].releaseId).toBe(await currentRelease(cms.dataDir))
      // Every request (the 20, and those the hooks recorded while the fixtures were created) went into a build.
      const all = await releases()
      expect(all.filter((r) => r.status === 'merged').length + stats.started).toBe(all.length)
      expect(all.length).toBeGreaterThanOrEqual(20)
    })

    it('a request during a build yields exactly one more build', async () => {
      const { stats, build } = fakeBuilds(1500)
      const runner = runnerFor(cms.payload, { build, debounceMs: 50 })
      await runner.request({ trigger: 'erste Änderung' })
      while (stats.started === 0) await sleep(20)
      for (const n of [1, 2, 3]) await runner.request({ trigger: `während ${n}` })
      await settled(runner)
      expect(stats.started).toBe(2)
      const last = (await releases({ releaseId: { equals: stats.ids[1] } }))[0]
      expect(last.status).toBe('live')
      expect(last.trigger).toContain('während 1')
      expect(last.trigger).toContain('während 3')
      expect((await releases({ releaseId: { equals: stats.ids[0] } }))[0].status).toBe('superseded')
    })

    it('two CMS instances on one database never build at once', async () => {
      const { getPayload } = await import('payload')
      second = await getPayload({ config: cms.config, key: `second-${kind}` })
      const { stats, build } = fakeBuilds(400)
      const a = runnerFor(cms.payload, { build, debounceMs: 50 })
      const b = runnerFor(second, { build, debounceMs: 50 })
      for (let i = 0; i < 6; i++) {
        await a.request({ trigger: `a ${i}` })
        await b.request({ trigger: `b ${i}` })
        await sleep(250)
      }
      await settled(a, b)
      await sleep(500)
      await settled(a, b)
      expect(stats.started).toBeGreaterThanOrEqual(2)
      expect(stats.maxActive).toBe(1)
      expect(await releases({ status: { equals: 'live' } })).toHaveLength(1)
      const locks = await cms.payload.find({ collection: 'pipeline-locks', overrideAccess: true })
      expect(locks.docs).toHaveLength(0)
      await b.close()
    })

    it('a failing build leaves `current` untouched and records the step and message', async () => {
      const before = await currentRelease(cms.dataDir)
      expect(before).not.toBeNull()
      // The real buildRelease, with a root that has no Astro: the export runs, the build step fails.
      const root = await mkdtemp(path.join(tmpdir(), 'lotse-no-astro-'))
      const runner = runnerFor(cms.payload, { root, debounceMs: 0 })
      const id = await runner.request({ trigger: 'kaputt' })
      await settled(runner)
      expect(await currentRelease(cms.dataDir)).toBe(before)
      const record = await cms.payload.findByID({ collection: 'releases', id, overrideAccess: true, depth: 0 })
      expect(record.status).toBe('failed')
      expect(record.error).toContain('Schritt „Erstellen der Website“')
      expect(record.error).toContain('Astro build of the renderer failed')
      expect(record.steps?.map((s) => [s.step, s.ok])).toEqual([
        ['export', true],
        ['build', false],
      ])
      expect((await releases({ status: { equals: 'live' } }))[0].releaseId).toBe(before)
    })

    it('rollback serves the previous release again and records it', async () => {
      const { build } = fakeBuilds(10)
      const runner = runnerFor(cms.payload, { build, debounceMs: 0 })
      await runner.request({ trigger: 'noch eine' })
      await settled(runner)
      const server = serveCurrent(cms.dataDir).listen(0)
      await new Promise((r) => server.once('listening', r))
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
      try {
        const live = await currentRelease(cms.dataDir)
        const before = await fetch(url)
        expect(before.headers.get('x-lotse-release')).toBe(live)
        expect(await before.text()).toContain(`data-release="${live}"`)
        const previous = await runner.rollback()
        expect(previous < live!).toBe(true)
        const after = await fetch(url)
        expect(after.status).toBe(200)
        expect(after.headers.get('x-lotse-release')).toBe(previous)
        expect(await after.text()).toContain(`data-release="${previous}"`)
        expect((await releases({ releaseId: { equals: live } }))[0].status).toBe('rolled-back')
        const now = await releases({ status: { equals: 'live' } })
        expect(now).toHaveLength(1)
        expect(now[0].releaseId).toBe(previous)
        expect(now[0].trigger).toContain('Rollback')
      } finally {
        server.close()
      }
    })

    it('hooks request a build on publish, unpublish and delete, not on draft saves or opt-outs', async () => {
      runnerFor(cms.payload, { autoBuild: false })
      const requests = async (id: number | string) =>
        (await releases()).map((r) => r.trigger ?? '').filter((t) => t.startsWith(`services/${id} `))
      const base = { collection: 'services', overrideAccess: true, depth: 0 } as const
      const doc = await cms.payload.create({
        ...base,
        data: { ...dataFor('services', world, world.deptA), _status: 'published' },
      })
      await sleep(300)
      expect(await requests(doc.id)).toEqual([`services/${doc.id} veröffentlicht`])
      await cms.payload.update({ ...base, id: doc.id, draft: true, data: { teaser: 'Nur ein Entwurf.' } })
      await cms.payload.update({
        ...base,
        id: doc.id,
        context: { skipPublish: true },
        data: { _status: 'published' },
      })
      await sleep(300)
      expect(await requests(doc.id)).toHaveLength(1)
      await cms.payload.update({ ...base, id: doc.id, data: { _status: 'draft' } })
      await sleep(300)
      expect(await requests(doc.id)).toContain(`services/${doc.id} zurückgezogen`)
      await cms.payload.update({ ...base, id: doc.id, data: { _status: 'published' } })
      await cms.payload.delete({ ...base, id: doc.id })
      await sleep(300)
      expect(await requests(doc.id)).toEqual([
        `services/${doc.id} veröffentlicht`,
        `services/${doc.id} zurückgezogen`,
        `services/${doc.id} veröffentlicht`,
        `services/${doc.id} gelöscht`,
      ])
    })
  })
}
