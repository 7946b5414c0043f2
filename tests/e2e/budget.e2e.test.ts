import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, inject, it } from 'vitest'

const siteDir = inject('siteDir')

const KB = 1024
const budget = { htmlGzip: 14 * KB, transferWithoutMedia: 50 * KB, javascriptGzip: 4 * KB }

const gz = (buffer: Buffer | string) => gzipSync(buffer, { level: 9 }).length

/** Local files a page loads (stylesheets, scripts), excluding images and video. */
function assetsOf(html: string): string[] {
  const refs = [
    ...html.matchAll(/<link[^>]+rel="?stylesheet"?[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="?stylesheet"?/g),
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="?modulepreload"?[^>]*href="([^"]+)"/g),
  ].map((m) => m[1])
  return [...new Set(refs)].filter((r) => r.startsWith('/'))
}

/** Every script of a page, inline and loaded, compressed. */
function scriptGzip(html: string): number {
  let bytes = 0
  for (const m of html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g))
    if (m[1].trim()) bytes += gz(m[1])
  for (const src of html.matchAll(/<script[^>]+src="([^"]+)"/g)) bytes += gz(readFileSync(path.join(siteDir, src[1])))
  return bytes
}

/**
 * The budget of a typical service page: HTML ≤ 14 KB compressed, at most 4 KB
 * of compressed JavaScript, and only for progressive enhancement (the menu
 * button of small screens, the errors of "Barriere melden"; every task works
 * without it, see the no-JavaScript tests), everything but images and video
 * ≤ 50 KB compressed. Measured over every service page of the demo
 * site; the test prints the figures (it writes nothing).
 */
describe('page budget of service pages', () => {
  it('keeps every service page within the budget', () => {
    const servicesDir = path.join(siteDir, 'leistungen')
    const slugs = readdirSync(servicesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
    expect(slugs.length).toBeGreaterThanOrEqual(40)
    const pages = slugs.map((slug) => {
      const html = readFileSync(path.join(servicesDir, slug, 'index.html'))
      const assets = assetsOf(html.toString())
      const assetGzip = assets.reduce((sum, a) => sum + gz(readFileSync(path.join(siteDir, a))), 0)
      return {
        slug,
        htmlGzip: gz(html),
        assets,
        transfer: gz(html) + assetGzip,
        javascriptGzip: scriptGzip(html.toString()),
      }
    })
    const sorted = (key: 'htmlGzip' | 'transfer') => pages.map((p) => p[key]).sort((a, b) => a - b)
    const median = (values: number[]) => values[Math.floor(values.length / 2)]
    const result = {
      measuredAt: new Date().toISOString(),
      pages: pages.length,
      budget,
      htmlGzip: { median: median(sorted('htmlGzip')), max: Math.max(...sorted('htmlGzip')) },
      transferWithoutMedia: { median: median(sorted('transfer')), max: Math.max(...sorted('transfer')) },
      javascriptGzip: { max: Math.max(...pages.map((p) => p.javascriptGzip)) },
      largest: pages.sort((a, b) => b.transfer - a.transfer)[0],
    }
    console.log(
      `budget: html gzip median ${result.htmlGzip.median} B (max ${result.htmlGzip.max}), transfer max ${result.transferWithoutMedia.max} B, JavaScript gzip max ${result.javascriptGzip.max} B, largest ${result.largest.slug}`,
    )
    for (const p of pages) {
      expect(p.htmlGzip, `${p.slug} HTML`).toBeLessThanOrEqual(budget.htmlGzip)
      expect(p.transfer, `${p.slug} transfer`).toBeLessThanOrEqual(budget.transferWithoutMedia)
      expect(p.javascriptGzip, `${p.slug} JavaScript`).toBeLessThanOrEqual(budget.javascriptGzip)
    }
  })
})
