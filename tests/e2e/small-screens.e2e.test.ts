/**
 * Phones and 400 % zoom on the built demo release: on a 375 px phone the page
 * heading and the start page's main task are in the first screen, at 320 × 256
 * (1280 × 1024 at 400 %) the heading is too, the menu stays reachable, and
 * the search page shows its first result without scrolling past every filter.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hasChromium, launchBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')

/** One of each kind of page a citizen lands on. */
const PAGES = [
  '/',
  '/leistungen/persoenliches-budget/',
  '/leichte-sprache/blindengeld/',
  '/wer-hilft-mir/',
  '/standorte/in-meiner-naehe/',
  '/themen/',
  '/suche/',
]

describe.skipIf(!hasChromium)('small screens', () => {
  let browser: Browser
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
  })

  async function screen(width: number, height: number): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width, height },
      hasTouch: true,
      isMobile: width < 400,
      locale: 'de-DE',
    })
    contexts.push(context)
    return context.newPage()
  }

  /** Top of the first line of the h1 in the page's own coordinates. */
  const headingTop = (page: Page) =>
    page
      .locator('h1')
      .first()
      .evaluate((h1) => h1.getBoundingClientRect().top + window.scrollY)

  for (const [width, height] of [
    [375, 667],
    [320, 256],
  ] as const) {
    it(`shows the page heading in the first screen at ${width} × ${height}`, async () => {
      const page = await screen(width, height)
      const late: string[] = []
      for (const pathname of PAGES) {
        await page.goto(siteUrl + pathname)
        const top = await headingTop(page)
        // The heading's first line (about 40 px) is visible without scrolling.
        if (top + 40 > height) late.push(`${pathname}: h1 at ${Math.round(top)} px`)
        expect(await page.evaluate(() => document.documentElement.scrollWidth), pathname).toBeLessThanOrEqual(width)
      }
      expect(late).toEqual([])
    })
  }

  it('puts the start page main task ("Wer hilft mir?") in the first screen at 375 px', async () => {
    const page = await screen(375, 667)
    await page.goto(siteUrl + '/')
    const task = page.locator('main a[href="/wer-hilft-mir/"]').first()
    const box = await task.boundingBox()
    expect(box).not.toBeNull()
    expect(box!.y + box!.height).toBeLessThanOrEqual(667)
    // A real target, not a small link in running text.
    expect(box!.height).toBeGreaterThanOrEqual(44)
  })

  it('keeps the main navigation reachable at 375 px with a menu button', async () => {
    const page = await screen(375, 667)
    await page.goto(siteUrl + '/leistungen/persoenliches-budget/')
    const header = await page.locator('header').first().boundingBox()
    // The header takes at most a quarter of the first screen.
    expect(header!.height).toBeLessThanOrEqual(667 / 4)
    const menu = page.getByRole('button', { name: 'Menü' })
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    await menu.tap()
    expect(await menu.getAttribute('aria-expanded')).toBe('true')
    const services = page.locator('nav a[href="/leistungen/"]').first()
    expect(await services.isVisible()).toBe(true)
    await services.tap()
    await page.waitForURL(`${siteUrl}/leistungen/`)
  })

  it('shows the first search result in the first screen at 375 px, the filters folded away', async () => {
    const page = await screen(375, 667)
    await page.goto(siteUrl + '/suche/?q=Budget')
    const first = page.locator('.result').first()
    await first.waitFor({ timeout: 30_000 })
    const box = await first.evaluate((el) => el.getBoundingClientRect().top + window.scrollY)
    expect(box).toBeLessThan(667)
  })
})
