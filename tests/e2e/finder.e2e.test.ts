/**
 * "Wer hilft mir?" and "Standorte in meiner Nähe" in Debian's Chromium on the
 * built demo release: keyboard only (Tab, typing, arrows, Enter, Space), with a
 * fixed browser position, places typed as people type them (a postcode, a
 * district, a name without its addition), without JavaScript by the link
 * route, no request to another origin, the client code budget, and pa11y in
 * every widget state.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { findRegion, matchContacts, nearestLocations, type FinderData } from '../../site/lib/finder.ts'
import { hasChromium, launchBrowser } from '../helpers/browser.ts'
import { pa11y } from '../helpers/pa11y.ts'

const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')
const origin = new URL(siteUrl).origin
const data = JSON.parse(readFileSync(path.join(siteDir, 'daten', 'finder.json'), 'utf8')) as FinderData

/** Wesel town centre and Köln-Deutz, as fixed browser positions. */
const WESEL = { latitude: 51.6587, longitude: 6.6178 }
const KOELN_DEUTZ = { latitude: 50.9375, longitude: 6.9603 }

/** The islands compute after loading /daten/finder.json: give a slow, shared machine time. */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000 })

describe.skipIf(!hasChromium)('finder and near-me widgets', () => {
  let browser: Browser
  const contexts: BrowserContext[] = []
  /** Every address any page of these tests asked for. */
  const requested: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
  })

  async function open(pathname: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
    contexts.push(context)
    const page = await context.newPage()
    page.on('request', (request) => requested.push(request.url()))
    const response = await page.goto(siteUrl + pathname)
    expect(response?.status(), pathname).toBe(200)
    return page
  }

  const focused = (page: Page, selector: string) =>
    page.locator(selector).evaluate((el) => el === document.activeElement)

  /** Presses Tab (or Shift+Tab) until the element has focus (fails after `max` presses). */
  async function tabTo(page: Page, selector: string, max = 80, key = 'Tab'): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await focused(page, selector)) return
      await page.keyboard.press(key)
    }
    expect(await focused(page, selector), `Tab never reached ${selector}`).toBe(true)
  }

  /** Moves a focused, closed <select> with ArrowDown until it shows `value`. */
  async function arrowTo(page: Page, selector: string, value: string): Promise<void> {
    const select = page.locator(selector)
    for (let i = 0; i < 120 && (await select.inputValue()) !== value; i++) await page.keyboard.press('ArrowDown')
    expect(await select.inputValue()).toBe(value)
  }

  /** Types a town, takes the first suggestion with ArrowDown and Enter. */
  async function chooseTown(page: Page, input: string, typed: string, expected: string): Promise<void> {
    await tabTo(page, input)
    await page.keyboard.type(typed)
    await poll(() => page.locator(`${input} + [role="listbox"] [role="option"]`).count()).toBeGreaterThan(0)
    expect(await page.locator(input).getAttribute('aria-expanded')).toBe('true')
    await page.keyboard.press('ArrowDown')
    expect(await page.locator(input).getAttribute('aria-activedescendant')).toBeTruthy()
    await page.keyboard.press('Enter')
    expect(await page.locator(input).inputValue()).toBe(expected)
    expect(await page.locator(input).getAttribute('aria-expanded')).toBe('false')
  }

  const contactSlugs = (page: Page) =>
    page
      .locator('[data-finder-contacts] > li')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.contact))
  const locationSlugs = (page: Page, list = '[data-finder-locations]') =>
    page.locator(`${list} > li`).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.location))
  const kilometres = (page: Page, list: string) =>
    page.locator(`${list} .finder-location__distance`).evaluateAll((ps) =>
      ps.map((p) =>
        Number(
          p
            .textContent!.match(/([\d.,]+) km/)![1]!
            .replace('.', '')
            .replace(',', '.'),
        ),
      ),
    )

  async function submitFinder(page: Page): Promise<void> {
    await tabTo(page, '.finder__form button[type="submit"]')
    await page.keyboard.press('Enter')
  }

  it('finds the Köln contact for "Wohnen" by the surname letter, by keyboard only', async () => {
    const page = await open('/wer-hilft-mir/')
    await tabTo(page, '#finder-anliegen')
    await arrowTo(page, '#finder-anliegen', 'thema:wohnen')
    await chooseTown(page, '#finder-ort', 'Köl', 'Köln')
    await tabTo(page, '#finder-buchstabe')
    await arrowTo(page, '#finder-buchstabe', 'M')
    await submitFinder(page)

    await poll(() => contactSlugs(page)).toEqual(['fallmanagement-koeln-l-z'])
    const card = page.locator('[data-contact="fallmanagement-koeln-l-z"]')
    expect(await card.textContent()).toContain('Jonas Wirtz')
    expect(await card.textContent()).toContain('Nachnamen L–Z')
    const status = page.locator('[data-finder-status]')
    expect(await status.getAttribute('role')).toBe('status')
    expect(await status.textContent()).toContain('1 Ansprechperson')
    expect(await focused(page, '#finder-ansprechpersonen')).toBe(true)
    expect(new URL(page.url()).searchParams.get('buchstabe')).toBe('M')

    // Another letter, another person.
    await tabTo(page, '#finder-buchstabe', 80, 'Shift+Tab')
    await page.keyboard.press('Home')
    await arrowTo(page, '#finder-buchstabe', 'C')
    await submitFinder(page)
    await poll(() => contactSlugs(page)).toEqual(['fallmanagement-koeln-a-k'])
    expect(await page.locator('[data-contact="fallmanagement-koeln-a-k"]').textContent()).toContain('Aylin Demirtaş')
    expect(await locationSlugs(page)).toContain('lvr-beratungszentrum-koeln-deutz')
  })

  it('uses the browser position: the town for responsibility, the nearest location first', async () => {
    const page = await open('/wer-hilft-mir/', { geolocation: WESEL, permissions: ['geolocation'] })
    await tabTo(page, '#finder-anliegen')
    await arrowTo(page, '#finder-anliegen', 'thema:wohnen')
    await tabTo(page, '[data-finder-locate]')
    await page.keyboard.press('Enter')
    await poll(() => page.locator('#finder-ort').inputValue()).toBe('Wesel')
    await expect
      .poll(() => contactSlugs(page))
      .toEqual(expect.arrayContaining(['fallmanagement-kreis-wesel-a-l', 'fallmanagement-kreis-wesel-m-z']))
    const slugs = await locationSlugs(page)
    expect(slugs[0]).toBe('kokobe-kreis-wesel')
    const km = await kilometres(page, '[data-finder-locations]')
    expect(km).toEqual([...km].sort((a, b) => a - b))
    expect(await page.locator('[data-finder-locations] > li').first().textContent()).toMatch(
      /Heute (geöffnet|geschlossen)/,
    )
    // The position is used in the page only: not in the address.
    expect(page.url()).not.toMatch(/51\.65|6\.61/)
  })

  it('says "Gemeinde nicht gefunden" with suggestions, and a suggestion leads on', async () => {
    const page = await open('/wer-hilft-mir/')
    await tabTo(page, '#finder-anliegen')
    await arrowTo(page, '#finder-anliegen', 'thema:wohnen')
    await tabTo(page, '#finder-ort')
    await page.keyboard.type('Kölm')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Enter')
    const error = page.locator('#finder-ort-fehler')
    await poll(() => error.isVisible()).toBe(true)
    expect(await error.textContent()).toContain('Gemeinde nicht gefunden')
    expect(await page.locator('#finder-ort').getAttribute('aria-invalid')).toBe('true')
    expect(await focused(page, '#finder-ort')).toBe(true)
    expect(await page.locator('[data-finder-results]').isVisible()).toBe(false)
    await tabTo(page, '#finder-ort-fehler button:text-is("Köln")')
    await page.keyboard.press('Enter')
    await poll(() => contactSlugs(page)).toEqual(['fallmanagement-koeln-a-k', 'fallmanagement-koeln-l-z'])
    expect(await error.isVisible()).toBe(false)
  })

  /** Places as people type them, and the municipality each stands for. */
  const TYPED_PLACES = [
    { typed: '50667', municipality: 'Köln', local: 'fallmanagement-koeln-a-k' },
    { typed: 'Bonn-Beuel', municipality: 'Bonn', local: 'fallmanagement-bonn' },
    { typed: 'Mülheim', municipality: 'Mülheim an der Ruhr', local: undefined },
  ]

  it('finds the contacts and locations of the municipality for a postcode, a district and a short name', async () => {
    const subject = data.topics.find((topic) => topic.slug === 'beratung')!
    for (const { typed, municipality, local } of TYPED_PLACES) {
      const region = data.regions.find((r) => r.name === municipality)!
      const expected = matchContacts(data, { subject: { kind: 'topic', id: subject.id }, region }).map(
        (match) => match.contact.slug,
      )
      if (local) expect(expected).toContain(local)
      // The same question with the municipality's own name, as the reference for the locations.
      const reference = await open(`/wer-hilft-mir/?anliegen=thema%3Aberatung&ort=${encodeURIComponent(municipality)}`)
      await poll(() => reference.locator('[data-finder-results]').isVisible()).toBe(true)
      const referenceLocations = await locationSlugs(reference)
      expect(referenceLocations.length, municipality).toBeGreaterThan(0)

      const page = await open('/wer-hilft-mir/')
      await tabTo(page, '#finder-anliegen')
      await arrowTo(page, '#finder-anliegen', 'thema:beratung')
      await tabTo(page, '#finder-ort')
      await page.keyboard.type(typed)
      await submitFinder(page)
      await poll(() => page.locator('[data-finder-results]').isVisible()).toBe(true)
      expect(await contactSlugs(page), typed).toEqual(expected)
      expect(await locationSlugs(page), typed).toEqual(referenceLocations)
      expect(await page.locator('[data-finder-status]').textContent(), typed).toContain(municipality)
      expect(await page.locator('#finder-ort-fehler').isVisible(), typed).toBe(false)
    }
  })

  it('lists the locations near the municipality for a postcode, a district and a short name', async () => {
    for (const { typed, municipality } of TYPED_PLACES) {
      const region = data.regions.find((r) => r.name === municipality)!
      const expected = nearestLocations(data.locations, { from: region }).map(({ item }) => item.slug)
      expect(expected.length, municipality).toBeGreaterThan(3)
      const page = await open('/standorte/in-meiner-naehe/')
      await tabTo(page, '#naehe-ort')
      await page.keyboard.type(typed)
      await tabTo(page, '.finder__form button[type="submit"]')
      await page.keyboard.press('Enter')
      await poll(() => locationSlugs(page, '[data-near-list]')).toEqual(expected)
      expect(await page.locator('[data-finder-status]').textContent(), typed).toContain(`von ${municipality}`)
      expect(await page.locator('#naehe-ort-fehler').isVisible(), typed).toBe(false)
    }
  })

  it('sorts the locations near a given position and filters them by a feature', async () => {
    const page = await open('/standorte/in-meiner-naehe/', { geolocation: KOELN_DEUTZ, permissions: ['geolocation'] })
    await tabTo(page, '[data-finder-locate]')
    await page.keyboard.press('Enter')
    const from = { lat: KOELN_DEUTZ.latitude, lon: KOELN_DEUTZ.longitude }
    const expected = nearestLocations(data.locations, { from }).map(({ item }) => item.slug)
    await poll(() => locationSlugs(page, '[data-near-list]')).toEqual(expected)
    expect(expected.length).toBeGreaterThan(10)
    expect(expected.slice(0, 3)).toContain('lvr-beratungszentrum-koeln-deutz')
    const km = await kilometres(page, '[data-near-list]')
    expect(km).toEqual([...km].sort((a, b) => a - b))
    expect(await page.locator('[data-finder-status]').textContent()).toContain('Ihrem Standort')

    // Focus is on the result heading now: back up to the filters.
    await tabTo(page, '#naehe-dgs', 80, 'Shift+Tab')
    await page.keyboard.press('Space')
    const withDgs = nearestLocations(data.locations, { from, features: ['dgs'] }).map(({ item }) => item.slug)
    expect(withDgs.length).toBeGreaterThan(0)
    expect(withDgs.length).toBeLessThan(expected.length)
    await poll(() => locationSlugs(page, '[data-near-list]')).toEqual(withDgs)
    const texts = await page.locator('[data-near-list] > li').allTextContents()
    expect(texts.every((text) => text.includes('Beratung in Deutscher Gebärdensprache'))).toBe(true)
    expect(new URL(page.url()).searchParams.getAll('merkmal')).toEqual(['dgs'])
  })

  it('reaches the same answers without JavaScript, by links', async () => {
    // With JavaScript: Wohnen in Köln (no letter) and in Moers (a town in Kreis Wesel).
    const js = await open('/wer-hilft-mir/?anliegen=thema%3Awohnen&ort=K%C3%B6ln')
    await poll(() => contactSlugs(js)).toEqual(['fallmanagement-koeln-a-k', 'fallmanagement-koeln-l-z'])
    const jsKoelnLocations = await locationSlugs(js)
    const jsMoers = await open('/wer-hilft-mir/?anliegen=thema%3Awohnen&ort=Moers')
    await poll(async () => (await contactSlugs(jsMoers)).length).toBeGreaterThan(0)
    const jsMoersContacts = await contactSlugs(jsMoers)

    const page = await open('/wer-hilft-mir/', { javaScriptEnabled: false })
    expect(await page.locator('.finder__form').isVisible()).toBe(false)
    expect(await page.locator('noscript').first().textContent()).toContain('braucht JavaScript')
    const follow = async (name: string | RegExp) => {
      const link = page.getByRole('link', { name, exact: typeof name === 'string' }).first()
      await link.focus()
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')])
    }
    await follow('Wohnen')
    expect(new URL(page.url()).pathname).toBe('/wer-hilft-mir/wohnen/')
    await follow('Köln')
    expect(new URL(page.url()).pathname).toBe('/wer-hilft-mir/wohnen/koeln/')
    expect(await contactSlugs(page)).toEqual(['fallmanagement-koeln-a-k', 'fallmanagement-koeln-l-z'])
    // The surname ranges are spelled out: "M" means the L–Z person, as with JavaScript.
    expect(await page.locator('[data-contact="fallmanagement-koeln-l-z"]').textContent()).toContain('Nachnamen L–Z')
    expect(await page.locator('[data-contact="fallmanagement-koeln-a-k"]').textContent()).toContain('Nachnamen A–K')
    expect(await locationSlugs(page)).toEqual(jsKoelnLocations)

    // A town in a Kreis: through the municipality list to the Kreis page.
    await page.goBack()
    await follow('Moers (Kreis Wesel)')
    expect(new URL(page.url()).pathname).toBe('/wer-hilft-mir/wohnen/kreis-wesel/')
    expect(await contactSlugs(page)).toEqual(jsMoersContacts)

    // Near me without JavaScript: the list per Kreis, in the order the island gives for the same town.
    await page.goto(siteUrl + '/standorte/in-meiner-naehe/')
    await follow('Köln')
    expect(new URL(page.url()).pathname).toBe('/standorte/kreis/koeln/')
    const listed = [
      ...(await locationSlugs(page, '[data-near-inside]')),
      ...(await locationSlugs(page, '[data-near-nearby]')),
    ]
    const koeln = findRegion(data.regions, 'Köln')!
    const island = nearestLocations(data.locations, { from: koeln }).map(({ item }) => item.slug)
    expect(listed).toEqual(island.slice(0, listed.length))
    expect(listed.length).toBeGreaterThan(3)
  })

  it('sends no request to another origin', () => {
    expect(requested.length).toBeGreaterThan(20)
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([])
  })

  it('keeps the client code of each widget within 20 KB gzip and the data small', () => {
    for (const page of ['wer-hilft-mir/index.html', 'standorte/in-meiner-naehe/index.html']) {
      const html = readFileSync(path.join(siteDir, page), 'utf8')
      const seen = new Set<string>()
      const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!)
      let bytes = 0
      while (queue.length > 0) {
        const src = queue.shift()!
        if (seen.has(src)) continue
        seen.add(src)
        const code = readFileSync(path.join(siteDir, src), 'utf8')
        bytes += gzipSync(code, { level: 9 }).length
        // Static imports of the module (Vite names chunks relative to /_astro/).
        for (const m of code.matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g))
          queue.push(path.posix.join(path.posix.dirname(src), m[1]!))
      }
      console.log(`${page}: ${seen.size} scripts, ${bytes} bytes gzip`)
      expect(seen.size).toBeGreaterThan(0)
      expect(bytes).toBeLessThanOrEqual(20 * 1024)
    }
    const json = gzipSync(readFileSync(path.join(siteDir, 'daten', 'finder.json')), { level: 9 }).length
    console.log(`/daten/finder.json: ${json} bytes gzip`)
    expect(json).toBeLessThan(40 * 1024)
  })

  it(
    'passes pa11y (axe + htmlcs, WCAG2AA) in the empty, results and error states',
    { timeout: 15 * 60_000 },
    async () => {
      const visible = (selector: string) => [`wait for element ${selector} to be visible`]
      const urls = [
        { url: '/wer-hilft-mir/', actions: visible('.finder__form') },
        {
          url: '/wer-hilft-mir/?anliegen=thema%3Awohnen&ort=K%C3%B6ln&buchstabe=M',
          actions: visible('[data-finder-results]'),
        },
        {
          url: '/wer-hilft-mir/?anliegen=leistung%3Agesamtplanverfahren&ort=Moers',
          actions: visible('[data-finder-results]'),
        },
        { url: '/wer-hilft-mir/?anliegen=thema%3Awohnen&ort=K%C3%B6lm', actions: visible('#finder-ort-fehler') },
        {
          // The open list of suggestions (the fragment keeps pa11y-ci's report keys apart).
          url: '/wer-hilft-mir/#vorschlaege',
          actions: [
            ...visible('.finder__form'),
            'set field #finder-ort to Kre',
            'wait for element #finder-ort-liste to be visible',
          ],
        },
        { url: '/standorte/in-meiner-naehe/', actions: visible('.finder__form') },
        {
          url: '/standorte/in-meiner-naehe/?ort=K%C3%B6ln&merkmal=hearingLoop',
          actions: visible('[data-finder-results]'),
        },
        { url: '/standorte/in-meiner-naehe/?ort=Atlantis', actions: visible('#naehe-ort-fehler') },
        { url: '/wer-hilft-mir/wohnen/' },
        { url: '/wer-hilft-mir/wohnen/koeln/' },
        { url: '/standorte/kreis/kreis-wesel/' },
      ].map((entry) => ({ ...entry, url: siteUrl + entry.url }))
      const report = await pa11y(urls)
      expect(report.failing).toEqual([])
      expect(report.total).toBe(urls.length)
      expect(report.errors).toBe(0)
    },
  )
})
