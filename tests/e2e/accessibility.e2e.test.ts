import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { hasChromium } from '../helpers/browser.ts'
import { pa11y } from '../helpers/pa11y.ts'

const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')

/** Every page of the built demo site, from its sitemap, as URLs of the test server. */
function sitemapUrls(): string[] {
  const xml = readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => siteUrl + new URL(m[1]).pathname)
}

/**
 * The finder's result pages (/wer-hilft-mir/<topic>/<kreis>/, topics × Kreise,
 * several hundred) are one template: every 25th of them is checked, plus all
 * other pages. Their widget states are checked in finder.e2e.test.ts.
 */
const FINDER_RESULT = /\/wer-hilft-mir\/[^/]+\/[^/]+\/$/
function sampled(urls: string[]): string[] {
  let n = 0
  return urls.filter((url) => !FINDER_RESULT.test(url) || n++ % 25 === 0)
}

/**
 * pa11y-ci with the axe and HTML_CodeSniffer runners at WCAG 2 AA over every
 * page of the built demo site, in Debian's Chromium. No rule is ignored. The
 * settings are the publish pipeline's accessibility gate's (`pa11yDefaults`).
 */
describe.skipIf(!hasChromium)('accessibility of the built demo site (pa11y-ci)', () => {
  it('reports 0 errors on every page', { timeout: 40 * 60_000 }, async () => {
    const urls = sampled(sitemapUrls())
    expect(urls.length).toBeGreaterThan(100)
    const started = Date.now()
    const report = await pa11y(urls)
    console.log(
      `pa11y-ci: ${report.total} pages, ${report.errors} errors, ${Math.round((Date.now() - started) / 1000)} s`,
    )
    expect(report.failing).toEqual([])
    expect(report.total).toBe(urls.length)
    expect(report.errors).toBe(0)
  })
})
