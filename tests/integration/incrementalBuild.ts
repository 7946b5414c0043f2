import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { textToLexical } from '../../content-models/richtext.ts'
import { astroCacheDir, buildRelease, type Release } from '../../plugins/publish-pipeline/build.ts'
import { listFiles } from '../../plugins/publish-pipeline/site-files.ts'
import { startCms, type TestCms } from '../helpers/cms.ts'
import type { TestDatabase } from '../helpers/database.ts'
import { buildWorld, unique, type World } from '../helpers/fixtures.ts'

const repoRoot = path.resolve(import.meta.dirname, '../..')
const o = { overrideAccess: true, depth: 0 } as const

/** Every HTML page of a release with the hash of its content. */
async function htmlHashes(dir: string): Promise<Map<string, string>> {
  const files = (await listFiles(dir)).filter((f) => f.endsWith('.html'))
  const hashes = new Map<string, string>()
  for (const file of files)
    hashes.set(
      file,
      createHash('sha256')
        .update(await readFile(path.join(dir, file)))
        .digest('hex'),
    )
  return hashes
}

const page = (release: Release, slugPath: string) => readFile(path.join(release.dir, slugPath, 'index.html'), 'utf8')

/**
 * Astro's incremental build in the pipeline: pages whose cache key and code
 * are unchanged are copied from the previous build; everything else is
 * rendered. The proof that the keys are sound: after a series of changes the
 * incremental release is byte-for-byte the release a full render of the same
 * content gives.
 */
export function incrementalBuildSuite(kind: TestDatabase) {
  describe(`incremental build on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let slugs: { a: string; related: string; other: string; easy: string; location: string }
    let contactId: number | string
    /** Pages with a cache key: 3 services, 1 Leichte-Sprache text, 1 location. */
    const keyedPages = 5

    const build = (extra: Record<string, string | undefined> = {}) => {
      const before = process.env.LOTSE_INCREMENTAL
      if ('LOTSE_INCREMENTAL' in extra) process.env.LOTSE_INCREMENTAL = extra.LOTSE_INCREMENTAL
      return buildRelease({ payload: cms.payload, dataDir: cms.dataDir, root: repoRoot, a11y: 'off' }).finally(() => {
        if (before === undefined) delete process.env.LOTSE_INCREMENTAL
        else process.env.LOTSE_INCREMENTAL = before
      })
    }

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await buildWorld(cms.payload)
      const contact = await cms.payload.create({
        ...o,
        collection: 'contact-persons',
        data: {
          function: 'Beratung Wohnen',
          phone: '0221 5550 100',
          email: 'wohnen@demo.lotse.example',
          slug: unique('kontakt'),
          department: world.deptA,
          _status: 'published',
        } as never,
      })
      contactId = contact.id
      const location = await cms.payload.create({
        ...o,
        collection: 'locations',
        data: {
          name: 'Beratungsstelle Deutz',
          slug: unique('deutz'),
          address: { street: 'Musterweg 1', postalCode: '50679', city: 'Köln' },
          coordinates: { lat: 50.94, lon: 6.97 },
          region: world.region,
          department: world.deptA,
          _status: 'published',
        } as never,
      })
      await cms.payload.update({
        ...o,
        collection: 'services',
        id: world.serviceA,
        data: {
          name: 'Hilfe beim Wohnen',
          contactPersons: [contactId],
          locations: [location.id],
          _status: 'published',
        } as never,
      })
      const related = await cms.payload.create({
        ...o,
        collection: 'services',
        data: {
          name: 'Fahrdienst',
          slug: unique('fahrdienst'),
          teaser: 'Fahrten zur Arbeit.',
          description: textToLexical('Der Fahrdienst bringt Sie zur Arbeit.'),
          department: world.deptA,
          relatedServices: [world.serviceA],
          _status: 'published',
        } as never,
      })
      const easy = await cms.payload.create({
        ...o,
        collection: 'easy-language-texts',
        data: {
          title: 'Hilfe beim Wohnen in Leichter Sprache',
          slug: unique('wohnen-ls'),
          service: world.serviceA,
          text: 'Das ist ein Test.',
          review: { reviewedAt: '2026-10-01T00:00:00.000Z', reviewedBy: 'Prüfgruppe Köln' },
          department: world.deptA,
          _status: 'published',
        } as never,
      })
      const slugOf = async (collection: 'services' | 'easy-language-texts', id: number | string) =>
        String((await cms.payload.findByID({ ...o, collection, id })).slug)
      slugs = {
        a: await slugOf('services', world.serviceA),
        related: await slugOf('services', related.id),
        other: await slugOf('services', world.serviceB),
        easy: await slugOf('easy-language-texts', easy.id),
        location: String((await cms.payload.findByID({ ...o, collection: 'locations', id: location.id })).slug),
      }
    }, 120_000)
    afterAll(async () => {
      await cms?.close()
    })

    it(
      'copies unchanged service and Leichte-Sprache pages, renders changed ones and those showing them',
      { timeout: 10 * 60_000 },
      async () => {
        expect(astroCacheDir(cms.dataDir)).toBe(path.join(cms.dataDir, 'astro-cache'))
        const first = await build()
        expect(first.pagesCopied).toBe(0)
        expect(await page(first, `leichte-sprache/${slugs.easy}`)).toContain('Das ist ein Test.')

        // Nothing changed: every keyed page is copied, the HTML is identical.
        const same = await build()
        expect(same.pagesCopied).toBe(keyedPages)
        expect(await htmlHashes(same.dir)).toEqual(await htmlHashes(first.dir))

        // Service A renamed: its page, its Leichte-Sprache page, the related service's list and the location
        // that offers it change; B is copied.
        await cms.payload.update({
          ...o,
          collection: 'services',
          id: world.serviceA,
          data: { name: 'Unterstützung beim Wohnen', _status: 'published' } as never,
        })
        const renamed = await build()
        expect(renamed.pagesCopied).toBe(1)
        expect(await page(renamed, `leistungen/${slugs.a}`)).toContain('Unterstützung beim Wohnen')
        expect(await page(renamed, `leistungen/${slugs.related}`)).toContain('Unterstützung beim Wohnen')
        expect(await page(renamed, `standorte/${slugs.location}`)).toContain('Unterstützung beim Wohnen')
        const hashes = await htmlHashes(renamed.dir)
        const before = await htmlHashes(same.dir)
        expect(hashes.get(`leistungen/${slugs.other}/index.html`)).toBe(
          before.get(`leistungen/${slugs.other}/index.html`),
        )

        // A contact's phone number (shared by all keys): every keyed page is rendered again.
        await cms.payload.update({
          ...o,
          collection: 'contact-persons',
          id: contactId,
          data: { phone: '0221 5550 199', _status: 'published' } as never,
        })
        const phone = await build()
        expect(phone.pagesCopied).toBe(0)
        expect(await page(phone, `leistungen/${slugs.a}`)).toContain('0221 5550 199')
        expect(await page(phone, `leistungen/${slugs.a}`)).not.toContain('0221 5550 100')
      },
    )

    it(
      'an incremental release is byte-for-byte the release a full render gives',
      { timeout: 10 * 60_000 },
      async () => {
        await cms.payload.update({
          ...o,
          collection: 'services',
          id: world.serviceB,
          data: { teaser: 'Ein neuer kurzer Text.', _status: 'published' } as never,
        })
        const incremental = await build()
        expect(incremental.pagesCopied).toBeGreaterThan(0)
        const full = await build({ LOTSE_INCREMENTAL: 'off' })
        expect(full.pagesCopied).toBe(0)
        const a = await htmlHashes(incremental.dir)
        const b = await htmlHashes(full.dir)
        expect(a.size).toBeGreaterThan(10)
        const differing = [...b].filter(([file, hash]) => a.get(file) !== hash).map(([file]) => file)
        expect(differing).toEqual([])
        expect([...a.keys()].sort()).toEqual([...b.keys()].sort())
      },
    )

    it(
      'a build that stopped half-way throws the cache away: the next build renders every page',
      async () => {
        const cache = astroCacheDir(cms.dataDir)!
        // The pipeline leaves this marker only when Astro did not finish (a crash, a kill).
        await mkdir(cache, { recursive: true })
        await writeFile(path.join(cache, 'build-in-progress'), '1\n')
        const release = await build()
        expect(release.pagesCopied).toBe(0)
        const next = await build()
        expect(next.pagesCopied).toBe(keyedPages)
      },
      10 * 60_000,
    )
  })
}
