import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminBrowser, type AdminBrowser } from '../helpers/adminBrowser.ts'
import { hasChromium, launchBrowser, recordFailure } from '../helpers/browser.ts'
import { sharedStack, type DemoLogin, type Stack } from '../helpers/stack.ts'

const dev = process.env.LOTSE_TEST_CMS_DEV === '1'

/**
 * Issue 16: the preview ("Vorschau") of a draft in the production admin. An
 * editor saves a draft, opens "Vorschau" from the edit view and sees the
 * draft's text in the page as the site would show it, with the checks'
 * findings beside it, without console errors under the admin's
 * Content-Security-Policy; a user of another department is refused. (pa11y
 * of the view, its frame included: admin-accessibility.e2e.test.ts.)
 */
describe.skipIf(!hasChromium)('Vorschau of a draft', () => {
  let stack: Stack
  let browser: Browser
  let admin: AdminBrowser
  let editor: DemoLogin
  let stranger: DemoLogin
  let service: { id: number; name: string; slug: string }
  const draftText = `Vorschau-Entwurf ${Date.now().toString(36)}: So sieht der neue Text aus.`

  const apiAs = async (login: DemoLogin) => {
    const answer = await fetch(`${stack.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: login.email, password: login.password }),
    })
    const { token } = (await answer.json()) as { token: string }
    return { Authorization: `JWT ${token}`, 'content-type': 'application/json' }
  }

  beforeAll(async () => {
    stack = await sharedStack()
    browser = await launchBrowser()
    admin = adminBrowser(browser, stack.cmsUrl, { timeoutMs: dev ? 180_000 : 60_000 })
    editor = stack.logins.find((l) => l.role === 'editor')!
    const department = editor.departments![0]
    stranger = stack.logins.find((l) => l.role === 'editor' && !l.departments?.includes(department))!
    const api = async <T>(route: string) => (await (await fetch(`${stack.cmsUrl}/api${route}`)).json()) as T
    const dept = (await api<{ docs: { id: number }[] }>(`/departments?where[slug][equals]=${department}&depth=0`))
      .docs[0]
    // The last service by name: other browser tests work on the first ones.
    service = (
      await api<{ docs: { id: number; name: string; slug: string }[] }>(
        `/services?where[department][equals]=${dept.id}&sort=-name&limit=1&depth=0`,
      )
    ).docs[0]
    const saved = await fetch(`${stack.cmsUrl}/api/services/${service.id}?draft=true`, {
      method: 'PATCH',
      headers: await apiAs(editor),
      body: JSON.stringify({ teaser: draftText }),
    })
    expect(saved.status).toBe(200)
  })

  afterEach(({ task }) => recordFailure('preview', task.result?.state, admin?.contexts ?? [], stack?.output))

  afterAll(async () => {
    await admin?.close()
    await browser?.close()
    await stack?.stop()
  })

  async function logIn(login: DemoLogin): Promise<{ page: Page; context: BrowserContext }> {
    const page = await admin.logIn(login)
    return { page, context: page.context() }
  }

  it('the editor opens "Vorschau" on the draft and sees its text in the page and the findings beside it', async () => {
    const { page, context } = await logIn(editor)
    await page.goto(`${stack.cmsUrl}/admin/collections/services/${service.id}`)
    const opened = context.waitForEvent('page')
    await page.getByRole('link', { name: 'Vorschau' }).first().click()
    const preview = await opened
    const problems: string[] = []
    preview.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    preview.on('pageerror', (error) => problems.push(error.message))
    await preview.waitForLoadState('load')
    expect(new URL(preview.url()).pathname).toBe(`/admin/vorschau/services/${service.id}`)
    await expect.poll(() => preview.getByRole('heading', { name: 'Vorschau', level: 1 }).count()).toBe(1)

    const frame = preview.frameLocator(`iframe[title="Vorschau der Seite /leistungen/${service.slug}/"]`)
    await frame.getByText(draftText).first().waitFor()
    // The site's stylesheet applies in the frame (it came through the preview's endpoint; a failed load would be a console error).
    const sheets = await frame.locator('body').evaluate((body) => body.ownerDocument.styleSheets.length)
    expect(sheets).toBeGreaterThan(0)

    // The findings: running first, then done (pa11y takes a few seconds).
    await expect.poll(() => preview.getByRole('heading', { name: 'Prüfungen' }).count()).toBe(1)
    await preview.getByText('Die Prüfungen sind abgeschlossen.').waitFor({ timeout: 120_000 })
    await expect.poll(() => preview.getByRole('heading', { name: 'Barrierefreiheit (WCAG 2 AA)' }).count()).toBe(1)

    // The live site still shows the published text.
    const live = await (await fetch(`${stack.siteUrl}/leistungen/${service.slug}/`)).text()
    expect(live).not.toContain(draftText)
    expect(problems).toEqual([])
  })

  it('a user of another department is refused and sees no content', async () => {
    const { page } = await logIn(stranger)
    await page.goto(`${stack.cmsUrl}/admin/vorschau/services/${service.id}`)
    await page.getByRole('alert').filter({ hasText: 'Sie dürfen diese Vorschau nicht sehen' }).waitFor()
    expect(await page.locator('iframe').count()).toBe(0)
    expect(await page.content()).not.toContain(draftText)
    const answer = await page.evaluate(
      async (url) => (await fetch(url, { credentials: 'include' })).status,
      `${stack.cmsUrl}/api/vorschau/befunde?collection=services&id=${service.id}`,
    )
    expect(answer).toBe(404)
    const anonymous = await fetch(`${stack.cmsUrl}/api/vorschau/befunde?collection=services&id=${service.id}`)
    expect(anonymous.status).toBe(401)
  })
})
