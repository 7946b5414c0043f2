import { createClient } from '@libsql/client'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
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

  /**
   * Approval requests as the workflow writes them (plugins/approval: its submit and return endpoints are built
   * beside this test): straight into the stack's SQLite database, as no Local API runs in the test process.
   */
  async function insertRequests(rows: Record<string, string | number | null>[]) {
    const db = createClient({ url: `file:${path.join(stack.dataDir, 'lotse.db')}` })
    try {
      for (const row of rows) {
        const columns = Object.keys(row)
        await db.execute({
          sql: `INSERT INTO approval_requests (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          args: columns.map((c) => row[c]),
        })
      }
    } finally {
      db.close()
    }
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
    services.push(
      ...(
        await api<{ docs: { id: number; name: string }[] }>(
          `/services?where[department][equals]=${departmentId}&sort=name&limit=2&depth=0`,
        )
      ).docs,
    )
    const now = new Date().toISOString()
    const base = {
      collection_slug: 'services',
      department_id: departmentId,
      submitted_by_id: editorLogin.user.id,
      submitted_at: now,
      updated_at: now,
      created_at: now,
    }
    await insertRequests([
      {
        ...base,
        title: services[0].name,
        document_id: String(services[0].id),
        state: 'waiting',
        comment: 'Bitte prüfen Sie die neuen Fristen.',
      },
      {
        ...base,
        title: services[1].name,
        document_id: String(services[1].id),
        state: 'returned',
        comment: 'Kosten ergänzt.',
        decision_comment: 'Bitte nennen Sie die Quelle der Kosten.',
        decided_by_id: publisherLogin.user.id,
        decided_at: now,
      },
    ])
  })

  afterEach(({ task }) => recordFailure('dashboard', task.result?.state, admin?.contexts ?? [], stack?.output))

  afterAll(async () => {
    await admin?.close()
    await browser?.close()
    if (stack) {
      const db = createClient({ url: `file:${path.join(stack.dataDir, 'lotse.db')}` })
      await db.execute({ sql: 'DELETE FROM approval_requests WHERE department_id = ?', args: [departmentId] })
      db.close()
      await stack.stop()
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
