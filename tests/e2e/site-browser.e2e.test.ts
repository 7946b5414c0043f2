import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hasChromium, launchBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')
const snapshotItems = (type: string) =>
  JSON.parse(
    readFileSync(path.join(siteDir, '..', '..', 'snapshots', path.basename(siteDir), `${type}.json`), 'utf8'),
  ) as {
    slug: string
    service?: string
    id: string
    lines?: string[]
  }[]

describe.skipIf(!hasChromium)('public site in a real browser', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser?.close())

  async function open(pathname: string, options: { width?: number; javaScript?: boolean } = {}) {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      javaScriptEnabled: options.javaScript ?? true,
    })
    page = await context.newPage()
    const response = await page.goto(siteUrl + pathname)
    expect(response?.status(), pathname).toBe(200)
    return page
  }

  it('offers a skip link as the first stop of the keyboard that moves focus to the main content', async () => {
    await open('/leistungen/persoenliches-budget/')
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      href: document.activeElement?.getAttribute('href'),
    }))
    expect(first.text).toBe('Zum Inhalt springen')
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none')
    await page.keyboard.press('Enter')
    const target = first.href!.slice(1)
    expect(page.url()).toContain(`#${target}`)
    await page.keyboard.press('Tab')
    const inMain = await page.evaluate(
      (id) => Boolean(document.getElementById(id)?.contains(document.activeElement)),
      target,
    )
    expect(inMain).toBe(true)
  })

  it('searches by keyboard only, with a language filter, and announces the result count', async () => {
    await open('/suche/')
    const input = page.locator('#q')
    // Tab from the top of the page until the search field has focus.
    for (let i = 0; i < 40 && !(await input.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab')
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.type('Budget')
    await page.keyboard.press('Enter')
    const status = page.locator('[data-search-status]')
    await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 30_000 }).toMatch(/\d+/)
    const allCount = Number((await status.textContent())!.match(/\d+/)![0])
    expect(allCount).toBeGreaterThan(1)
    expect(await status.getAttribute('aria-live')).toBe('polite')
    // Open the folded filters with the keyboard, then choose "Leichte Sprache" in the language select.
    const filters = page.locator('[data-search-filters] > summary')
    for (let i = 0; i < 20 && !(await filters.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab')
    expect(await filters.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    const select = page.locator('#filter-sprache')
    for (let i = 0; i < 60 && !(await select.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab')
    expect(await select.evaluate((el) => el === document.activeElement)).toBe(true)
    await select.selectOption({ label: 'Leichte Sprache' })
    // Every result is then marked as Leichte Sprache (pages under /leichte-sprache/ and videos in Leichter Sprache).
    const results = () =>
      page.locator('[data-search-list] > li').evaluateAll((lis) => lis.map((li) => li.textContent ?? ''))
    await expect
      .poll(
        async () => {
          const items = await results()
          return items.length > 0 && items.every((text) => text.includes('Leichte Sprache'))
        },
        { timeout: 30_000 },
      )
      .toBe(true)
    const hrefs = await page
      .locator('[data-search-list] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs.some((href) => href.startsWith('/leichte-sprache/'))).toBe(true)
    const filteredCount = Number(((await status.textContent()) ?? '').match(/\d+/)?.[0] ?? -1)
    expect(filteredCount).toBeGreaterThan(0)
    expect(filteredCount).toBeLessThan(allCount)
  })

  it('shows no dead search controls without JavaScript, and links that work instead', async () => {
    await open('/suche/?q=Budget', { javaScript: false })
    const main = page.locator('main')
    // (getByText would match the <noscript> element itself, which is never rendered.)
    expect(await main.locator('p', { hasText: 'Die Suche braucht JavaScript' }).isVisible()).toBe(true)
    // Nothing to type into, press or open that cannot work without JavaScript.
    for (const control of [
      main.getByRole('searchbox'),
      main.getByRole('button', { name: 'Suchen' }),
      main.locator('summary', { hasText: 'Suche eingrenzen' }),
      main.getByRole('heading', { name: 'Ergebnisse' }),
    ])
      expect(await control.isVisible()).toBe(false)
    // The alternatives are links to pages that work without it.
    for (const name of ['Wer hilft mir?', 'Leistungen A–Z', 'Themen', 'Ansprechpersonen']) {
      const link = main.getByRole('link', { name, exact: true })
      expect(await link.isVisible(), name).toBe(true)
      const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).toString())
      expect(response.status(), name).toBe(200)
    }
  })

  it('switches between the standard and the Leichte-Sprache version of a service', async () => {
    await open('/leistungen/persoenliches-budget/')
    await page.getByRole('link', { name: 'Diese Seite in Leichter Sprache' }).click()
    await page.waitForURL('**/leichte-sprache/persoenliches-budget/')
    expect(await page.locator('html').getAttribute('lang')).toBe('de')
    await page.locator('main a[href$="/leistungen/persoenliches-budget/"]').first().click()
    await page.waitForURL('**/leistungen/persoenliches-budget/')
  })

  it('plays videos with a German captions track', async () => {
    const videos = snapshotItems('videoTutorial')
    await open(`/videos/${videos[0].slug}/`)
    const track = page.locator('video track[kind="captions"]')
    expect(await track.getAttribute('srclang')).toBe('de')
    const src = await track.getAttribute('src')
    const response = await page.request.get(new URL(src!, page.url()).toString())
    expect(response.headers()['content-type']).toContain('text/vtt')
    expect((await response.text()).startsWith('WEBVTT')).toBe(true)
    await expect.poll(() => page.evaluate(() => document.querySelector('video')!.textTracks.length)).toBeGreaterThan(0)
  })

  it('reflows to 320 px without horizontal scrolling', async () => {
    for (const pathname of [
      '/',
      '/leistungen/beratung-106-sgb-ix/',
      '/leichte-sprache/persoenliches-budget/',
      '/standorte/',
      '/suche/',
    ]) {
      await open(pathname, { width: 320 })
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, pathname).toBeLessThanOrEqual(0)
    }
  })

  it('reaches every service page from the start page by links alone, with JavaScript off', async () => {
    const services = snapshotItems('service').map((s) => `/leistungen/${s.slug}/`)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const tab = await context.newPage()
    const seen = new Set<string>()
    const queue = ['/']
    const found = () => services.every((s) => seen.has(s))
    while (queue.length > 0 && seen.size < 1500 && !found()) {
      const pathname = queue.shift()!
      if (seen.has(pathname)) continue
      seen.add(pathname)
      const response = await tab.goto(siteUrl + pathname)
      if (!response?.headers()['content-type']?.includes('text/html')) continue
      const hrefs = await tab.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
      for (const href of hrefs) {
        const url = new URL(href)
        if (url.origin !== new URL(siteUrl).origin) continue
        if (!url.pathname.endsWith('/')) continue // files: videos, media, feeds
        // The finder's answers per topic and Kreis (hundreds) link only to pages listed elsewhere.
        if (/^\/wer-hilft-mir\/[^/]+\/[^/]+\/$/.test(url.pathname)) continue
        if (!seen.has(url.pathname)) queue.push(url.pathname)
      }
    }
    await context.close()
    const missing = services.filter((s) => !seen.has(s))
    expect(missing).toEqual([])
    expect(services.length).toBeGreaterThanOrEqual(40)
  })

  it('finds a Leichte-Sprache page by a word it writes with a Mediopunkt, searched without one', async () => {
    const texts = snapshotItems('easyLanguageText')
    let word = ''
    let slug = ''
    for (const t of texts) {
      const match = t.lines?.join(' ').match(/[A-Za-zÄÖÜäöüß]+(?:·[A-Za-zÄÖÜäöüß]+)+/)
      if (match) {
        word = match[0].replaceAll('·', '')
        slug = t.slug
        break
      }
    }
    expect(word.length).toBeGreaterThan(5)
    await open('/suche/')
    // A string, so that the test runner does not rewrite the browser's import().
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js')
      const search = await pagefind.search(${JSON.stringify(word)})
      const data = await Promise.all(search.results.map((r) => r.data()))
      return data.map((d) => d.url)
    })()`)) as string[]
    expect(
      urls.some((u) => u.includes(`/leichte-sprache/${slug}/`)),
      `${word} → ${urls.join(', ')}`,
    ).toBe(true)
  })
})
