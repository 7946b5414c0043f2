import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requestBuild } from '../../plugins/publishing/runner.ts'
import { startCms, type TestCms } from '../helpers/cms.ts'
import type { TestDatabase } from '../helpers/database.ts'
import { buildWorld, unique, validData, type Id } from '../helpers/fixtures.ts'

const root = path.resolve(import.meta.dirname, '../..')
const ROUNDS = 10
const SITE = 'http://127.0.0.1:4321'
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

interface Cms {
  child: ChildProcess
  url: string
  output: () => string
  startedAt: number
}

/**
 * SIGKILL of the CMS process in the middle of a save, of a publish and of a
 * booking, ten times: after every restart no document is half written, no
 * booking half stored, `current` serves a complete release, the publish that
 * was committed goes live, and a lock left by the killed process does not
 * hold up that build. The process is tests/helpers/crashCms.ts: Payload,
 * the REST API and the publish runner as the server runs them, with a quick
 * stand-in for the Astro build (the kill of the whole `npm start` stack would
 * test the same, minutes slower).
 */
export function crashSafetySuite(kind: TestDatabase) {
  describe(`crash safety on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    let running: Cms | undefined
    const ids = {} as { a: Id; b: Id; l1: Id; l2: Id; l3: Id; bSlug: string }
    let token = ''

    function start(): Promise<Cms> {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/crashCms.ts'], {
          cwd: root,
          env: {
            ...process.env,
            // What the test process set up (startCms): the same data folder, database and secret.
            LOTSE_PUBLISH: 'off',
            LOTSE_JOBS: 'off',
            SITE_URL: SITE,
            CMS_URL: 'http://127.0.0.1:3999',
            // The schema is there already: no push (SQLite), migrations are run on connect (PostgreSQL).
            NODE_ENV: 'production',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
        let out = ''
        const startedAt = Date.now()
        const onData = (d: Buffer) => {
          out += d
          const ready = out.match(/READY (\d+)/)
          if (ready) {
            child.stdout!.off('data', onData)
            child.stdout!.on('data', (more) => (out += more))
            resolve({ child, url: `http://127.0.0.1:${ready[1]}`, output: () => out, startedAt })
          }
        }
        child.stdout!.on('data', onData)
        child.stderr!.on('data', (d) => (out += d))
        child.on('exit', (code) =>
          reject(new Error(`the CMS process ended (${code}) before it served:\n${out.slice(-3000)}`)),
        )
      })
    }

    async function kill(cms: Cms) {
      if (cms.child.exitCode !== null || cms.child.signalCode) return
      const exited = new Promise((r) => cms.child.once('exit', r))
      cms.child.kill('SIGKILL')
      await exited
    }

    const send = (method: string, route: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(running!.url + route, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }).then(
        async (r) => ({ status: r.status, text: await r.text() }),
        () => ({ status: 0, text: 'no answer' }),
      )

    const auth = () => ({ Authorization: `JWT ${token}` })

    beforeAll(async () => {
      cms = await startCms(kind)
      payload = cms.payload
      const world = await buildWorld(payload)
      const o = { overrideAccess: true, depth: 0 } as const
      const location = async () =>
        (
          await payload.create({
            ...o,
            collection: 'locations',
            data: { ...validData('locations', world, world.deptA), _status: 'published' },
          })
        ).id
      ids.l1 = await location()
      ids.l2 = await location()
      ids.l3 = await location()
      ids.a = (
        await payload.create({
          ...o,
          collection: 'services',
          data: {
            ...validData('services', world, world.deptA),
            teaser: 'Ausgangstext',
            locations: [ids.l1],
            _status: 'published',
          },
        })
      ).id
      const b = await payload.create({
        ...o,
        collection: 'services',
        data: { ...validData('services', world, world.deptA), bookable: true, _status: 'published' },
      })
      ids.b = b.id
      ids.bSlug = b.slug
      await payload.create({
        ...o,
        collection: 'availability',
        data: {
          title: 'Sprechstunde',
          contactPerson: (
            await payload.create({
              ...o,
              collection: 'contact-persons',
              data: { ...validData('contact-persons', world, world.deptA), _status: 'published' },
            })
          ).id,
          services: [ids.b],
          weekly: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => ({
            day,
            from: '06:00',
            to: '22:00',
            slotMinutes: 30,
          })),
          weeksAhead: 1,
          department: world.deptA,
        },
      })
      const email = `${unique('freigabe')}@demo.lotse.example`
      await payload.create({
        ...o,
        collection: 'users',
        data: {
          email,
          password: 'geheim-123456',
          name: 'Freigabe',
          role: 'publisher',
          departments: [world.deptA],
        },
      })
      // The first release: requested now, built by the CMS process when it starts.
      await requestBuild(payload, { trigger: 'Erste Veröffentlichung' })
      running = await start()
      const login = await send('POST', '/api/users/login', { email, password: 'geheim-123456' })
      expect(login.status, login.text).toBe(200)
      token = (JSON.parse(login.text) as { token: string }).token
    })

    afterAll(async () => {
      if (running) await kill(running)
      await cms?.close()
    })

    /** The live release: `current` resolves, and every file its list names is there. */
    function liveRelease(): { id: string; services: { slug: string; teaser: string }[] } {
      const link = path.join(cms.dataDir, 'current')
      const id = path.basename(readlinkSync(link))
      const dir = path.join(cms.dataDir, 'releases', id)
      const list = JSON.parse(readFileSync(path.join(dir, 'release.json'), 'utf8')) as { id: string; files: string[] }
      expect(list.id).toBe(id)
      for (const file of list.files) expect(existsSync(path.join(dir, file)), `${id}/${file}`).toBe(true)
      return { id, services: JSON.parse(readFileSync(path.join(dir, 'data', 'service.json'), 'utf8')) }
    }

    async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, ms = 30_000) {
      const until = Date.now() + ms
      for (;;) {
        const result = await check()
        if (result) return result
        if (Date.now() > until)
          throw new Error(`${what} did not happen within ${ms} ms:\n${running?.output().slice(-3000)}`)
        await sleep(50)
      }
    }

    /** The service's live row and versions as stored: teaser, locations, and which versions are marked latest. */
    async function stored(id: Id) {
      const main = (await payload.db.findOne({ collection: 'services', where: { id: { equals: id } } })) as unknown as {
        teaser: string
        locations?: ({ id: Id } | Id)[]
        _status: string
      }
      const refs = (l: ({ id: Id } | Id)[] | undefined) =>
        (l ?? []).map((x) => String(typeof x === 'object' ? x.id : x)).sort()
      const versions = await payload.db.findVersions({
        collection: 'services',
        where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
        pagination: false,
        limit: 0,
      })
      return {
        teaser: main.teaser,
        locations: refs(main.locations),
        latest: versions.docs.map((v) => ({
          teaser: (v.version as { teaser: string }).teaser,
          locations: refs((v.version as { locations?: ({ id: Id } | Id)[] }).locations),
        })),
      }
    }

    const buildsSettled = async () => {
      const open = await payload.db.find({
        collection: 'releases',
        where: { status: { in: ['queued', 'building'] } },
        pagination: false,
        limit: 0,
      })
      return open.docs.length === 0
    }

    it(
      `survives SIGKILL in the middle of a save, a publish and a booking, ${ROUNDS} times`,
      async () => {
        await waitFor('the first release', () => existsSync(path.join(cms.dataDir, 'current')))
        const slots = JSON.parse((await send('GET', `/api/slots?service=${ids.bSlug}`, undefined)).text) as {
          slots: { value: string }[]
        }
        expect(slots.slots.length).toBeGreaterThan(ROUNDS + 5)
        // Without a kill, each of the three succeeds (so that a request cut off below was a real one).
        const warmUp = await Promise.all([
          send('PATCH', `/api/services/${ids.a}`, { teaser: 'Ausgangstext', _status: 'published' }, auth()),
          send('PATCH', `/api/services/${ids.b}`, { teaser: 'Vor den Abbrüchen', _status: 'published' }, auth()),
          send(
            'POST',
            '/api/bookings',
            { service: ids.bSlug, slot: slots.slots[0].value, name: 'Person 0', email: 'person@beispiel.example' },
            { origin: SITE, 'x-forwarded-for': '198.51.100.250' },
          ),
        ])
        expect(
          warmUp.map((r) => r.status),
          warmUp.map((r) => r.text).join('\n'),
        ).toEqual([200, 200, 201])
        await waitFor('the first publish', () => liveRelease().services.some((s) => s.teaser === 'Vor den Abbrüchen'))
        await waitFor('the builds settling', buildsSettled)
        // How long a save and a booking take here: sent together with a publish request (as in the odd rounds
        // below) and without one (the even rounds, whose publish was answered before). Each round kills at a
        // fixed fraction of the quicker of the two under its own conditions, so that the kills fall before or
        // in the middle of the requests on a fast machine as on a loaded one (a random delay of up to 120 ms
        // let most saves finish on a fast run).
        const timed = async <T>(request: () => Promise<T>) => {
          const t0 = performance.now()
          const result = await request()
          return { result, ms: performance.now() - t0 }
        }
        const killWindow = { withPublish: Infinity, alone: Infinity }
        for (let i = 0; i < 4; i++) {
          const withPublish = i % 2 === 0
          const [, save, booking] = await Promise.all([
            withPublish
              ? send('PATCH', `/api/services/${ids.b}`, { teaser: `Messung ${i}`, _status: 'published' }, auth())
              : undefined,
            timed(() =>
              send('PATCH', `/api/services/${ids.a}`, { teaser: 'Ausgangstext', _status: 'published' }, auth()),
            ),
            timed(() =>
              send(
                'POST',
                '/api/bookings',
                {
                  service: ids.bSlug,
                  slot: slots.slots[ROUNDS + 1 + i].value,
                  name: `Messung ${i}`,
                  email: 'person@beispiel.example',
                },
                { origin: SITE, 'x-forwarded-for': `198.51.100.${200 + i}` },
              ),
            ),
          ])
          expect([save.result.status, booking.result.status]).toEqual([200, 201])
          const key = withPublish ? 'withPublish' : 'alone'
          killWindow[key] = Math.min(killWindow[key], save.ms, booking.ms)
          await waitFor('the builds settling', buildsSettled)
        }
        const inFlight = { save: 0, publish: 0, booking: 0 }
        let restartToLive = 0
        for (let round = 1; round <= ROUNDS; round++) {
          const before = await stored(ids.a)
          const saved = {
            teaser: `Gespeichert in Runde ${round}`,
            locations: (round % 2 ? [ids.l1, ids.l2, ids.l3] : [ids.l1]).map(String).sort(),
          }
          const published = `Veröffentlicht in Runde ${round}`
          const slot = slots.slots[round].value

          // The publish: killed during its request (odd rounds) or during its build (even rounds).
          const publish = send('PATCH', `/api/services/${ids.b}`, { teaser: published, _status: 'published' }, auth())
          if (round % 2 === 0) {
            expect((await publish).status).toBe(200)
            await waitFor('the build', async () => {
              const building = await payload.db.find({
                collection: 'releases',
                where: { status: { equals: 'building' } },
              })
              return building.docs.length > 0
            })
          }
          // A save and a booking in flight, then the kill.
          const save = send('PATCH', `/api/services/${ids.a}`, { ...saved, _status: 'published' }, auth())
          const booking = send(
            'POST',
            '/api/bookings',
            { service: ids.bSlug, slot, name: `Person ${round}`, email: 'person@beispiel.example' },
            { origin: SITE, 'x-forwarded-for': `198.51.100.${round}` },
          )
          const answered = { save: false, publish: false, booking: false }
          void save.then((r) => (answered.save = r.status > 0))
          void publish.then((r) => (answered.publish = r.status > 0))
          void booking.then((r) => (answered.booking = r.status > 0))
          const window = round % 2 ? killWindow.withPublish : killWindow.alone
          await sleep((window * (round - 0.5)) / ROUNDS)
          await kill(running!)
          const [saveAnswer, publishAnswer, bookingAnswer] = await Promise.all([save, publish, booking])
          if (!answered.save) inFlight.save++
          if (!answered.publish || round % 2 === 0) inFlight.publish++
          if (!answered.booking) inFlight.booking++

          running = await start()
          const restarted = running.startedAt

          // No half-written document: the save happened completely or not at all; one version is the latest.
          const after = await stored(ids.a)
          const state = { teaser: after.teaser, locations: after.locations }
          if (saveAnswer.status === 200) expect(state, `round ${round}`).toEqual(saved)
          else expect([before, saved].map((s) => ({ teaser: s.teaser, locations: s.locations }))).toContainEqual(state)
          expect(after.latest, `round ${round}: versions marked latest`).toEqual([state])

          // No half-stored booking: the slot is booked once, completely, or not at all.
          const rows = (
            await payload.db.find({
              collection: 'bookings',
              where: { slotKey: { like: slot.split('@')[1] } },
              limit: 0,
            })
          ).docs as { name?: string; email?: string; start?: string; end?: string; status?: string; slotKey?: string }[]
          expect(rows.length, `round ${round}: bookings of the slot`).toBeLessThanOrEqual(1)
          if (bookingAnswer.status === 201) expect(rows).toHaveLength(1)
          for (const row of rows) {
            expect(row.name).toBe(`Person ${round}`)
            expect(row.email).toBe('person@beispiel.example')
            expect(row.status).toBe('booked')
            expect(row.start && row.end && row.slotKey).toBeTruthy()
          }

          // `current` serves a complete release right after the restart …
          liveRelease()
          // … and a publish that was committed goes live without waiting for the killed process's lock.
          const committed = (await stored(ids.b)).teaser === published
          if (publishAnswer.status === 200)
            expect(committed, `round ${round}: the answered publish was committed`).toBe(true)
          if (committed) {
            await waitFor(
              `round ${round}: the publish going live`,
              () => liveRelease().services.some((s) => s.teaser === published),
              30_000,
            )
            restartToLive = Math.max(restartToLive, Date.now() - restarted)
          }
          await waitFor(`round ${round}: the builds settling`, buildsSettled)
          expect(readdirSync(path.join(cms.dataDir, 'releases')).filter((f) => f.startsWith('.staging-'))).toEqual([])
        }
        // A lock the last killed process may have left does not hold up the next publish (its lease would be minutes).
        const requested = Date.now()
        const last = await send(
          'PATCH',
          `/api/services/${ids.b}`,
          { teaser: 'Nach den Abbrüchen', _status: 'published' },
          auth(),
        )
        expect(last.status).toBe(200)
        await waitFor(
          'the last publish',
          () => liveRelease().services.some((s) => s.teaser === 'Nach den Abbrüchen'),
          15_000,
        )
        restartToLive = Math.max(restartToLive, Date.now() - requested)
        await waitFor('the lock being released', async () => {
          const locks = await payload.db.find({ collection: 'pipeline-locks', pagination: false, limit: 0 })
          return locks.docs.length === 0
        })
        console.log(
          `crash test on ${kind}: ${ROUNDS} kills within the first ${Math.round(killWindow.withPublish)} ms (with a publish request) or ${Math.round(killWindow.alone)} ms (without) of a save and a booking; in flight: ${inFlight.save} saves, ${inFlight.publish} publishes (request or build), ${inFlight.booking} bookings; slowest publish live ${restartToLive} ms after the restart or request`,
        )
        // The kills landed in the middle often enough to mean something.
        expect(inFlight.save).toBeGreaterThanOrEqual(3)
        expect(inFlight.publish).toBeGreaterThanOrEqual(ROUNDS / 2)
        expect(inFlight.booking).toBeGreaterThanOrEqual(3)
      },
      10 * 60_000,
    )
  })
}
