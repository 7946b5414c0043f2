import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureFirstSearch, resourceKind } from '../../bench/first-search.ts'
import { buildRelease } from '../../plugins/publishing/build.ts'
import { hasChromium } from '../helpers/browser.ts'
import { startCms, type TestCms } from '../helpers/cms.ts'
import type { TestDatabase } from '../helpers/database.ts'
import { buildWorld } from '../helpers/fixtures.ts'

const repoRoot = path.resolve(import.meta.dirname, '../..')

/**
 * The benchmark's first-search figure (bench/first-search.ts) on a small
 * built release: a search in Chromium, every transferred byte counted by kind.
 */
export function firstSearchSuite(kind: TestDatabase) {
  describe.skipIf(!hasChromium)(`first-search bytes on ${kind}`, () => {
    let cms: TestCms
    beforeAll(async () => {
      cms = await startCms(kind)
      await buildWorld(cms.payload)
    }, 120_000)
    afterAll(async () => {
      await cms?.close()
    })

    it(
      'sums what a first search transfers, Pagefind wasm, index and fragments included',
      { timeout: 10 * 60_000 },
      async () => {
        const release = await buildRelease({ payload: cms.payload, dataDir: cms.dataDir, root: repoRoot, a11y: 'off' })
        const measured = await measureFirstSearch(release.dir, 'Leistung')
        expect(measured.results).toBeGreaterThan(0)
        for (const kind of [
          'html',
          'js',
          'pagefind-wasm',
          'pagefind-meta',
          'pagefind-index',
          'pagefind-fragment',
        ] as const)
          expect({ kind, loaded: measured.bytesByKind[kind] > 0 }).toEqual({ kind, loaded: true })
        // Pagefind's wasm is one file of a few ten KB (gzipped by Pagefind); one fragment per shown result.
        expect(measured.requestsByKind['pagefind-wasm']).toBe(1)
        expect(measured.bytesByKind['pagefind-wasm']).toBeGreaterThan(20_000)
        expect(measured.bytesByKind['pagefind-wasm']).toBeLessThan(200_000)
        expect(measured.requestsByKind['pagefind-fragment']).toBe(Math.min(measured.results, 10))
        expect(measured.requestsByKind.html).toBe(1)
        const bodies = Object.values(measured.bytesByKind).reduce((sum, bytes) => sum + bytes, 0)
        expect(measured.totalBytes).toBeGreaterThan(bodies)
        // gzip shrinks the text resources; Pagefind's own files count as they are.
        expect(measured.gzippedBytes).toBeLessThan(bodies)
        expect(measured.gzippedByKind['pagefind-wasm']).toBe(measured.bytesByKind['pagefind-wasm'])
        expect(measured.gzippedByKind.js).toBeLessThan(measured.bytesByKind.js)
        expect(measured.totalBytes).toBeLessThan(
          bodies + 1000 * Object.values(measured.requestsByKind).reduce((a, b) => a + b),
        )
      },
    )

    it('tells the kinds of resources apart by Pagefind file names', () => {
      const at = (file: string) => `http://127.0.0.1:1/${file}`
      expect(resourceKind(at('pagefind/wasm.de.pagefind'))).toBe('pagefind-wasm')
      expect(resourceKind(at('pagefind/pagefind.de_4cdcf4e6da.pf_meta'))).toBe('pagefind-meta')
      expect(resourceKind(at('pagefind/pagefind-entry.json'))).toBe('pagefind-meta')
      expect(resourceKind(at('pagefind/index/de_1a2b3c.pf_index'))).toBe('pagefind-index')
      expect(resourceKind(at('pagefind/fragment/de_1a2b3c.pf_fragment'))).toBe('pagefind-fragment')
      expect(resourceKind(at('pagefind/filter/de_1a2b3c.pf_filter'))).toBe('pagefind-filter')
      expect(resourceKind(at('pagefind/pagefind.js'))).toBe('js')
      expect(resourceKind(at('_astro/Search.abc.css'))).toBe('css')
      expect(resourceKind(at('suche/'))).toBe('html')
    })
  })
}
