/**
 * Words at line ends on the built demo release. Leichte Sprache never splits
 * a word except at the Mediopunkt ("Blinden·geld"), at 320, 375 and 1280 px,
 * in Chromium and in Firefox (which hyphenates German on its own); standard
 * pages do not break short words such as weekdays in the opening-hours
 * tables at 320 and 375 px.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser as FirefoxBrowser } from 'puppeteer'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hasChromium, launchBrowser } from '../helpers/browser.ts'
import { requires } from '../helpers/requirements.ts'
import { findWordSplits, launchFirefox, type WordSplit } from '../helpers/wordSplits.ts'

const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')
const WIDTHS = [320, 375, 1280]

const sitemap = readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8')
const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
const easyPages = pages.filter((page) => page.startsWith('/leichte-sprache/'))
const locationPages = pages.filter((page) => /^\/standorte\/(?!kreis\/|in-meiner-naehe\/)[^/]+\/$/.test(page))

const report = (splits: (WordSplit & { page: string; width: number })[]) =>
  splits.map((s) => `${s.page} @ ${s.width} px: "${s.word}" split after "${s.before}" (${s.where})`)

describe.skipIf(!hasChromium)('words at line ends', () => {
  let chromium: Browser

  beforeAll(async () => {
    chromium = await launchBrowser()
  })
  afterAll(async () => {
    await chromium?.close()
  })

  it(
    'Chromium: no word on a Leichte-Sprache page is split except at a Mediopunkt',
    { timeout: 10 * 60_000 },
    async () => {
      expect(easyPages.length).toBeGreaterThan(15)
      const found: (WordSplit & { page: string; width: number })[] = []
      for (const width of WIDTHS) {
        const context = await chromium.newContext({ viewport: { width, height: 800 }, locale: 'de-DE' })
        const page = await context.newPage()
        for (const pathname of easyPages) {
          await page.goto(siteUrl + pathname)
          for (const split of await page.evaluate(findWordSplits, 'body'))
            found.push({ ...split, page: pathname, width })
        }
        await context.close()
      }
      expect(report(found)).toEqual([])
    },
  )

  it('Chromium: opening hours keep their weekdays whole at 320 and 375 px', { timeout: 5 * 60_000 }, async () => {
    expect(locationPages.length).toBeGreaterThan(10)
    const found: (WordSplit & { page: string; width: number })[] = []
    for (const width of [320, 375]) {
      const context = await chromium.newContext({ viewport: { width, height: 800 }, locale: 'de-DE' })
      const page = await context.newPage()
      for (const pathname of locationPages) {
        await page.goto(siteUrl + pathname)
        for (const split of await page.evaluate(findWordSplits, '.hours'))
          found.push({ ...split, page: pathname, width })
      }
      await context.close()
    }
    expect(report(found)).toEqual([])
  })

  describe.skipIf(!requires('firefox'))('in Firefox (Debian firefox-esr)', () => {
    let firefox: FirefoxBrowser

    beforeAll(async () => {
      firefox = await launchFirefox()
    })
    afterAll(async () => {
      await firefox?.close()
    })

    it('no word on a Leichte-Sprache page is split except at a Mediopunkt', { timeout: 10 * 60_000 }, async () => {
      const found: (WordSplit & { page: string; width: number })[] = []
      const page = await firefox.newPage()
      for (const width of WIDTHS) {
        await page.setViewport({ width, height: 800 })
        for (const pathname of easyPages) {
          await page.goto(siteUrl + pathname)
          for (const split of await page.evaluate(findWordSplits, 'body'))
            found.push({ ...split, page: pathname, width })
        }
      }
      await page.close()
      expect(report(found)).toEqual([])
    })

    it('opening hours keep their weekdays whole at 320 and 375 px', { timeout: 5 * 60_000 }, async () => {
      const found: (WordSplit & { page: string; width: number })[] = []
      const page = await firefox.newPage()
      for (const width of [320, 375]) {
        await page.setViewport({ width, height: 800 })
        for (const pathname of locationPages) {
          await page.goto(siteUrl + pathname)
          for (const split of await page.evaluate(findWordSplits, '.hours'))
            found.push({ ...split, page: pathname, width })
        }
      }
      await page.close()
      expect(report(found)).toEqual([])
    })
  })
})
