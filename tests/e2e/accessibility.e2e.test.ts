import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { A11yBrowser, axeWcagTags, type AxeViolation } from '../../plugins/publishing/a11y-browser.ts'
import { readTemplates, templateOf } from '../../plugins/publishing/gate.ts'
import { hasChromium } from '../helpers/browser.ts'
import { pa11y } from '../helpers/pa11y.ts'

const root = path.resolve(import.meta.dirname, '../..')
const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')

/** The pages of the built demo site's sitemap, as site paths. */
function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
}

/**
 * Every page of the built demo site: every HTML file of the release, so that
 * the pages outside the sitemap (the 404 page, the answers of "Barriere
 * melden" in both variants, site/lib/outputs.ts) are checked as well.
 */
function allPages(): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map(
      (file) =>
        '/' +
        file
          .split(path.sep)
          .join('/')
          .replace(/(^|\/)index\.html$/, '$1'),
    )
    .sort()
}

/** The file of a page in the release. */
const fileOf = (page: string) => path.join(siteDir, page.endsWith('/') ? `${page}index.html` : page)

/**
 * Accessibility of the built demo site in two layers, both in Debian's
 * Chromium with no rule ignored:
 *
 * 1. axe-core (WCAG 2.0–2.2, A and AA, and axe's best practices) on EVERY
 *    page of the release (the sitemap's and those outside it), in one warm
 *    browser.
 * 2. pa11y with both engines of the publish gate (axe and HTML_CodeSniffer,
 *    WCAG 2 AA) on one page of each template, the largest (it shows the most
 *    components), as the gate samples them. The widgets' states are checked
 *    with pa11y in their own tests (finder, feedback and booking, embed).
 */
describe.skipIf(!hasChromium)('accessibility of the built demo site', () => {
  let browser: A11yBrowser
  const pages = allPages()

  beforeAll(async () => {
    browser = await A11yBrowser.launch({ concurrency: 3 })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('axe finds no WCAG 2.2 A/AA or best-practice violation on any page', { timeout: 20 * 60_000 }, async () => {
    expect(pages.length).toBeGreaterThan(400)
    // Every page of the sitemap, and the pages that are not in it.
    expect(pages).toEqual(expect.arrayContaining(sitemapPaths()))
    expect(pages).toEqual(
      expect.arrayContaining([
        '/404.html',
        '/barriere-melden/danke/',
        '/barriere-melden/fehler/',
        '/leichte-sprache/barriere-melden/danke/',
      ]),
    )
    const started = Date.now()
    const results = await browser.all(pages, (page) => browser.axe(siteUrl + page, [...axeWcagTags, 'best-practice']))
    const seconds = (Date.now() - started) / 1000
    console.log(
      `axe: ${results.length} pages in ${Math.round(seconds)} s (${(results.length / seconds).toFixed(1)} pages/s)`,
    )
    const failing = results.flatMap((result, i) =>
      'error' in result
        ? [`${pages[i]}: not checked (${result.error})`]
        : result.violations.map(
            (v: AxeViolation) => `${pages[i]}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(', ')}`,
          ),
    )
    expect(failing).toEqual([])
    expect(results).toHaveLength(pages.length)
  })

  it(
    'pa11y (axe and HTML_CodeSniffer, WCAG 2 AA) reports 0 errors on one page of every template',
    { timeout: 10 * 60_000 },
    async () => {
      const templates = await readTemplates(path.join(root, 'site', 'pages'))
      const largest = new Map<string, { page: string; size: number }>()
      for (const page of pages) {
        const template = templateOf(page, templates)
        const size = statSync(fileOf(page)).size
        if ((largest.get(template)?.size ?? -1) < size) largest.set(template, { page, size })
      }
      const samples = [...largest.values()].map((s) => s.page).sort()
      // Every page template of site/pages that builds HTML pages has a sample.
      expect(samples.length).toBeGreaterThanOrEqual(25)
      const report = await pa11y(samples.map((page) => siteUrl + page))
      console.log(`pa11y: ${report.total} template samples, ${report.errors} errors`)
      expect(report.failing).toEqual([])
      expect(report.total).toBe(samples.length)
    },
  )
})
