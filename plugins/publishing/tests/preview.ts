import { readdir, readFile, readlink, stat } from 'node:fs/promises'
import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildRelease, type Release } from '../build.ts'
import {
  buildPreview,
  closePreviewWorkers,
  framePage,
  previewChecksDone,
  previewPath,
  previewsDir,
  readLatest,
} from '../preview.ts'
import { currentLink, releasesDir } from '../releases.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, createUser, unique, type World } from '../../../tests/helpers/fixtures.ts'
import { hasChromium } from '../../../tests/helpers/browser.ts'
import type { User } from '../../../cms/payload-types.ts'
import { dataFor } from './fixtures.ts'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const o = { overrideAccess: true, depth: 0 } as const

/** Every file below a release folder with its inode and modification time: a release that is touched shows it. */
async function fingerprint(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const lines = await Promise.all(
    entries.map(async (e) => {
      const file = path.join(e.parentPath, e.name)
      const info = await stat(file)
      return `${path.relative(dir, file)} ${info.ino} ${info.mtimeMs} ${info.size}`
    }),
  )
  return lines.sort().join('\n')
}

/**
 * The preview of a draft: its page rendered from the live snapshot with the
 * draft in place, the draft's text in it while the live release has none of
 * it; only users who may read the document get it; no release and not
 * `current` are touched; the checks run on it.
 */
export function previewSuite(kind: TestDatabase) {
  describe(`preview of a draft on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let editorA: User
    let editorB: User
    let release: Release
    let serviceId: number | string
    let slug: string

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await buildWorld(cms.payload)
      editorA = await createUser(cms.payload, { ...dataFor('users', world, world.deptA), role: 'editor' })
      editorB = await createUser(cms.payload, { ...dataFor('users', world, world.deptB), role: 'editor' })
      slug = unique('vorschau')
      const service = await cms.payload.create({
        ...o,
        collection: 'services',
        data: {
          ...dataFor('services', world, world.deptA),
          slug,
          name: 'Leistung mit Vorschau',
          teaser: 'Der Text, der jetzt auf der Website steht.',
          _status: 'published',
        },
      })
      serviceId = service.id
      release = await buildRelease({ payload: cms.payload, dataDir: cms.dataDir, root: repoRoot, a11y: 'off' })
      await cms.payload.update({
        ...o,
        collection: 'services',
        id: serviceId,
        draft: true,
        data: { teaser: 'Der neue Entwurfstext der Vorschau.', _status: 'draft' },
      })
    })

    afterAll(async () => {
      await closePreviewWorkers()
      await cms?.close()
    })

    it('shows the draft’s new text on the document’s page; the live release does not have it', async () => {
      const doc = await readLatest(cms.payload, 'services', String(serviceId), editorA)
      expect(doc).not.toBeNull()
      const before = await fingerprint(release.dir)
      const currentBefore = await readlink(currentLink(cms.dataDir))
      const releasesBefore = await readdir(releasesDir(cms.dataDir))

      const started = performance.now()
      const preview = await buildPreview({
        payload: cms.payload,
        collection: 'services',
        doc: doc!,
        dataDir: cms.dataDir,
        root: repoRoot,
      })
      console.log(`preview of one service: ${Math.round(performance.now() - started)} ms (${preview.ms} ms build)`)

      expect(preview.pages.map((p) => p.path)).toEqual([`/leistungen/${slug}/`])
      const html = await readFile(path.join(preview.dir, 'out', preview.pages[0].file), 'utf8')
      expect(html).toContain('Der neue Entwurfstext der Vorschau.')
      const live = await readFile(path.join(release.dir, 'leistungen', slug, 'index.html'), 'utf8')
      expect(live).toContain('Der Text, der jetzt auf der Website steht.')
      expect(live).not.toContain('Der neue Entwurfstext der Vorschau.')

      // Only the document's page was rendered: the preview holds nothing else.
      const rendered = (await readdir(path.join(preview.dir, 'out'), { recursive: true })).filter((f) =>
        f.endsWith('.html'),
      )
      expect(rendered).toEqual([`leistungen/${slug}/index.html`])

      // No release, not `current`: the preview lives apart from what the public server serves.
      expect(preview.dir.startsWith(previewsDir(cms.dataDir) + path.sep)).toBe(true)
      expect(await readlink(currentLink(cms.dataDir))).toBe(currentBefore)
      expect(await readdir(releasesDir(cms.dataDir))).toEqual(releasesBefore)
      expect(await fingerprint(release.dir)).toBe(before)

      // Built once per version: asked again, the same preview without rendering.
      const again = await buildPreview({
        payload: cms.payload,
        collection: 'services',
        doc: doc!,
        dataDir: cms.dataDir,
        root: repoRoot,
      })
      expect(again.key).toBe(preview.key)
    })

    it('is refused to a user of another department, as if the document did not exist', async () => {
      expect(await readLatest(cms.payload, 'services', String(serviceId), editorB)).toBeNull()
      expect(await readLatest(cms.payload, 'services', String(serviceId), null)).toBeNull()
      expect(await readLatest(cms.payload, 'services', '../1', editorA)).toBeNull()
      // The other department's own service is theirs to preview.
      expect(await readLatest(cms.payload, 'services', String(world.serviceB), editorB)).not.toBeNull()
    })

    it('runs the release’s checks on the page and touches no release', async () => {
      const doc = (await readLatest(cms.payload, 'services', String(serviceId), editorA))!
      const preview = await buildPreview({
        payload: cms.payload,
        collection: 'services',
        doc,
        dataDir: cms.dataDir,
        root: repoRoot,
      })
      const before = await fingerprint(release.dir)
      const req = { payload: cms.payload, user: editorA } as unknown as PayloadRequest
      const started = performance.now()
      const checks = await previewChecksDone(req, 'services', doc, preview, { dataDir: cms.dataDir, root: repoRoot })
      console.log(`checks of one preview page: ${Math.round(performance.now() - started)} ms`)
      expect(checks.status).toBe('done')
      expect(checks.error).toBeUndefined()
      expect(checks.links).toEqual([])
      if (hasChromium) expect(checks.a11y).toEqual([])
      expect(checks.easyLanguage).toBeNull()
      expect(await fingerprint(release.dir)).toBe(before)
      expect(await readdir(preview.dir)).not.toContain('site')
    })

    it('names the admin address of a preview', () => {
      expect(previewPath('services', 12)).toBe('/admin/vorschau/services/12')
      expect(previewPath('easy-language-texts', 'a b', '/verwaltung')).toBe(
        '/verwaltung/vorschau/easy-language-texts/a%20b',
      )
    })

    it('makes a page fit for the admin’s frame: no scripts, assets through the endpoint, links to the site', () => {
      const html =
        '<html><head><script>alert(1)</script><script type="module" src="/_astro/x.js"></script>' +
        '<script type="application/ld+json">{"a":1}</script><link rel="stylesheet" href="/_astro/a.css"></head>' +
        '<body><a href="/leistungen/">Leistungen</a><a href="#inhalt">Zum Inhalt</a><img src="/media/a.webp" srcset="/media/a.webp 1x, /media/b.webp 2x" alt=""></body></html>'
      const framed = framePage(html, 'services', '7', 'https://lotse.example')
      expect(framed).not.toContain('alert(1)')
      expect(framed).not.toContain('x.js')
      expect(framed).toContain('application/ld+json')
      expect(framed).toContain('href="/api/vorschau/datei?collection=services&amp;id=7&amp;pfad=%2F_astro%2Fa.css"')
      expect(framed).toContain('src="/api/vorschau/datei?collection=services&amp;id=7&amp;pfad=%2Fmedia%2Fa.webp"')
      expect(framed).toContain('pfad=%2Fmedia%2Fb.webp 2x')
      expect(framed).toContain('<a href="https://lotse.example/leistungen/" target="_blank" rel="noopener">')
      expect(framed).toContain('<a href="#inhalt">')
    })
  })
}
