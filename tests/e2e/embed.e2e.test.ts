import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { ServiceDocument } from '../../plugins/syndication/open-data-schemas.ts'
import { hasChromium, launchBrowser } from '../helpers/browser.ts'
import { pa11y } from '../helpers/pa11y.ts'

const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')
const api = (file: string) => JSON.parse(readFileSync(path.join(siteDir, 'api/v1', file), 'utf8')) as unknown

// The demo's "Persönliches Budget" has contacts, a Leichte-Sprache text and a pending draft ("ENTWURF: …").
const first = api('services/persoenliches-budget.json') as ServiceDocument
const second = (api('services.json') as { id: string; slug: string }[]).find((s) => s.slug !== first.service.slug)!
const secondDoc = api(`services/id/${second.id}.json`) as ServiceDocument

/** A partner's page on another origin (another port of 127.0.0.1) with three cards: by slug, by id, unknown. */
const foreignPage = `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Beratung in Musterstadt</title>
  <link rel="icon" href="data:,">
</head>
<body>
  <header><a href="/">Startseite der Stadt Musterstadt</a></header>
  <main>
    <h1>Beratung für Menschen mit Behinderung</h1>
    <p>Diese Leistungen bietet der Landschaftsverband Rheinland an.</p>
    <script src="${siteUrl}/embed/lotse.js" data-service="${first.service.slug}" async></script>
    <h2>Weitere Angebote</h2>
    <script src="${siteUrl}/embed/lotse.js" data-service-id="${second.id}" data-heading-level="3" async></script>
    <script src="${siteUrl}/embed/lotse.js" data-service="gibt-es-nicht" data-heading-level="3" async></script>
  </main>
</body>
</html>
`

describe.skipIf(!hasChromium)('embeddable service card on a partner page', () => {
  let server: Server
  let foreignUrl: string
  let browser: Browser

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(foreignPage)
      else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Nicht gefunden')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    foreignUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    expect(new URL(foreignUrl).origin).not.toBe(new URL(siteUrl).origin)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => server?.close(resolve))
  })

  it('is at most 10 KB compressed', () => {
    const script = readFileSync(path.join(siteDir, 'embed/lotse.js'))
    const size = gzipSync(script, { level: 9 }).length
    console.log(`embed/lotse.js: ${script.length} bytes, ${size} bytes gzip`)
    expect(size).toBeLessThanOrEqual(10 * 1024)
  })

  it('renders the cards in Shadow DOM from the release only, without cookies or storage', async () => {
    const context = await browser.newContext()
    // A cookie the partner's visitors might have for the host: the card's data request must not send it.
    await context.addCookies([{ name: 'partner', value: 'x', domain: '127.0.0.1', path: '/' }])
    const page = await context.newPage()
    const requests: { url: string; cookie?: string }[] = []
    context.on('request', (request) => requests.push({ url: request.url(), cookie: request.headers()['cookie'] }))
    await page.goto(foreignUrl)
    await page.waitForSelector('.lotse-card[data-state="ready"] >> nth=1', { state: 'attached' })
    await page.waitForSelector('.lotse-card[data-state="error"]', { state: 'attached' })

    const cards = page.locator('.lotse-card')
    await expect.poll(() => cards.count()).toBe(3)
    const card = cards.nth(0)
    // Playwright's CSS locators pierce open shadow roots; check that the content really is inside one.
    expect(await card.evaluate((host) => host.shadowRoot !== null && host.children.length === 0)).toBe(true)
    expect(await card.locator('article').getAttribute('lang')).toBe('de')
    expect(await card.locator('h2').textContent()).toBe(first.service.name)
    const text = (await card.locator('article').textContent()) ?? ''
    expect(text).toContain(first.service.teaser)
    expect(text).not.toContain('ENTWURF')
    expect(first.contacts.length).toBeGreaterThan(0)
    for (const contact of first.contacts) {
      expect(text).toContain(contact.function)
      if (contact.name) expect(text).toContain(contact.name)
      expect(await card.locator(`a[href="${contact.tel}"]`).textContent()).toBe(contact.phone)
      expect(await card.locator(`a[href="mailto:${contact.email}"]`).textContent()).toBe(contact.email)
    }
    expect(await card.locator(`a[href="${first.url}"]`).textContent()).toContain(first.service.name)
    expect(first.easyLanguage).toBeDefined()
    expect(await card.locator(`a[href="${first.easyLanguage!.url}"]`).textContent()).toContain('Leichter Sprache')

    // The second card: by stable id, with the heading level the partner asked for.
    expect(await cards.nth(1).locator('h3').textContent()).toBe(secondDoc.service.name)
    // The third: an unknown service gives an error with a link to the site.
    expect(await cards.nth(2).locator('article').textContent()).toContain('konnten nicht geladen werden')
    expect(await cards.nth(2).locator('a').getAttribute('href')).toBe(`${siteUrl}/`)

    const foreignOrigin = new URL(foreignUrl).origin
    const siteOrigin = new URL(siteUrl).origin
    const elsewhere = requests.filter((r) => ![foreignOrigin, siteOrigin].includes(new URL(r.url).origin))
    expect(elsewhere, 'requests to other origins').toEqual([])
    const data = requests.filter((r) => r.url.startsWith(`${siteUrl}/api/v1/`))
    expect(data.map((r) => r.url).sort()).toEqual(
      [
        `${siteUrl}/api/v1/services/${first.service.slug}.json`,
        `${siteUrl}/api/v1/services/id/${second.id}.json`,
        `${siteUrl}/api/v1/services/gibt-es-nicht.json`,
      ].sort(),
    )
    for (const request of data) expect(request.cookie, request.url).toBeUndefined()

    expect((await context.cookies()).map((c) => c.name)).toEqual(['partner'])
    expect(
      await page.evaluate(() => ({
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
      })),
    ).toEqual({ local: 0, session: 0, cookie: 'partner=x' })
    await context.close()
  })

  it('reaches every link of the card with the Tab key, in reading order', async () => {
    const page = await browser.newPage()
    await page.goto(foreignUrl)
    // Every card has loaded (ready or error): a card still loading has no links yet, and the Tab key would skip it.
    await page.waitForFunction(() => {
      const cards = [...document.querySelectorAll('.lotse-card')]
      return cards.length === 3 && cards.every((card) => card.getAttribute('data-state') !== 'loading')
    })
    const expected = [
      ...first.contacts.flatMap((c) => [c.tel, `mailto:${c.email}`]),
      first.url,
      ...(first.easyLanguage ? [first.easyLanguage.url] : []),
    ]
    const focused: (string | null)[] = []
    await page.keyboard.press('Tab') // the partner's own link
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Startseite der Stadt Musterstadt')
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab')
      focused.push(
        await page.evaluate(() => {
          const active = document.activeElement
          return active?.shadowRoot?.activeElement?.getAttribute('href') ?? null
        }),
      )
    }
    expect(focused).toEqual(expected)
    // The focus is visible: an outline of at least 2 px.
    const outline = await page.evaluate(() => {
      const link = document.activeElement!.shadowRoot!.activeElement!
      const style = getComputedStyle(link)
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle }
    })
    expect(outline.style).toBe('solid')
    expect(outline.width).toBeGreaterThanOrEqual(2)
    await page.close()
  })

  it('passes pa11y (axe and HTML_CodeSniffer, WCAG 2 AA) with the cards rendered', { timeout: 180_000 }, async () => {
    const report = await pa11y([
      {
        url: foreignUrl,
        actions: [
          'wait for element .lotse-card[data-state="ready"] to be added',
          'wait for element .lotse-card[data-state="error"] to be added',
        ],
      },
    ])
    expect(report.failing).toEqual([])
    expect(report.total).toBe(1)
    expect(report.errors).toBe(0)
  })
})
