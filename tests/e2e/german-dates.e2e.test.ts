import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminBrowser, apiToken, resetListPreference, type AdminBrowser } from '../helpers/adminBrowser.ts'
import { hasChromium, launchBrowser, recordFailure } from '../helpers/browser.ts'
import { sharedStack, type DemoLogin, type Stack } from '../helpers/stack.ts'

const dev = process.env.LOTSE_TEST_CMS_DEV === '1'
const berlinDay = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})
const berlinTime = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' })

/**
 * Issue 16: dates in the production admin are German (TT.MM.JJJJ, HH:mm, Berlin time), and a German date an editor
 * types is stored as that date, the pickers have a "Heute" button, "Veröffentlichung planen" lists its times on the
 * 24-hour clock and plans in Berlin time. Chromium runs in Berlin time with a German locale, as the departments'
 * machines do.
 */
describe.skipIf(!hasChromium)('German dates in the admin', () => {
  let stack: Stack
  let browser: Browser
  let admin: AdminBrowser
  let editor: DemoLogin
  let publisher: DemoLogin
  /** Two services of the editor's department: one gets a date typed, the other a planned publish (each its own lock). */
  let service: { id: number; name: string }
  let planned: { id: number; name: string }

  beforeAll(async () => {
    stack = await sharedStack()
    browser = await launchBrowser()
    admin = adminBrowser(browser, stack.cmsUrl, { timeoutMs: dev ? 180_000 : 60_000 })
    editor = stack.logins.find((l) => l.role === 'editor')!
    const department = editor.departments![0]
    publisher = stack.logins.find((l) => l.role === 'publisher' && l.departments?.includes(department))!
    const api = async <T>(route: string) => (await (await fetch(`${stack.cmsUrl}/api${route}`)).json()) as T
    const dept = (await api<{ docs: { id: number }[] }>(`/departments?where[slug][equals]=${department}&depth=0`))
      .docs[0]
    ;[service, planned] = (
      await api<{ docs: { id: number; name: string }[] }>(
        `/services?where[department][equals]=${dept.id}&sort=name&limit=2&depth=0`,
      )
    ).docs
  })

  afterEach(({ task }) => recordFailure('german-dates', task.result?.state, admin?.contexts ?? [], stack?.output))

  afterAll(async () => {
    await admin?.close()
    await browser?.close()
    await stack?.stop()
  })

  /** The service's newest draft as the API gives it to the editor. */
  async function draft(login: DemoLogin): Promise<{ approval?: { approvedAt?: string | null } }> {
    const token = await apiToken(stack.cmsUrl, login)
    const response = await fetch(`${stack.cmsUrl}/api/services/${service.id}?draft=true&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    return (await response.json()) as { approval?: { approvedAt?: string | null } }
  }

  /** Types into a date input as a person does: everything in it selected and replaced, key by key. */
  async function typeDate(page: Page, input: ReturnType<Page['locator']>, text: string) {
    await input.click()
    await input.press('ControlOrMeta+a')
    await input.press('Backspace')
    await input.pressSequentially(text, { delay: 30 })
    await page.keyboard.press('Tab')
  }

  it('a German date typed into a date field is stored as that date and shown as typed', async () => {
    const page = await admin.logIn(editor)
    await page.goto(`${stack.cmsUrl}/admin/collections/services/${service.id}`)
    const input = page.locator('#field-approval__approvedAt input')
    await typeDate(page, input, '04.12.2026')
    expect(await input.inputValue()).toBe('04.12.2026')

    await admin.quiet(page)
    const saved = page.waitForResponse(
      (r) => new URL(r.url()).pathname === `/api/services/${service.id}` && r.request().method() === 'PATCH',
    )
    await page.getByRole('button', { name: 'Entwurf speichern', exact: true }).first().click()
    expect((await saved).status()).toBe(200)

    const stored = (await draft(editor)).approval?.approvedAt
    expect(stored, 'stored value').toBeTruthy()
    expect(berlinDay.format(new Date(stored!))).toBe('04.12.2026')

    await page.reload()
    expect(await page.locator('#field-approval__approvedAt input').inputValue()).toBe('04.12.2026')

    const columns = encodeURIComponent(JSON.stringify(['name', 'approval.approvedAt']))
    await page.goto(`${stack.cmsUrl}/admin/collections/services?columns=${columns}&where[id][equals]=${service.id}`)
    await expect.poll(() => page.locator('.table tbody tr').first().innerText()).toContain('04.12.2026')
    // The admin keeps the chosen columns as the editor's preference: back to the list's default for the other tests.
    expect(await resetListPreference(page, 'services')).toBe(200)
  })

  it('the date picker has a "Heute" button that chooses today', async () => {
    const page = await admin.logIn(editor)
    // A new service: nothing to save, no document locked.
    await page.goto(`${stack.cmsUrl}/admin/collections/services/create`)
    const input = page.locator('#field-approval__approvedAt input')
    await input.click()
    await page.locator('.react-datepicker').getByText('Heute', { exact: true }).click()
    expect(await input.inputValue()).toBe(berlinDay.format(new Date()))
  })

  it('"Veröffentlichung planen" lists its times on the 24-hour clock, takes a German date and plans in Berlin time', async () => {
    // A few minutes ahead, as the drawer offers today's times from now on (the list is in the browser's zone).
    const due = new Date(Math.ceil((Date.now() + 5 * 60_000) / 60_000) * 60_000)
    const time = berlinTime.format(due)

    const page = await admin.logIn(publisher)
    await page.goto(`${stack.cmsUrl}/admin/collections/services/${planned.id}`)
    await page.locator('#action-save-popup .popup-button').click()
    await page.getByText('Veröffentlichungsplanung', { exact: true }).click()
    const drawer = page.getByRole('dialog')
    await drawer.getByText('Veröffentlichen', { exact: true }).click()
    await drawer.locator('.date-time-picker input[type="text"]').first().click()
    const times = await page.locator('.react-datepicker__time-list-item').allInnerTexts()
    expect(times.length).toBeGreaterThan(0)
    for (const item of times) expect(item).toMatch(/^\d{2}:\d{2}$/)
    await page
      .locator('.react-datepicker__time-list-item')
      .filter({ hasText: new RegExp(`^${time}$`) })
      .click()
    // The chosen time as the input shows it: German order, 24-hour clock (Payload's own: "Dec 5, 2026 6:40 PM").
    const input = drawer.locator('.date-time-picker input[type="text"]').first()
    expect(await input.inputValue()).toBe(`${berlinDay.format(due)} ${time}`)
    // A date and time typed in German are read as that date (Payload's own pattern read "04.12." as 12 April).
    const typed = `${berlinDay.format(new Date(Date.now() + 24 * 3600_000))} 10:30`
    await typeDate(page, input, typed)
    expect(await input.inputValue()).toBe(typed)
    await drawer.getByRole('button', { name: 'Speichern', exact: true }).click()
    await page.getByText('Erfolgreich geplant.').waitFor()
    // The planned event as the drawer lists it: German date and time, in Berlin, the only zone.
    const row = drawer.locator('table tbody tr').filter({ hasText: typed })
    await row.waitFor()
    expect(await row.innerText()).toContain('Berlin')

    // Leave nothing planned for the other tests.
    await row.locator('.schedule-publish__delete').click()
    await row.waitFor({ state: 'detached' })
  })

  it('the dialog "Dokument wird bearbeitet" gives the time of the other person\'s change in German, Berlin time', async () => {
    // The editor is working on the service: the lock the admin takes on their first change, taken through the API.
    const token = await apiToken(stack.cmsUrl, editor)
    const headers = { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const me = (await (await fetch(`${stack.cmsUrl}/api/users/me`, { headers })).json()) as { user: { id: number } }
    const lock = await fetch(`${stack.cmsUrl}/api/payload-locked-documents`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        document: { relationTo: 'services', value: service.id },
        globalSlug: null,
        user: { relationTo: 'users', value: me.user.id },
      }),
    })
    expect(lock.status, await lock.clone().text()).toBe(201)
    const lockId = ((await lock.json()) as { doc: { id: number } }).doc.id
    // … the publisher opening it is told since when, as "05.12.2026, 14:07" (Payload's own: "Dec 5, 2026, 2:07 PM").
    const page = await admin.logIn(publisher)
    await page.goto(`${stack.cmsUrl}/admin/collections/services/${service.id}`)
    const dialog = page.locator('.document-locked')
    await dialog.locator('h1').waitFor()
    const since = await dialog.locator('p').nth(1).locator('strong').innerText()
    expect(since).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/)
    expect(since.slice(0, 10)).toBe(berlinDay.format(new Date()))
    // Who: the editor's e-mail (it said "Benutzer: 2" while staff could not read each other's accounts).
    expect(await dialog.locator('p').first().innerText()).toContain(editor.email)
    await fetch(`${stack.cmsUrl}/api/payload-locked-documents/${lockId}`, { method: 'DELETE', headers })
  })
})
