import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { textToLexical } from '../../../cms/export/richtext.ts'
import { buildRelease, type Release } from '../build.ts'
import { listFiles } from '../site-files.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, unique, type World } from '../../../tests/helpers/fixtures.ts'
import { asDocId } from './fixtures.ts'
import { hasChromium } from '../../../tests/helpers/browser.ts'
import { searchRelease } from '../../../tests/helpers/pagefind.ts'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const o = { overrideAccess: true, depth: 0 } as const

/** What the renderer makes (pages, sitemap, robots.txt, the finder's data, captions): the files whose bytes must match. */
const rendered = (file: string) =>
  !/^(api|pagefind|_astro|embed|media)\//.test(file) && !/\.(webm|mp4|png|jpe?g|webp)$/.test(file)

/** Every rendered file of a release with the hash of its content. */
async function renderedHashes(dir: string): Promise<Map<string, string>> {
  const files = (await listFiles(dir)).filter(rendered)
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

/** `astro build` of a snapshot into `outDir`: the static site as Astro itself makes it. */
async function staticBuild(snapshotDir: string, outDir: string): Promise<void> {
  // Inside the repository, so that Astro's prerender bundle resolves the site's packages.
  const workDir = path.join(repoRoot, '.astro', `test-static-${path.basename(outDir)}`)
  await mkdir(workDir, { recursive: true })
  const env: NodeJS.ProcessEnv = { ...process.env, LOTSE_SNAPSHOT_DIR: snapshotDir, ASTRO_TELEMETRY_DISABLED: '1' }
  for (const name of ['SITE', 'BASE_URL', 'LOTSE_RENDERER']) delete env[name]
  try {
    await new Promise<void>((resolve, reject) => {
      const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')
      const child = spawn(process.execPath, [astro, 'build', '--root', repoRoot, '--outDir', outDir], {
        cwd: workDir,
        env,
      })
      let output = ''
      child.stdout.on('data', (d) => (output += d))
      child.stderr.on('data', (d) => (output += d))
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`astro build failed:\n${output.slice(-3000)}`)),
      )
    })
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

/** The HTML pages of `release` whose bytes differ from (or are missing in) `before`. */
async function changedPages(before: Release, release: Release): Promise<string[]> {
  const [a, b] = [await renderedHashes(before.dir), await renderedHashes(release.dir)]
  return [...b].filter(([file, hash]) => file.endsWith('.html') && a.get(file) !== hash).map(([file]) => file)
}

const page = (release: Release, slugPath: string) => readFile(path.join(release.dir, slugPath, 'index.html'), 'utf8')
const inode = async (release: Release, file: string) => (await stat(path.join(release.dir, file))).ino

/**
 * The pipeline renders only what a change affects: while a page renders, the
 * renderer records what content it reads (site/lib/renderContext.ts); after a
 * change only the pages that read changed content are rendered again, every
 * other file is taken over (hard-linked) from the live release. The proof that
 * the recorded dependencies are complete: after a series of changes the
 * incremental release is byte-for-byte the release a full render gives.
 */
export function incrementalBuildSuite(kind: TestDatabase) {
  describe(`incremental build on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let slugs: { a: string; related: string; other: string; easy: string; location: string }
    let contactId: number | string

    const build = (full = false) =>
      buildRelease({ payload: cms.payload, dataDir: cms.dataDir, root: repoRoot, a11y: 'off', full })

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
          department: asDocId(world.deptA),
          _status: 'published',
        },
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
          region: asDocId(world.region),
          department: asDocId(world.deptA),
          _status: 'published',
        },
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
        },
      })
      const related = await cms.payload.create({
        ...o,
        collection: 'services',
        data: {
          name: 'Fahrdienst',
          slug: unique('fahrdienst'),
          teaser: 'Fahrten zur Arbeit.',
          description: textToLexical('Der Fahrdienst bringt Sie zur Arbeit.'),
          department: asDocId(world.deptA),
          relatedServices: [asDocId(world.serviceA)],
          _status: 'published',
        },
      })
      const easy = await cms.payload.create({
        ...o,
        collection: 'easy-language-texts',
        data: {
          title: 'Hilfe beim Wohnen in Leichter Sprache',
          slug: unique('wohnen-ls'),
          service: asDocId(world.serviceA),
          text: 'Das ist ein Test.',
          review: { reviewedAt: '2026-10-01T00:00:00.000Z', reviewedBy: 'Prüfgruppe Köln' },
          department: asDocId(world.deptA),
          _status: 'published',
        },
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
      'renders only the pages whose content changed and takes every other file over from the live release',
      { timeout: 10 * 60_000 },
      async () => {
        const first = await build()
        expect(first.full).toBe(true)
        expect(first.pagesRendered).toBeGreaterThan(20)
        expect(first.pagesCopied).toBe(0)
        expect(await page(first, `leichte-sprache/${slugs.easy}`)).toContain('Das ist ein Test.')
        // A full release reads every page for the search index.
        expect(first.searchPagesRead).toBe(first.pages)
        expect(first.searchPagesCached).toBe(0)

        // Nothing changed: nothing is rendered, every file is the live one.
        const same = await build()
        expect(same.full).toBe(false)
        expect(same.pagesRendered).toBe(0)
        expect(await renderedHashes(same.dir)).toEqual(await renderedHashes(first.dir))
        expect(same.searchPagesRead).toBe(0)
        expect(same.searchPagesCached).toBe(same.pages)
        expect(await inode(same, `leistungen/${slugs.other}/index.html`)).toBe(
          await inode(first, `leistungen/${slugs.other}/index.html`),
        )

        // Service A renamed: its page, its Leichte-Sprache page, the related service's page and the location
        // that offers it show the name and are rendered again; service B's page is not.
        await cms.payload.update({
          ...o,
          collection: 'services',
          id: world.serviceA,
          data: { name: 'Unterstützung beim Wohnen', _status: 'published' },
        })
        const renamed = await build()
        expect(await page(renamed, `leistungen/${slugs.a}`)).toContain('Unterstützung beim Wohnen')
        expect(await page(renamed, `leistungen/${slugs.related}`)).toContain('Unterstützung beim Wohnen')
        expect(await page(renamed, `standorte/${slugs.location}`)).toContain('Unterstützung beim Wohnen')
        expect(renamed.pagesRendered).toBeLessThan(first.pagesRendered! / 2)
        // Search: exactly the pages whose HTML changed are read again, every other record comes from the store.
        const changed = await changedPages(same, renamed)
        expect(changed).toContain(`leistungen/${slugs.a}/index.html`)
        expect(changed).not.toContain(`leistungen/${slugs.other}/index.html`)
        expect(renamed.searchPagesRead).toBe(changed.length)
        expect(renamed.searchPagesCached).toBe(renamed.pages - changed.length)
        expect(await inode(renamed, `leistungen/${slugs.other}/index.html`)).toBe(
          await inode(first, `leistungen/${slugs.other}/index.html`),
        )

        // A contact's phone number: the pages showing the contact change, the unrelated service's page does not.
        await cms.payload.update({
          ...o,
          collection: 'contact-persons',
          id: contactId,
          data: { phone: '0221 5550 199', _status: 'published' },
        })
        const phone = await build()
        expect(await page(phone, `leistungen/${slugs.a}`)).toContain('0221 5550 199')
        expect(await page(phone, `leistungen/${slugs.a}`)).not.toContain('0221 5550 100')
        expect(await inode(phone, `leistungen/${slugs.other}/index.html`)).toBe(
          await inode(first, `leistungen/${slugs.other}/index.html`),
        )
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
          data: { teaser: 'Ein neuer kurzer Text zum Treffpunkt Zaunkönigweg.', _status: 'published' },
        })
        const incremental = await build()
        expect(incremental.full).toBe(false)
        expect(incremental.pagesCopied).toBeGreaterThan(0)
        expect(incremental.searchPagesCached).toBeGreaterThan(incremental.searchPagesRead!)
        const full = await build(true)
        expect(full.full).toBe(true)
        expect(full.pagesCopied).toBe(0)
        expect(full.searchPagesRead).toBe(full.pages)
        const a = await renderedHashes(incremental.dir)
        const b = await renderedHashes(full.dir)
        expect(a.size).toBeGreaterThan(10)
        const differing = [...b].filter(([file, hash]) => a.get(file) !== hash).map(([file]) => file)
        expect(differing).toEqual([])
        expect([...a.keys()].sort()).toEqual([...b.keys()].sort())

        // The search index made mostly of stored records is the one a full index of the same pages gives.
        const pagefindFiles = async (release: Release) =>
          new Map(
            await Promise.all(
              (await listFiles(path.join(release.dir, 'pagefind'))).map(
                async (file) =>
                  [file, (await readFile(path.join(release.dir, 'pagefind', file))).toString('base64')] as const,
              ),
            ),
          )
        const [indexIncremental, indexFull] = [await pagefindFiles(incremental), await pagefindFiles(full)]
        expect(indexIncremental.size).toBeGreaterThan(5)
        expect([...indexFull.keys()].filter((file) => indexIncremental.get(file) !== indexFull.get(file))).toEqual([])
        expect([...indexIncremental.keys()].sort()).toEqual([...indexFull.keys()].sort())
      },
    )

    it.skipIf(!hasChromium)(
      'search gives the same results after an incremental release as after a full one',
      { timeout: 10 * 60_000 },
      async () => {
        const live = await build()
        await cms.payload.update({
          ...o,
          collection: 'services',
          id: world.serviceA,
          data: {
            teaser: 'Beratung im Quartier, auch für Menschen mit Rollstuhl: Sprechstunde am Zaunkönigweg.',
            _status: 'published',
          },
        })
        const incremental = await build()
        expect(incremental.full).toBe(false)
        expect(incremental.searchPagesRead).toBe((await changedPages(live, incremental)).length)
        expect(incremental.searchPagesRead).toBeGreaterThan(0)
        const full = await build(true)
        const queries = [
          'Wohnen',
          'Unterstützung beim Wohnen',
          'Leichte Sprache',
          'Das ist ein Test',
          'Prüfgruppe',
          'Köln',
          'Musterweg',
          '0221 5550',
          'Fahrdienst',
          'Arbeit',
          'Beratung',
          'Rollstuhl',
          'Zaunkönigweg',
        ]
        const [inIncremental, inFull] = [
          await searchRelease(incremental.dir, queries),
          await searchRelease(full.dir, queries),
        ]
        for (const query of queries)
          expect({ query, hits: inIncremental[query] }).toEqual({ query, hits: inFull[query] })
        // Not an empty comparison: most queries find pages, the word only the changed service has finds it.
        expect(queries.filter((query) => inFull[query].length > 0).length).toBeGreaterThanOrEqual(10)
        expect(inIncremental['Zaunkönigweg'].map((hit) => hit.url)).toContain(`/leistungen/${slugs.a}/`)
        expect(inIncremental['Zaunkönigweg'][0].excerpt).toContain('<mark>Zaunkönigweg.</mark>')
      },
    )

    it(
      'the renderer makes of a snapshot byte for byte what `astro build` makes of it, for every page type',
      { timeout: 10 * 60_000 },
      async () => {
        const release = await build(true)
        const outDir = path.join(cms.dataDir, 'static-build')
        await staticBuild(path.join(cms.dataDir, 'snapshots', release.id), outDir)
        const expected = (await listFiles(outDir)).filter((file) => !file.startsWith('pagefind/'))
        const actual = new Set(await listFiles(release.dir))
        expect(expected.filter((file) => !actual.has(file))).toEqual([])
        const differing: string[] = []
        for (const file of expected)
          if (!(await readFile(path.join(outDir, file))).equals(await readFile(path.join(release.dir, file))))
            differing.push(file)
        expect(differing).toEqual([])
        // Every template of site/pages is among them.
        const templates = new Set(expected.map((file) => file.split('/')[0]))
        for (const folder of [
          'leistungen',
          'leichte-sprache',
          'standorte',
          'themen',
          'dezernate',
          'wer-hilft-mir',
          'videos',
          'hilfe',
        ])
          expect(templates).toContain(folder)
      },
    )

    it("without the live release's render state the next release is a full one", { timeout: 10 * 60_000 }, async () => {
      const live = await build()
      await rm(path.join(cms.dataDir, 'render-state', `${live.id}.json`))
      const release = await build()
      expect(release.full).toBe(true)
      expect(release.pagesCopied).toBe(0)
      const next = await build()
      expect(next.full).toBe(false)
      expect(next.pagesRendered).toBe(0)
    })
  })
}
