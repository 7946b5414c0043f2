/**
 * The citizen tasks of the static site work on the first try, with a mouse
 * and with a finger, in Debian's Chromium on the built demo release:
 *
 * - the first click (or tap) on "Zuständige finden" / a filter / "Standorte
 *   anzeigen" while the town suggestions are open is not lost;
 * - the finder and near-me forms do not move after the page has loaded
 *   (layout shift, measured by the browser itself).
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hasChromium, launchBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true }

describe.skipIf(!hasChromium)('citizen tasks on the first try', () => {
  let browser: Browser
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
  })

  async function open(pathname: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', ...options })
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(siteUrl + pathname)
    await page.locator('.finder__form').waitFor({ state: 'visible' })
    return page
  }

  /** Types the town in full, so that the suggestion list stays open with it. */
  async function typeTown(page: Page, input: string, town: string, touch: boolean): Promise<void> {
    if (touch) await page.tap(input)
    else await page.click(input)
    await page.keyboard.type(town)
    await page.locator(`${input} + [role="listbox"] [role="option"]`).first().waitFor()
    expect(await page.locator(input).getAttribute('aria-expanded')).toBe('true')
  }

  for (const touch of [false, true]) {
    const how = touch ? 'a tap on a 375 px phone' : 'a mouse click'

    it(`finder: ${how} on "Zuständige finden" with the suggestions open runs the search`, async () => {
      const page = await open('/wer-hilft-mir/', touch ? PHONE : {})
      await page.selectOption('#finder-anliegen', 'thema:wohnen')
      await typeTown(page, '#finder-ort', 'Köln', touch)
      const submit = page.locator('.finder__form button[type="submit"]')
      if (touch) await submit.tap()
      else await submit.click()
      // No second try: the result must be there after the one click.
      await page.locator('[data-finder-results]').waitFor({ state: 'visible', timeout: 30_000 })
      expect(
        await page
          .locator('[data-finder-contacts] > li')
          .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.contact)),
      ).toEqual(['fallmanagement-koeln-a-k', 'fallmanagement-koeln-l-z'])
      expect(await page.locator('#finder-ort').getAttribute('aria-expanded')).toBe('false')
    })

    it(`near me: ${how} on a filter and on "Standorte anzeigen" with the suggestions open both count`, async () => {
      const page = await open('/standorte/in-meiner-naehe/', touch ? PHONE : {})
      await typeTown(page, '#naehe-ort', 'Köln', touch)
      const filter = page.locator('#naehe-dgs')
      if (touch) await filter.tap()
      else await filter.click()
      expect(await filter.isChecked()).toBe(true)
      // The list closes after that click; the next one comes once it has (a person does not click within the
      // same millisecond, Playwright may: the button moving up under its pointer lost the click on a busy machine).
      await expect.poll(() => page.locator('#naehe-ort').getAttribute('aria-expanded')).toBe('false')
      const submit = page.locator('.finder__form button[type="submit"]')
      if (touch) await submit.tap()
      else await submit.click()
      await page.locator('[data-finder-results]').waitFor({ state: 'visible', timeout: 30_000 })
      const texts = await page.locator('[data-near-list] > li').allTextContents()
      expect(texts.length).toBeGreaterThan(0)
      expect(texts.every((text) => text.includes('Gebärdensprache'))).toBe(true)
    })
  }

  // On a slow line a person types the town before the page's data (/daten/finder.json) has arrived: what they
  // typed gets its suggestions once it is there, without a second keystroke.
  for (const [pathname, input] of [
    ['/wer-hilft-mir/', '#finder-ort'],
    ['/standorte/in-meiner-naehe/', '#naehe-ort'],
  ] as const) {
    it(`${pathname}: a town typed before the page's data arrived gets its suggestions`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' })
      contexts.push(context)
      const page = await context.newPage()
      let release = () => {}
      const held = new Promise<void>((resolve) => (release = resolve))
      let asked = false
      await page.route('**/daten/finder.json', async (route) => {
        asked = true
        await held
        await route.continue()
      })
      await page.goto(siteUrl + pathname)
      await page.locator('.finder__form').waitFor({ state: 'visible' })
      await page.click(input)
      await page.keyboard.type('Köln')
      await expect.poll(() => asked).toBe(true)
      expect(await page.locator(`${input} + [role="listbox"] [role="option"]`).count()).toBe(0)
      release()
      await page.locator(`${input} + [role="listbox"] [role="option"]`).first().waitFor()
      expect(await page.locator(input).getAttribute('aria-expanded')).toBe('true')
    })
  }

  it('a search hit for a contact person leads to the entry, its excerpt readable', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' })
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(`${siteUrl}/suche/?q=Fallmanagement%20Essen`)
    const hit = page.locator('.result', { has: page.locator('a[href^="/ansprechpersonen/"]') }).first()
    await hit.waitFor({ timeout: 30_000 })
    expect(await hit.locator('a').first().getAttribute('href')).toBe('/ansprechpersonen/#fallmanagement-essen')
    expect(await hit.locator('a').first().textContent()).toBe('Fallmanagement Eingliederungshilfe Essen')
    const excerpt = (await hit.locator('.result__excerpt').textContent()) ?? ''
    expect(excerpt).toMatch(/Telefon: 0201/)
    expect(excerpt).not.toMatch(/Telefon0|E-Mailf/)
  })

  for (const pathname of ['/wer-hilft-mir/', '/standorte/in-meiner-naehe/']) {
    it(`${pathname}: nothing moves after the first paint (layout shift below 0.05)`, async () => {
      for (const options of [{}, PHONE]) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
        contexts.push(context)
        const page = await context.newPage()
        // Record every layout shift from the start of the page on, as Lighthouse's CLS does.
        await page.addInitScript(() => {
          const w = window as unknown as { __shifts: number[] }
          w.__shifts = []
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
              if (!entry.hadRecentInput) w.__shifts.push(entry.value)
          }).observe({ type: 'layout-shift', buffered: true })
        })
        await page.goto(siteUrl + pathname, { waitUntil: 'networkidle' })
        await page.locator('.finder__form').waitFor({ state: 'visible' })
        await page.waitForTimeout(500)
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)
        const total = shifts.reduce((sum, value) => sum + value, 0)
        expect(total, `${pathname} at ${options.viewport?.width ?? 1280} px: shifts ${shifts.join(', ')}`).toBeLessThan(
          0.05,
        )
      }
    })
  }
})
