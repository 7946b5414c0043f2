import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BuildOptions, Release } from '../build.ts'
import { currentRelease, newReleaseId, releasesDir, switchCurrent } from '../releases.ts'
import { pipelineRunner, type BuildFunction, type PipelineRunner } from '../runner.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, unique, type World } from '../../../tests/helpers/fixtures.ts'
import { asDocId, dataFor, pipelineSettled } from './fixtures.ts'
import { releaseDate } from '../releaseNames.ts'
import { startApiServer } from '../../../tests/helpers/apiServer.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * A fake build: writes a tiny release and switches `current` to it. Release ids
 * order by the second they were made in; it starts on a new second, as every
 * real build takes longer than one.
 */
const fakeBuild: BuildFunction = async ({ dataDir }: BuildOptions): Promise<Release> => {
  await sleep(1010 - (Date.now() % 1000))
  const id = newReleaseId()
  const dir = path.join(releasesDir(dataDir), id)
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'index.html'), `<!doctype html><p>${id}</p>\n`)
  await switchCurrent(dataDir, id)
  return {
    id,
    dir,
    pages: 1,
    steps: [
      { step: 'export', ms: 10 },
      { step: 'build', ms: 40 },
    ],
  }
}

/** A build that fails at the accessibility gate, as the real one reports it. */
const failingBuild: BuildFunction = async () => {
  throw Object.assign(new Error('2 Fehler auf /leistungen/test/'), {
    step: 'gate',
    steps: [
      { step: 'export', ms: 10 },
      { step: 'gate', ms: 5 },
    ],
  })
}

/**
 * A build whose accessibility gate fails on the page of document `docId` while
 * the document's publish is in it, as an incremental release reports it (the
 * failing page attributed to the document); without it, it builds.
 */
const refusingBuild =
  (docId: number | string): BuildFunction =>
  async (options) => {
    if (options.changedDocs?.some((d) => d.collection === 'services' && String(d.id) === String(docId)))
      throw Object.assign(new Error('pa11y found 1 error on 1 page: /leistungen/test/'), {
        step: 'gate',
        steps: [
          { step: 'export', ms: 10 },
          { step: 'gate', ms: 5 },
        ],
        findings: [
          {
            page: '/leistungen/test/',
            issues: [
              {
                code: 'link-name',
                message: 'Links must have discernible text',
                selector: 'main a',
                context: '<a href="https://example.org/x"> </a>',
              },
            ],
          },
        ],
        warnings: [],
        attribution: {
          culprits: [{ collection: 'services', id: String(docId), pages: ['/leistungen/test/'] }],
          unexplained: [],
        },
      })
    return fakeBuild(options)
  }

type Role = 'admin' | 'publisher' | 'editor' | 'ls-reviewer'

/**
 * The admin endpoints of the publish pipeline over real HTTP:
 * POST /api/releases/rollback (admins only) and
 * GET /api/releases/status (the publish status of a document).
 */
export function releasesAdminSuite(kind: TestDatabase) {
  describe(`releases admin endpoints on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let api: { url: string; close: () => Promise<void> }
    const tokens = {} as Record<Role, string>
    const ids = {} as Record<Role, number | string>
    let runner: PipelineRunner

    const useRunner = (build: BuildFunction, autoBuild = true) => {
      runner = pipelineRunner(cms.payload, {
        dataDir: cms.dataDir,
        autoBuild,
        build,
        debounceMs: 50,
        maxWaitMs: 500,
        pollMs: 100,
        log: () => {},
      })
      return runner
    }

    const settled = () => pipelineSettled(cms.payload, [runner])

    const call = (method: 'GET' | 'POST', route: string, role?: Role, headers: Record<string, string> = {}) =>
      fetch(`${api.url}/api${route}`, {
        method,
        headers: {
          ...(role ? { Authorization: `JWT ${tokens[role]}` } : {}),
          ...(method === 'POST' ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
        body: method === 'POST' ? '{}' : undefined,
      })

    const status = async (role: Role, id: number | string, collection = 'services') => {
      const response = await call('GET', `/releases/status?collection=${collection}&id=${id}`, role)
      expect(response.status).toBe(200)
      return (await response.json()) as {
        status: { state: string; releaseId?: string; error?: string; change?: string; step?: string; message?: string }
        document: { published: boolean; newerDraft: boolean }
      }
    }

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await buildWorld(cms.payload)
      // The fixtures' publish hooks record their requests right after their transactions.
      await sleep(500)
      for (const role of ['admin', 'publisher', 'editor', 'ls-reviewer'] as const) {
        const email = `${unique(role)}@demo.lotse.example`
        const user = await cms.payload.create({
          collection: 'users',
          overrideAccess: true,
          data: {
            ...dataFor('users', world, world.deptA),
            email,
            role,
            departments: role === 'admin' ? [] : [asDocId(world.deptA)],
          },
        })
        ids[role] = user.id
      }
      api = await startApiServer(cms.config)
      for (const role of Object.keys(ids) as Role[]) {
        const login = await fetch(`${api.url}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            email: (await cms.payload.findByID({ collection: 'users', id: ids[role], overrideAccess: true, depth: 0 }))
              .email,
            password: 'geheim-123456',
          }),
        })
        expect(login.status).toBe(200)
        tokens[role] = ((await login.json()) as { token: string }).token
      }
      // Two releases: the requests the fixtures recorded, then one more.
      useRunner(fakeBuild)
      await runner.schedule(undefined, 0)
      await settled()
      await runner.request({ trigger: 'zweite' })
      await settled()
    })

    afterAll(async () => {
      await pipelineRunner(cms.payload).close()
      await api?.close()
      await cms?.close()
    })

    it('refuses the rollback to anonymous visitors and to those who may not publish, changing nothing', async () => {
      const live = await currentRelease(cms.dataDir)
      expect(live).not.toBeNull()
      const anonymous = await call('POST', '/releases/rollback')
      expect(anonymous.status).toBe(401)
      expect(((await anonymous.json()) as { message: string }).message).toBe('Bitte melden Sie sich an.')
      // Publishers may roll back their own departments' changes: restoreRollback.ts tests who may.
      for (const role of ['editor', 'ls-reviewer'] as const) {
        const response = await call('POST', '/releases/rollback', role)
        expect(response.status, role).toBe(403)
        expect(((await response.json()) as { message: string }).message).toContain(
          'Nur Personen mit Veröffentlichungsrecht',
        )
      }
      // A form post from elsewhere (no JSON) is refused even with an admin's credentials.
      const form = await call('POST', '/releases/rollback', 'admin', {
        'Content-Type': 'application/x-www-form-urlencoded',
      })
      expect(form.status).toBe(415)
      expect(await currentRelease(cms.dataDir)).toBe(live)
      const rollbacks = await cms.payload.find({
        collection: 'releases',
        overrideAccess: true,
        where: { trigger: { like: 'Rollback' } },
      })
      expect(rollbacks.totalDocs).toBe(0)
    })

    it('lets an admin roll back to the previous release, recorded with the admin as the one who did it', async () => {
      const live = (await currentRelease(cms.dataDir))!
      const response = await call('POST', '/releases/rollback', 'admin')
      expect(response.status).toBe(200)
      const body = (await response.json()) as { releaseId: string; message: string }
      expect(body.releaseId < live).toBe(true)
      // Named by its date and time, not by its id.
      expect(body.message).toBe(`Die Website zeigt wieder die Veröffentlichung vom ${releaseDate(body.releaseId)}.`)
      expect(body.message).not.toContain(body.releaseId)
      expect(await currentRelease(cms.dataDir)).toBe(body.releaseId)
      const record = (
        await cms.payload.find({
          collection: 'releases',
          overrideAccess: true,
          depth: 0,
          where: { and: [{ status: { equals: 'live' } }, { trigger: { equals: `Rollback von ${live}` } }] },
        })
      ).docs[0]
      expect(record.releaseId).toBe(body.releaseId)
      expect(record.triggeredBy).toBe(ids.admin)
      // Its title (the list's and the document view's) names the state it went back to by date, not "Rollback von <id>".
      expect(record.title).toBe(`Zurückgesetzt auf den Stand vom ${releaseDate(body.releaseId)}`)
      // Nothing earlier on disk: a German explanation, and the site stays.
      const again = await call('POST', '/releases/rollback', 'admin')
      expect(again.status).toBe(409)
      expect(((await again.json()) as { message: string }).message).toContain(
        'Es gibt keine frühere Veröffentlichung mehr',
      )
      expect(await currentRelease(cms.dataDir)).toBe(body.releaseId)
    })

    it('answers the publish status only to logged-in users who may read the document', async () => {
      expect((await call('GET', `/releases/status?collection=services&id=${world.serviceA}`)).status).toBe(401)
      expect((await call('GET', `/releases/status?collection=departments&id=1`, 'editor')).status).toBe(400)
      expect((await call('GET', `/releases/status?collection=services&id=1%20or%201`, 'editor')).status).toBe(400)
      const draftB = await cms.payload.create({
        collection: 'services',
        overrideAccess: true,
        data: dataFor('services', world, world.deptB),
      })
      expect((await call('GET', `/releases/status?collection=services&id=${draftB.id}`, 'editor')).status).toBe(404)
      expect((await call('GET', `/releases/status?collection=services&id=${draftB.id}`, 'admin')).status).toBe(200)
      expect((await call('GET', `/releases/status?collection=services&id=999999`, 'admin')).status).toBe(404)
    })

    it('follows a document from draft to live, a failed build, a refused publish, and a rollback', async () => {
      const base = { collection: 'services', depth: 0 } as const
      const publisher = await cms.payload.findByID({ collection: 'users', id: ids.publisher, overrideAccess: true })
      const editor = await cms.payload.findByID({ collection: 'users', id: ids.editor, overrideAccess: true })
      const draft = await cms.payload.create({
        ...base,
        user: editor,
        overrideAccess: false,
        draft: true,
        data: dataFor('services', world, world.deptA),
      })
      expect(await status('editor', draft.id)).toEqual({
        status: { state: 'none' },
        document: { published: false, newerDraft: false },
      })

      // Recorded, not built yet: waiting.
      useRunner(fakeBuild, false)
      await cms.payload.update({
        ...base,
        id: draft.id,
        user: publisher,
        overrideAccess: false,
        data: { _status: 'published' },
      })
      let waiting = await status('editor', draft.id)
      for (let i = 0; i < 40 && waiting.status.state === 'none'; i++) {
        await sleep(50)
        waiting = await status('editor', draft.id)
      }
      expect(waiting.status).toMatchObject({ state: 'queued', change: 'veröffentlicht' })
      expect(waiting.document).toEqual({ published: true, newerDraft: false })
      // The request's record is titled by the document's title and German collection name (read in the publish's
      // transaction), not "services/<id> veröffentlicht"; so are its rows of "Geänderte Inhalte" (ReleasesRowLabel).
      const request = (
        await cms.payload.find({
          collection: 'releases',
          overrideAccess: true,
          depth: 0,
          sort: '-createdAt',
          limit: 1,
          where: { 'changedDocs.docId': { equals: String(draft.id) } },
        })
      ).docs[0]!
      expect(request.title).toBe(`„${draft.name}“ (Leistung) veröffentlicht`)
      const read = await call('GET', `/releases/${request.id}?depth=0`, 'editor')
      expect(((await read.json()) as { title: string }).title).toBe(request.title)

      // Building: the status names the step the build is in (shown in the sidebar while it runs).
      let finish!: () => void
      const held = new Promise<void>((resolve) => (finish = resolve))
      useRunner(async (options) => {
        options.onStep?.('export')
        options.onStep?.('gate')
        await held
        return fakeBuild(options)
      })
      await runner.schedule(undefined, 0)
      let running = await status('editor', draft.id)
      for (let i = 0; i < 100 && !(running.status.state === 'building' && running.status.step === 'gate'); i++) {
        await sleep(50)
        running = await status('editor', draft.id)
      }
      expect(running.status).toMatchObject({ state: 'building', step: 'gate' })

      // Built: live in the release that `current` now points at.
      finish()
      await settled()
      const live = await status('publisher', draft.id)
      expect(live.status).toMatchObject({ state: 'live', releaseId: await currentRelease(cms.dataDir) })

      // An editor's draft save afterwards: still live, with unpublished changes.
      await cms.payload.update({
        ...base,
        id: draft.id,
        user: editor,
        overrideAccess: false,
        draft: true,
        data: { teaser: 'Neu im Entwurf.' },
      })
      expect((await status('editor', draft.id)).document).toEqual({ published: true, newerDraft: true })

      // A build that fails where no change explains it (the site's code): the release fails, the site stays.
      const before = await currentRelease(cms.dataDir)
      useRunner(failingBuild)
      await runner.request({ trigger: 'Vorlage geändert' })
      await settled()
      expect(await currentRelease(cms.dataDir)).toBe(before)
      const failedRecord = await cms.payload.find({
        collection: 'releases',
        overrideAccess: true,
        depth: 0,
        where: { status: { equals: 'failed' } },
        sort: '-createdAt',
        limit: 1,
      })
      expect(failedRecord.docs[0].error).toContain('2 Fehler auf /leistungen/test/')

      // The next publish fails at the gate on the document's own page (issue 14: each change is checked on its
      // own): the publish is refused on the document, which goes back to its live version with the refused
      // content as its newest draft, and the same job builds the release without it.
      useRunner(refusingBuild(draft.id))
      await cms.payload.update({
        ...base,
        id: draft.id,
        user: publisher,
        overrideAccess: false,
        data: { _status: 'published', teaser: 'Kaputt.' },
      })
      await sleep(300)
      await settled()
      const refused = await status('editor', draft.id)
      expect(refused.status).toMatchObject({ state: 'refused' })
      expect(refused.status.message).toContain('Die Website zeigt weiter die vorherige Fassung.')
      expect(refused.document).toEqual({ published: true, newerDraft: true })
      const publishedDoc = await cms.payload.findByID({ ...base, id: draft.id, overrideAccess: true })
      expect(publishedDoc.teaser).not.toBe('Kaputt.')
      const newestDraft = await cms.payload.findByID({ ...base, id: draft.id, overrideAccess: true, draft: true })
      expect(newestDraft.teaser).toBe('Kaputt.')
      const refusing = await cms.payload.find({
        collection: 'releases',
        overrideAccess: true,
        depth: 0,
        where: { status: { equals: 'live' } },
        sort: '-createdAt',
        limit: 1,
      })
      expect(refusing.docs[0].refusedDocs?.map((d) => d.docId)).toEqual([String(draft.id)])
      expect(await currentRelease(cms.dataDir)).toBe(refusing.docs[0].releaseId)

      // A later build of something else does not take the refused content live.
      useRunner(fakeBuild)
      await runner.request({ trigger: 'etwas anderes' })
      await settled()
      expect((await status('editor', draft.id)).status.state).toBe('refused')

      // Published again: a new attempt, which passes.
      await cms.payload.update({
        ...base,
        id: draft.id,
        user: publisher,
        overrideAccess: false,
        data: { _status: 'published', teaser: 'Repariert.' },
      })
      await sleep(300)
      await settled()
      const liveAgain = await status('editor', draft.id)
      expect(liveAgain.status).toMatchObject({ state: 'live', releaseId: await currentRelease(cms.dataDir) })

      // Rolled back to a release from before the publish: off the site again.
      await runner.request({ trigger: 'noch eine' })
      await settled()
      await call('POST', '/releases/rollback', 'admin')
      expect((await status('editor', draft.id)).status.state).toBe('live')
      const rolled = await call('POST', '/releases/rollback', 'admin')
      expect(rolled.status).toBe(200)
      expect((await status('editor', draft.id)).status).toMatchObject({
        state: 'rolled-back',
        releaseId: liveAgain.status.releaseId,
      })
    })
  })
}
