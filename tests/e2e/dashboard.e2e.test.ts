import type { Browser, Page } from 'playwright-core'
import { textToLexical } from '../../cms/export/richtext.ts'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminBrowser, type AdminBrowser } from '../helpers/adminBrowser.ts'
import { hasChromium, launchBrowser, recordFailure } from '../helpers/browser.ts'
import { sharedStack, type DemoLogin, type Stack } from '../helpers/stack.ts'

const dev = process.env.LOTSE_TEST_CMS_DEV === '1'

interface LoggedIn {
  token: string
  user: { id: number; name?: string; departments: (number | { id: number })[] }
}

/**
 * Issue 16: the admin's start page per role and the editorial lists, in the
 * production admin: the editor sees their sections (with what a publisher
 * returned to them), the publisher sees "Wartet auf mich" with the editor's
 * request, and the services list opens on the editor's department with the
 * column "Auf der Website". (pa11y of both as the editor sees them:
 * admin-accessibility.e2e.test.ts.)
 */
describe.skipIf(!hasChromium)('the dashboard per role and the editorial lists', () => {
  let stack: Stack
  let browser: Browser
  let admin: AdminBrowser
  let editor: DemoLogin
  let publisher: DemoLogin
  let editorLogin: LoggedIn
  let departmentId: number
  const services: { id: number; name: string }[] = []

  const api = async <T>(route: string, token?: string) =>
    (await (
      await fetch(`${stack.cmsUrl}/api${route}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
    ).json()) as T

  async function restLogin(login: DemoLogin): Promise<LoggedIn> {
    const response = await fetch(`${stack.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: login.email, password: login.password }),
    })
    expect(response.status).toBe(200)
    return (await response.json()) as LoggedIn
  }

  /** A REST call as `token`: the answer's JSON, and a failure with its text unless it succeeded. */
  async function call<T>(method: string, route: string, token: string, body?: unknown): Promise<T> {
    const response = await fetch(`${stack.cmsUrl}/api${route}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    expect(response.ok, `${method} ${route}: ${response.status} ${text}`).toBe(true)
    return JSON.parse(text) as T
  }

  beforeAll(async () => {
    stack = await sharedStack()
    browser = await launchBrowser()
    admin = adminBrowser(browser, stack.cmsUrl, { timeoutMs: dev ? 180_000 : 60_000 })
    editor = stack.logins.find((l) => l.role === 'editor')!
    const department = editor.departments![0]
    publisher = stack.logins.find((l) => l.role === 'publisher' && l.departments?.includes(department))!
    editorLogin = await restLogin(editor)
    const publisherLogin = await restLogin(publisher)
    departmentId = (await api<{ docs: { id: number }[] }>(`/departments?where[slug][equals]=${department}&depth=0`))
      .docs[0].id
    // Two new drafts of the editor's department, submitted through the approval workflow; the publisher
    // returns the second with a comment.
    const stamp = Date.now().toString(36)
    for (const [i, name] of [
      `Dashboard-Prüfung wartend ${stamp}`,
      `Dashboard-Prüfung zurückgegeben ${stamp}`,
    ].entries()) {
      const { doc } = await call<{ doc: { id: number; name: string } }>(
        'POST',
        '/services?draft=true&depth=0',
        editorLogin.token,
        {
          name,
          slug: `dashboard-pruefung-${stamp}-${i}`,
          teaser: 'Ein Entwurf für die Übersicht.',
          description: textToLexical('Ein Entwurf, den die Übersicht der Redaktion und der Freigabe zeigt.'),
          department: departmentId,
          _status: 'draft',
        },
      )
      services.push({ id: doc.id, name: doc.name })
    }
    const submit = (service: { id: number }, comment: string) =>
      call<{ request: { id: number } }>('POST', '/approval-requests/submit', editorLogin.token, {
        collection: 'services',
        id: service.id,
        comment,
      })
    await submit(services[0], 'Bitte prüfen Sie die neuen Fristen.')
    const { request } = await submit(services[1], 'Kosten ergänzt.')
    await call('POST', `/approval-requests/${request.id}/return`, publisherLogin.token, {
      comment: 'Bitte nennen Sie die Quelle der Kosten.',
    })
  })

  afterEach(({ task }) => recordFailure('dashboard', task.result?.state, admin?.contexts ?? [], stack?.output))

  afterAll(async () => {
    await admin?.close()
    await browser?.close()
    try {
      // The editor deletes the drafts again (their requests are withdrawn with them).
      for (const service of services) await call('DELETE', `/services/${service.id}`, editorLogin.token)
    } finally {
      await stack?.stop()
    }
  })

  const section = (page: Page, title: RegExp) =>
    page.locator('.lotse-dashboard__section').filter({ has: page.getByRole('heading', { level: 2, name: title }) })

  it('shows the editor their sections, with what was returned to them and why', async () => {
    const page = await admin.logIn(editor)
    await page.goto(`${stack.cmsUrl}/admin`)
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor()
    const headings = await page.locator('.lotse-dashboard__section h2').allInnerTexts()
    expect(headings.map((h) => h.replace(/ \(\d+\)$/, ''))).toEqual([
      'Entwürfe in Ihren Dezernaten',
      'An mich zurückgegeben',
      'Wartet auf Freigabe',
      'Fehlgeschlagene Prüfungen',
      'Veraltete Leichte-Sprache-Texte',
      'Stand der Website',
    ])
    const returned = section(page, /^An mich zurückgegeben \(1\)$/)
    expect(await returned.innerText()).toContain('Rückmeldung: Bitte nennen Sie die Quelle der Kosten.')
    await expect
      .poll(() => returned.getByRole('link', { name: services[1].name }).getAttribute('href'))
      .toBe(`/admin/collections/services/${services[1].id}`)
    const waiting = section(page, /^Wartet auf Freigabe \(1\)$/)
    expect(await waiting.getByRole('link', { name: 'Alle Freigaben ansehen' }).getAttribute('href')).toBe(
      '/admin/freigaben',
    )
    expect(await section(page, /^Stand der Website$/).innerText()).toMatch(
      /Die Website zeigt den Stand vom \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr\./,
    )
    // The navigation stays.
    await page.locator('nav').getByRole('link', { name: 'Leistungen' }).first().waitFor()
  })

  it('shows the publisher what waits for them, with the editor’s comment', async () => {
    const page = await admin.logIn(publisher)
    await page.goto(`${stack.cmsUrl}/admin`)
    const waiting = section(page, /^Wartet auf mich \(\d+\)$/)
    await waiting.waitFor()
    expect(await waiting.innerText()).toContain('Kommentar: Bitte prüfen Sie die neuen Fristen.')
    await waiting.getByRole('link', { name: services[0].name }).click()
    await page.waitForURL(`**/admin/collections/services/${services[0].id}`)
    await page.goto(`${stack.cmsUrl}/admin`)
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor()
    const headings = await page.locator('.lotse-dashboard__section h2').allInnerTexts()
    expect(headings.some((h) => h.startsWith('An mich zurückgegeben'))).toBe(false)
  })

  it('opens the services list on the editor’s department, with the column "Auf der Website" and a way to all', async () => {
    const page = await admin.logIn(editor)
    await page.goto(`${stack.cmsUrl}/admin/collections/services`)
    await page.waitForURL((url) => url.search.includes('department'))
    const notice = page.locator('.lotse-department-scope')
    await notice.getByText(/Sie sehen die Einträge Ihres Dezernats/).waitFor()
    const header = await page.locator('.table thead').innerText()
    expect(header).toContain('Auf der Website')
    const rows = page.locator('.table tbody tr')
    await rows.first().waitFor()
    const cells = await page.locator('.table tbody .lotse-site-status').allInnerTexts()
    expect(cells.length).toBe(await rows.count())
    for (const cell of cells)
      expect(cell).toMatch(
        /^(Live|Live, neuerer Entwurf|Nur Entwurf|Von der Prüfung abgelehnt|Wird geprüft|Fehlgeschlagen|Nicht mehr live|Zurückgesetzt)$/,
      )
    // As many rows as the editor's department has (up to a page), though the editor may read more.
    const own = await api<{ totalDocs: number }>(
      `/services?where[department][equals]=${departmentId}&draft=true&limit=1&depth=0`,
      editorLogin.token,
    )
    const all = await api<{ totalDocs: number }>(`/services?draft=true&limit=1&depth=0`, editorLogin.token)
    expect(all.totalDocs).toBeGreaterThan(own.totalDocs)
    expect(await rows.count()).toBe(Math.min(own.totalDocs, 10))

    await notice.getByRole('link', { name: 'Alle Dezernate anzeigen' }).click()
    await notice.getByText(/aller Dezernate/).waitFor()
    expect(page.url()).not.toContain('department')
    // The admin writes its query into the URL once it runs in the page: a click before would be undone.
    await page.waitForLoadState('networkidle')
    await notice.getByRole('link', { name: 'Nur mein Dezernat anzeigen' }).click()
    await page.waitForURL((url) => url.search.includes('department'))
    await notice.getByText(/Ihres Dezernats/).waitFor()
  })
})
