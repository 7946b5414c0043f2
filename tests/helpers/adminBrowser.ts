import type { Browser, BrowserContext, Locator, Page, Request, Response } from 'playwright-core'
import type { DemoLogin } from './stack.ts'

/**
 * The production admin in Chromium as the departments' staff use it: a German
 * browser in Berlin time, logged in through the login form, and the waits a
 * person makes without noticing (the form settles before a save). One per test
 * file; `close()` in afterAll.
 */
export interface AdminBrowser {
  /** A new browser window logged in as this person (its own cookies). */
  logIn(login: DemoLogin): Promise<Page>
  /** Waits until the page has had no form check open for `quietMs` (see below). */
  quiet(page: Page, quietMs?: number): Promise<void>
  /** The windows opened so far (for recordFailure's screenshots). */
  contexts: BrowserContext[]
  close(): Promise<void>
}

/** The admin form's server checks are server actions (POST with a Next-Action header); status polling is not one. */
const isFormCheck = (request: Request) => request.method() === 'POST' && 'next-action' in request.headers()

export function adminBrowser(browser: Browser, cmsUrl: string, options: { timeoutMs?: number } = {}): AdminBrowser {
  const contexts: BrowserContext[] = []
  /** The form checks of each page still open, and when the last one began or ended. */
  const traffic = new WeakMap<Page, { open: number; last: number }>()

  /**
   * The admin checks each change on the server after a pause (debounced), and on a loaded machine that check can
   * start after Playwright's 500-ms "networkidle" (which, in this single-page admin, has long passed anyway) and
   * answer after the save, replacing the save's field errors with its own unvalidated state (Payload's form). The
   * quiet time counts from the call too: a change made just before may not have started its check yet.
   */
  async function quiet(page: Page, quietMs = 1500) {
    const called = Date.now()
    const deadline = called + 60_000
    for (;;) {
      const t = traffic.get(page)
      if (!t || (t.open === 0 && Date.now() - Math.max(t.last, called) >= quietMs)) return
      if (Date.now() > deadline) throw new Error(`the page kept ${t.open} request(s) open for a minute`)
      await page.waitForTimeout(100)
    }
  }

  async function logIn(login: DemoLogin): Promise<Page> {
    const context = await browser.newContext({
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1440, height: 1000 },
    })
    contexts.push(context)
    context.setDefaultTimeout(options.timeoutMs ?? 60_000)
    const page = await context.newPage()
    traffic.set(page, { open: 0, last: Date.now() })
    page.on('request', (request) => {
      if (!isFormCheck(request)) return
      const t = traffic.get(page)!
      t.open++
      t.last = Date.now()
    })
    const done = (request: Request) => {
      if (!isFormCheck(request)) return
      const t = traffic.get(page)!
      t.open = Math.max(0, t.open - 1)
      t.last = Date.now()
    }
    page.on('requestfinished', done)
    page.on('requestfailed', done)
    await page.goto(`${cmsUrl}/admin/login`)
    await page.getByLabel(/^E-Mail/).fill(login.email)
    await page.getByLabel('Passwort').fill(login.password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    return page
  }

  return {
    logIn,
    quiet,
    contexts,
    async close() {
      for (const context of contexts) await context.close().catch(() => {})
    },
  }
}

/** Chooses an option of a relationship field (Payload's select) by typing part of its label. */
export async function choose(field: Locator, text: string) {
  await field.locator('input').first().click()
  await field.page().keyboard.type(text)
  await field.locator('.rs__option').filter({ hasText: text }).first().click()
}

/** A text field Payload marks as wrong (red, with its message), found by its input. */
export const invalid = (page: Page, name: string) =>
  page.locator('.field-type.text.error', { has: page.locator(`input#field-${name}`) })

/**
 * Clicks a save button and returns the answer to the save request. First the form settles (the admin checks each
 * change on the server), as a person pauses before saving; a click into a pending check could lose the errors the
 * save brings back while the server is busy building the site.
 */
export async function save(admin: AdminBrowser, page: Page, collection: string, button: string): Promise<Response> {
  await admin.quiet(page)
  const answer = page.waitForResponse(
    (r) =>
      new URL(r.url()).pathname.startsWith(`/api/${collection}`) && ['POST', 'PATCH'].includes(r.request().method()),
  )
  await page.getByRole('button', { name: button, exact: true }).first().click()
  return answer
}

/** A JWT for the demo login, for reading through the REST API what this person may read. */
export async function apiToken(cmsUrl: string, login: DemoLogin): Promise<string> {
  const answer = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: login.email, password: login.password }),
  })
  if (!answer.ok) throw new Error(`login of ${login.email}: ${answer.status} ${await answer.text()}`)
  return ((await answer.json()) as { token: string }).token
}

/**
 * Forgets the logged-in person's list settings of a collection (columns, sort, page size: Payload keeps what they
 * chose as a preference), so the list opens as it does by default; for a test that chose columns, to leave the
 * list as it found it. The HTTP status: 200. (Payload 3.90 answers 500 on SQLite when there is no such
 * preference: its query for it fails.)
 */
export async function resetListPreference(page: Page, collection: string): Promise<number> {
  return page.evaluate(
    async (key) =>
      (await fetch(`/api/payload-preferences/${key}`, { method: 'DELETE', credentials: 'include' })).status,
    `collection-${collection}`,
  )
}
