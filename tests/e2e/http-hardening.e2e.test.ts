import { mkdirSync } from 'node:fs'
import { request } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser } from '../helpers/browser.ts'
import { startStack, type Stack } from '../helpers/stack.ts'

/** "A few hundred KB": the most one anonymous request may make the CMS answer. */
const MAX_BYTES = 400 * 1024
const shots = process.env.LOTSE_SHOTS_DIR

/**
 * The HTTP side of `npm start` as an attacker meets it, against the
 * production build of the admin on the demo database: the anonymous worst
 * case answers fast and small, the headers of admin, API and site, body
 * limits, addresses that cannot be forged, a taken slot, malformed queries,
 * and what a failed login leaves in the log.
 */
describe('HTTP hardening of npm start', () => {
  let stack: Stack
  let browser: Browser | undefined

  beforeAll(async () => {
    stack = await startStack()
    if (hasChromium) browser = await launchBrowser()
    // The first request of each route compiles nothing in production, but warms caches and connections.
    await fetch(`${stack.cmsUrl}/api/services?limit=1`)
  })
  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
  })

  async function timed(url: string, init: RequestInit = {}) {
    const started = performance.now()
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) })
    const body = Buffer.from(await response.arrayBuffer())
    return {
      status: response.status,
      ms: performance.now() - started,
      bytes: body.length,
      body,
      headers: response.headers,
    }
  }

  it('answers the anonymous worst case in under 1 s and a few hundred KB', async () => {
    const deepest = 'depth=1000&limit=100000&pagination=false&joins[offeredServices][limit]=0'
    const collections = [
      'services',
      'contact-persons',
      'locations',
      'easy-language-texts',
      'pages',
      'topics',
      'regions',
    ]
    for (const collection of collections) {
      const answer = await timed(`${stack.cmsUrl}/api/${collection}?${deepest}`)
      expect(answer.status, collection).toBe(200)
      expect(answer.ms, collection).toBeLessThan(1000)
      expect(answer.bytes, collection).toBeLessThan(MAX_BYTES)
    }
    const graphql = (query: string) =>
      timed(`${stack.cmsUrl}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query }),
      })
    // Ten levels deep: refused before it runs.
    let inner = 'id name'
    for (let i = 0; i < 8; i++) inner = `id relatedServices { ${inner} contactPersons { function } }`
    const refused = await graphql(`{ Services(limit: 1000) { docs { ${inner} } } }`)
    expect(refused.status).toBe(400)
    expect(refused.ms).toBeLessThan(1000)
    // The deepest and widest query that is still allowed.
    const allowed = await graphql(`
      {
        Services(limit: 1000, pagination: false) {
          docs {
            name
            teaser
            relatedServices {
              name
              contactPersons {
                function
                location {
                  name
                }
              }
            }
          }
        }
      }
    `)
    expect(allowed.status).toBe(200)
    expect(JSON.parse(allowed.body.toString()).errors).toBeUndefined()
    expect(allowed.ms).toBeLessThan(1000)
    expect(allowed.bytes).toBeLessThan(MAX_BYTES)
  })

  it('sends a nonce-based Content-Security-Policy, frame protection, nosniff and a Referrer-Policy on the admin', async () => {
    const answer = await timed(`${stack.cmsUrl}/admin/login`)
    expect(answer.status).toBe(200)
    const csp = answer.headers.get('content-security-policy') ?? ''
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1]
    expect(nonce).toBeTruthy()
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(answer.headers.get('x-frame-options')).toBe('DENY')
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
    expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    // Every inline script of the page carries this request's nonce.
    const html = answer.body.toString()
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1])
    expect(inline.length).toBeGreaterThan(0)
    for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`)
    const again = await timed(`${stack.cmsUrl}/admin/login`)
    expect(again.headers.get('content-security-policy')).not.toContain(nonce!)
  })

  it('sends a browser that typed localhost for 127.0.0.1 (CMS_URL, SITE_URL) to the configured address', async () => {
    const alias = (url: string) => url.replace('://127.0.0.1:', '://localhost:')
    for (const [url, expected] of [
      [`${alias(stack.cmsUrl)}/admin/login?redirect=%2Fadmin`, `${stack.cmsUrl}/admin/login?redirect=%2Fadmin`],
      [`${alias(stack.siteUrl)}/barriere-melden/`, `${stack.siteUrl}/barriere-melden/`],
    ]) {
      const moved = await fetch(url, { redirect: 'manual' })
      expect(moved.status, url).toBe(307)
      expect(moved.headers.get('location')).toBe(expected)
    }
    // Requests other than page loads are answered where they are sent.
    const login = await fetch(`${alias(stack.cmsUrl)}/api/users/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'niemand@beispiel.example', password: 'falsch-falsch' }),
    })
    expect(login.status).toBe(401)
  })

  it('sends the security headers on the API; the booking pages keep their own policy', async () => {
    for (const path of [
      '/api/services?limit=1',
      '/api/users/me',
      '/api/hsds/services?per_page=1',
      '/api/gibt-es-nicht',
    ]) {
      const answer = await timed(stack.cmsUrl + path)
      expect(answer.headers.get('content-security-policy'), path).toContain("default-src 'none'")
      expect(answer.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
      expect(answer.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(answer.headers.get('referrer-policy'), path).toBeTruthy()
      expect(answer.headers.get('x-frame-options'), path).toBe('DENY')
    }
    const booking = await timed(`${stack.cmsUrl}/api/bookings/termin?service=persoenliches-budget`)
    expect(booking.status).toBe(200)
    expect(booking.headers.get('content-security-policy')).toContain("style-src 'unsafe-inline'")
    expect(booking.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(booking.headers.get('x-frame-options')).toBe('DENY')
    expect(booking.headers.get('x-content-type-options')).toBe('nosniff')
    // The form posted without JavaScript, answered with its errors, and the cancellation's answer: their own
    // policy alone (the API's forbids their styles and their form), and one of each header.
    for (const [path, form] of [
      ['/api/bookings', 'service=persoenliches-budget&start=&name=&email='],
      ['/api/bookings/cancel', 'token=abc'],
    ]) {
      const answer = await timed(stack.cmsUrl + path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: stack.siteUrl, accept: 'text/html' },
        body: form,
      })
      expect(answer.headers.get('content-type'), path).toMatch(/^text\/html/)
      expect(answer.headers.get('content-security-policy'), path).toContain("style-src 'unsafe-inline'")
      expect(answer.headers.get('content-security-policy'), path).not.toContain("form-action 'none'")
      expect(answer.headers.get('x-frame-options'), path).toBe('DENY')
    }
    // Its JSON answers (the widget) still carry the API's headers.
    const refused = await timed(`${stack.cmsUrl}/api/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: stack.siteUrl },
      body: '{}',
    })
    expect(refused.status).toBe(400)
    expect(refused.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.runIf(hasChromium)('runs the admin and the site in Chromium without a single CSP violation', async () => {
    if (shots) mkdirSync(shots, { recursive: true })
    const context = await browser!.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })
    context.setDefaultTimeout(90_000)
    const violations: string[] = []
    const watch = (page: Page) =>
      page.on('console', (message) => {
        if (/Content.Security.Policy|Refused to/i.test(message.text()))
          violations.push(`${page.url()}: ${message.text()}`)
      })
    const page = await context.newPage()
    watch(page)
    const editor = stack.logins.find((l) => l.role === 'editor' && l.departments?.includes('soziales'))!
    await page.goto(`${stack.cmsUrl}/admin/login`)
    await page.getByLabel(/^E-Mail/).fill(editor.email)
    await page.getByLabel('Passwort').fill(editor.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await page.waitForURL(/\/admin\/?$/)
    await page.goto(`${stack.cmsUrl}/admin/collections/services`)
    await page.getByRole('heading', { name: 'Leistungen' }).first().waitFor()
    const { docs } = (await (
      await fetch(`${stack.cmsUrl}/api/services?where[slug][equals]=persoenliches-budget&depth=0`)
    ).json()) as { docs: { id: number }[] }
    await page.goto(`${stack.cmsUrl}/admin/collections/services/${docs[0].id}`)
    // Hydrated: the rich text editor is editable (a blocked script would leave it dead).
    await page.locator('[contenteditable="true"]').first().waitFor()
    await page.waitForLoadState('networkidle')
    if (shots) await page.screenshot({ path: `${shots}/admin-service.png` })
    // The account page asks for the current password (cms/lib/auth.ts; the rule itself is tested over REST).
    await page.goto(`${stack.cmsUrl}/admin/account`)
    await page.waitForLoadState('networkidle')
    await page.getByRole('button', { name: 'Passwort ändern' }).click()
    await page.getByLabel('Aktuelles Passwort').waitFor()
    if (shots) await page.screenshot({ path: `${shots}/admin-account.png` })
    // The site in a tab of its own: leaving the account page with its password fields open asks "Seite verlassen?"
    // (beforeunload), which Playwright dismisses, so a navigation from there may stay on the admin page.
    const site = await context.newPage()
    watch(site)
    for (const path of [
      '/',
      '/leistungen/persoenliches-budget/',
      '/standorte/lvr-beratungszentrum-koeln-deutz/',
      '/wer-hilft-mir/',
      '/leichte-sprache/blindengeld/',
    ]) {
      await site.goto(stack.siteUrl + path)
      await site.waitForLoadState('networkidle')
      // The first-paint script ran (allowed by its hash): the page knows it has JavaScript.
      expect(await site.evaluate(() => document.documentElement.classList.contains('js')), path).toBe(true)
    }
    // The search shows its hits (Pagefind runs with the policy's WebAssembly allowance).
    await site.goto(`${stack.siteUrl}/suche/?q=budget`)
    await expect
      .poll(() => site.locator('main a[href^="/leistungen/"]').count(), { timeout: 30_000 })
      .toBeGreaterThan(0)
    if (shots) await site.screenshot({ path: `${shots}/site-search.png` })
    // "Barriere melden" reaches the CMS in the background.
    await site.goto(`${stack.siteUrl}/barriere-melden/`)
    await site.locator('textarea[name="problem"]').fill('Der Kontrast der Fußzeile ist zu schwach.')
    const sent = site.waitForResponse((r) => r.url().startsWith(`${stack.cmsUrl}/api/feedback`))
    await site.locator('form:has(textarea[name="problem"]) button[type="submit"]').click()
    expect((await sent).status()).toBe(201)
    // … and the form leads on to the thanks page (a navigation of its own: wait for it before the next one).
    await site.waitForURL((url) => url.pathname === '/barriere-melden/danke/')
    // The opening hours mark today (a script that used to be inline).
    await site.goto(`${stack.siteUrl}/standorte/lvr-beratungszentrum-koeln-deutz/`)
    await expect.poll(() => site.locator('.is-today').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    // The booking page the site links to, served by the CMS with its own policy.
    await site.goto(`${stack.cmsUrl}/api/bookings/termin?service=persoenliches-budget`)
    await site.getByRole('heading', { level: 1 }).waitFor()
    await site.waitForLoadState('networkidle')
    await context.close()
    expect(violations).toEqual([])
  })

  it('counts rate limits against the connection, not a forged X-Forwarded-For', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const answer = await timed(`${stack.cmsUrl}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: stack.siteUrl, 'x-forwarded-for': `203.0.113.${i + 1}` },
        body: '{}',
      })
      statuses.push(answer.status)
    }
    // Ten reports per address and window (the browser test above sent one already from this address):
    // refused as invalid until the limit, then 429 — rotating the forged header evades nothing.
    const invalid = statuses.indexOf(429)
    expect(invalid, String(statuses)).toBeGreaterThanOrEqual(9)
    expect(invalid, String(statuses)).toBeLessThanOrEqual(10)
    expect(statuses).toEqual([...Array(invalid).fill(400), ...Array(12 - invalid).fill(429)])
  })

  it('refuses oversized bodies before reading them, on every route', async () => {
    const big = (size: number) => Buffer.alloc(size, 0x61)
    for (const [path, size, type] of [
      ['/api/users/login', 50 * 1024 * 1024, 'application/json'],
      ['/api/graphql', 50 * 1024 * 1024, 'application/json'],
      ['/api/users/login', 20 * 1024, 'application/json'],
      ['/api/services', 3 * 1024 * 1024, 'application/json'],
      ['/admin/login', 3 * 1024 * 1024, 'text/plain'],
    ] as const) {
      const answer = await rawPost(`${stack.cmsUrl}${path}`, big(size), type)
      expect(answer.status, `${path} ${size}`).toBe(413)
      expect(answer.ms, `${path} ${size}`).toBeLessThan(2000)
    }
    const chunked = await rawPost(`${stack.cmsUrl}/api/users/login`, big(1024), 'application/json', true)
    expect(chunked.status).toBe(411)
  })

  it('answers a taken slot with 409 and malformed queries with 400', async () => {
    const slots = (await (await fetch(`${stack.cmsUrl}/api/slots?service=persoenliches-budget`)).json()) as {
      slots: { value: string }[]
    }
    const book = () =>
      fetch(`${stack.cmsUrl}/api/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: stack.siteUrl },
        body: JSON.stringify({
          service: 'persoenliches-budget',
          slot: slots.slots[0].value,
          name: 'Erika Test',
          email: 'e@beispiel.example',
        }),
      })
    expect((await book()).status).toBe(201)
    const taken = await book()
    expect(taken.status).toBe(409)
    expect(((await taken.json()) as { message: string }).message).toMatch(/schon vergeben/)
    for (const query of [
      'services?where[createdAt][greater_than]=kein-datum',
      'services?where[or][0][id][in]=x,y',
      'services?where[slug][near]=1,2',
      'services?where=abc',
      'locations?where[region][equals]=abc',
    ]) {
      const answer = await timed(`${stack.cmsUrl}/api/${query}`)
      expect(answer.status, query).toBe(400)
    }
  })

  it('logs a failed login as one line, without the address tried', async () => {
    const email = 'gibt.es.nicht@demo.lotse.example'
    const before = stack.output().length
    const answer = await timed(`${stack.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'Falsches-Passwort-99' }),
    })
    expect(answer.status).toBe(401)
    await new Promise((r) => setTimeout(r, 500))
    const logged = stack
      .output()
      .slice(before)
      .split('\n')
      .filter((line) => line.trim() !== '')
    expect(logged.length).toBeLessThanOrEqual(1)
    expect(logged.join('\n')).not.toMatch(/\bat .*\.js:\d+/)
    expect(stack.output()).not.toContain(email)
  })
})

/** A POST with a body of any size (fetch would buffer it); `chunked` leaves out Content-Length. */
function rawPost(url: string, body: Buffer, type: string, chunked = false) {
  const started = performance.now()
  return new Promise<{ status: number; ms: number }>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': type,
          ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': body.length }),
        },
      },
      (res) => {
        res.resume()
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - started })
      },
    )
    // The server may answer and close before the body is sent: that is the point.
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)))
    req.end(body)
  })
}
