import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { chromeArgs, chromePath, hasChromium, launchBrowser, recordFailure } from '../helpers/browser.ts'
import pa11y from 'pa11y'
import puppeteer from 'puppeteer'
import { sharedStack, type DemoLogin, type Stack } from '../helpers/stack.ts'
import { type AdminBrowser, adminBrowser, choose, save } from '../helpers/adminBrowser.ts'

const dev = process.env.LOTSE_TEST_CMS_DEV === '1'
/** Longest wait for one publish to reach the site (build, index, gate, switch). */
const PIPELINE_MS = 10 * 60_000
const stamp = Date.now().toString(36)
/** How long a poll waits for the admin (a loaded machine; Vitest's default is one second). */
const wait = { timeout: dev ? 180_000 : 30_000 }
/** Screenshots for a person to look at, when LOTSE_TEST_SCREENSHOTS names a folder. */
const shot = async (page: Page, name: string) => {
  const folder = process.env.LOTSE_TEST_SCREENSHOTS
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true })
}

/**
 * Issue 16's approval walk in the production admin: an editor creates a
 * service and submits it with a comment; the publisher of that department
 * finds it in the queue, opens its preview and the difference to the
 * previous version and returns it with a comment; the editor sees the comment, changes the draft
 * and submits again; the publisher publishes it and the site shows the
 * change. The editor's edit view offers no publish or schedule controls, and
 * what the plugin adds to the admin passes pa11y (WCAG 2 AA) as the editor and
 * the publisher see it.
 */
describe.skipIf(!hasChromium)('approval in the production admin', () => {
  let stack: Stack
  let browser: Browser
  let editor: DemoLogin
  let publisher: DemoLogin
  let service: { id: number; name: string; slug: string }
  let admin: AdminBrowser
  let departmentName: string

  beforeAll(async () => {
    stack = await sharedStack()
    browser = await launchBrowser()
    admin = adminBrowser(browser, stack.cmsUrl, { timeoutMs: dev ? 180_000 : 60_000 })
    editor = stack.logins.find((l) => l.role === 'editor')!
    const department = editor.departments![0]
    publisher = stack.logins.find((l) => l.role === 'publisher' && l.departments?.includes(department))!
    const api = async <T>(route: string) => (await (await fetch(`${stack.cmsUrl}/api${route}`)).json()) as T
    const dept = (
      await api<{ docs: { id: number; name: string }[] }>(`/departments?where[slug][equals]=${department}&depth=0`)
    ).docs[0]
    departmentName = dept.name
    // The last by name: other files of the shared stack change the first ones.
    service = (
      await api<{ docs: { id: number; name: string; slug: string }[] }>(
        `/services?where[department][equals]=${dept.id}&sort=-name&limit=1&depth=0`,
      )
    ).docs[0]
  })

  afterEach(({ task }) => recordFailure('approval', task.result?.state, admin?.contexts ?? [], stack?.output))

  afterAll(async () => {
    await admin?.close()
    await browser?.close()
    await stack?.stop()
  })

  /**
   * pa11y (WCAG 2 AA, axe and HTML_CodeSniffer, errors only, axe's "needs review" as errors as the gate counts
   * them) on parts of admin pages as `login` sees them in a state the plain views do not show (a draft's submit
   * button and dialog, the publisher's queue with a request and its return dialog): each check's `root` is a part this plugin renders.
   * The whole views as the editor sees them: admin-accessibility.e2e.test.ts. Returns one line per issue.
   */
  async function a11y(login: DemoLogin, checks: { url: string; root: string; actions?: string[] }[]) {
    const chromium = await puppeteer.launch({
      executablePath: chromePath,
      headless: true,
      pipe: true,
      args: chromeArgs,
    })
    try {
      const page = await chromium.newPage()
      await page.setViewport({ width: 1440, height: 1000 })
      await page.goto(`${stack.cmsUrl}/admin/login`)
      const status = await page.evaluate(
        async (body) =>
          (
            await fetch('/api/users/login', {
              method: 'POST',
              credentials: 'include',
              headers: { 'Content-Type': 'application/json' },
              body,
            })
          ).status,
        JSON.stringify({ email: login.email, password: login.password }),
      )
      expect(status).toBe(200)
      const issues: string[] = []
      for (const check of checks) {
        const result = await pa11y(check.url, {
          browser: chromium,
          page,
          rootElement: check.root,
          actions: [...(check.actions ?? []), `wait for element ${check.root} to be visible`],
          runners: ['axe', 'htmlcs'],
          standard: 'WCAG2AA',
          includeNotices: false,
          includeWarnings: false,
          timeout: 60_000,
          log: { debug: () => {}, error: () => {}, info: () => {} },
          // `rootElement` is pa11y's option, missing from its type declaration (plugins/publishing/pa11y.d.ts).
        } as Parameters<typeof pa11y>[1])
        for (const issue of result.issues)
          issues.push(
            `${check.url} ${check.root}: [${issue.runner}] ${issue.code}: ${issue.message} (${issue.selector})`,
          )
      }
      return issues
    } finally {
      await chromium.close()
    }
  }

  /** The service of the walk: an existing one for the controls test, then the one the editor creates. */
  let walked: { id: number; name: string; slug: string }
  const editUrl = () => `${stack.cmsUrl}/admin/collections/services/${(walked ?? service).id}`
  const queueUrl = () => `${stack.cmsUrl}/admin/freigaben`
  const status = (page: Page) => page.locator('.lotse-approval-status__text')

  /** Submits the document open in `page` with a comment through the dialog (which saves unsaved changes first). */
  async function submit(page: Page, comment: string) {
    await page.getByRole('button', { name: /zur Freigabe einreichen$/i }).click()
    const dialog = page.getByRole('dialog', { name: /zur Freigabe einreichen$/i })
    await expect.poll(() => dialog.isVisible(), wait).toBe(true)
    await dialog.getByRole('button', { name: 'Einreichen' }).click()
    await expect
      .poll(() => dialog.getByRole('alert').innerText(), wait)
      .toBe('Bitte beschreiben Sie, was sich geändert hat.')
    await dialog.getByLabel(/Was hat sich geändert\?/).fill(comment)
    const submitted = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/approval-requests/submit')
    await dialog.getByRole('button', { name: 'Einreichen' }).click()
    expect((await submitted).status()).toBe(200)
    await expect
      .poll(() => status(page).innerText(), wait)
      .toMatch(/^Wartet auf Freigabe seit \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr, eingereicht von /)
    await expect.poll(() => page.locator('#lotse-submit-for-approval').count(), wait).toBe(0)
  }

  /** Types a new teaser and submits the draft with a comment. */
  async function changeAndSubmit(page: Page, teaser: string, comment: string) {
    await page.goto(editUrl())
    await page.locator('#field-teaser').fill(teaser)
    await submit(page, comment)
  }

  /** The publisher's row of the service in the queue. */
  const row = (page: Page) =>
    page.locator('tr', { has: page.getByRole('link', { name: (walked ?? service).name, exact: true }) })

  it('the editor sees no publish or schedule controls; the publisher of the department does', async () => {
    // Nothing typed: a change would lock the document for the next test's users.
    const page = await admin.logIn(editor)
    await page.goto(editUrl())
    await expect.poll(() => page.getByRole('button', { name: 'Entwurf speichern', exact: true }).count(), wait).toBe(1)
    await expect.poll(() => status(page).innerText(), wait).not.toBe('Der Stand der Freigabe wird abgefragt …')
    expect(await page.getByRole('button', { name: /veröffentlichen/i }).count()).toBe(0)
    expect(await page.locator('#action-save, #action-save-popup, #schedule-publish').count()).toBe(0)
    expect(await page.getByText(/Veröffentlichung planen|Veröffentlichungsplanung/).count()).toBe(0)
    await shot(page, 'approval-editor-edit')
    const publisherPage = await admin.logIn(publisher)
    await publisherPage.goto(editUrl())
    await expect.poll(() => publisherPage.locator('#action-save').count(), wait).toBe(1)
    expect(await publisherPage.locator('#action-save-popup').count()).toBe(1)
    for (const context of admin.contexts.splice(0)) await context.close()
  })

  it(
    'submit, return with a comment, submit again, publish: the site shows the change',
    async () => {
      // The editor creates a service through the form and saves it as a draft …
      const editorPage = await admin.logIn(editor)
      const first = `Erster Kurztext der neuen Leistung ${stamp}`
      await editorPage.goto(`${stack.cmsUrl}/admin/collections/services`)
      await editorPage.getByText('Neu erstellen', { exact: true }).first().click()
      await editorPage.waitForURL((url) => url.pathname.endsWith('/collections/services/create'))
      const name = `Neue Leistung zur Freigabe ${stamp}`
      await editorPage.getByLabel(/^Bezeichnung\b(?! in Leichter)/).fill(name)
      await editorPage.getByLabel('Kurztext').fill(first)
      await editorPage.locator('[data-lexical-editor="true"]').first().click()
      await editorPage.keyboard.type('Der Volltext der neuen Leistung.')
      await editorPage.getByLabel(/Kurzadresse/).fill(`neue-leistung-${stamp}`)
      await choose(editorPage.locator('#field-department'), departmentName)
      const created = await save(admin, editorPage, 'services', 'Entwurf speichern')
      expect(created.status(), await created.text()).toBe(201)
      const doc = ((await created.json()) as { doc: { id: number; name: string; slug: string } }).doc
      walked = { id: doc.id, name: doc.name, slug: doc.slug }
      await editorPage.waitForURL(new RegExp(`/collections/services/${walked.id}$`))
      // … and submits it with a comment.
      await submit(editorPage, 'Eine neue Leistung: bitte prüfen Sie den Kurztext.')

      const publisherPage = await admin.logIn(publisher)
      await publisherPage.goto(queueUrl())
      await expect
        .poll(() => publisherPage.locator('#nav-lotse-approval').innerText(), wait)
        .toMatch(/^Freigaben \(\d+\)$/)
      // One "Freigaben" in the navigation: the queue (the collection of requests is the "Freigabeverlauf"). On the
      // queue's own page its entry is the current page, not a link.
      const navEntries = await publisherPage.locator('.nav__link').allInnerTexts()
      expect(navEntries.filter((entry) => /^Freigaben\b/.test(entry.trim()))).toHaveLength(1)
      expect(navEntries.map((entry) => entry.trim())).toContain('Freigabeverlauf')
      await expect
        .poll(() => row(publisherPage).innerText(), wait)
        .toContain('Eine neue Leistung: bitte prüfen Sie den Kurztext.')
      expect(await row(publisherPage).innerText()).toMatch(/\d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr/)
      // The preview: the draft's page as the site would show it, built from the draft, with the checks beside it.
      await row(publisherPage)
        .getByRole('link', { name: /^Vorschau/ })
        .click()
      await publisherPage.waitForURL(new RegExp(`/admin/vorschau/services/${walked.id}$`))
      const page = publisherPage.frameLocator(`iframe[title="Vorschau der Seite /leistungen/${walked.slug}/"]`)
      await expect.poll(() => page.locator('h1').innerText(), wait).toBe(name)
      expect(await page.locator('main').innerText()).toContain(first)
      await publisherPage.locator('.lotse-preview__findings').waitFor()
      await shot(publisherPage, 'approval-preview')
      await publisherPage.goto(queueUrl())
      // The difference to the live version: Payload's comparison of the submitted draft with the published version.
      const diff = row(publisherPage).getByRole('link', { name: /Unterschiede zur Live-Fassung/ })
      expect(await diff.getAttribute('href')).toMatch(
        new RegExp(`^/admin/collections/services/${walked.id}/versions/\\d+(\\?versionFrom=\\d+)?$`),
      )
      await diff.click()
      await publisherPage.waitForURL(/\/versions\//)
      await expect.poll(() => publisherPage.locator('main, .doc-tabs, body').first().innerText(), wait).toContain(first)
      await shot(publisherPage, 'approval-diff')
      await publisherPage.goto(queueUrl())

      // Returned with a comment.
      await row(publisherPage)
        .getByRole('button', { name: /zurückgeben/ })
        .click()
      const dialog = publisherPage.getByRole('dialog')
      await dialog.getByLabel(/Was soll geändert werden\?/).fill('Bitte nennen Sie auch die Frist.')
      const returned = publisherPage.waitForResponse((r) => /\/api\/approval-requests\/\d+\/return$/.test(r.url()))
      await dialog.getByRole('button', { name: 'Zurückgeben', exact: true }).click()
      expect((await returned).status()).toBe(200)
      await expect.poll(() => row(publisherPage).count(), wait).toBe(0)

      // The editor sees it returned, with the comment, in the edit view and in "Meine Einreichungen".
      await editorPage.goto(editUrl())
      await expect
        .poll(() => status(editorPage).innerText(), wait)
        .toMatch(/^Zurückgegeben von .+ am \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr: Bitte nennen Sie auch die Frist\.$/)
      await editorPage.goto(queueUrl())
      expect(await editorPage.getByRole('heading', { name: 'Wartet auf Ihre Freigabe' }).count()).toBe(0)
      await expect.poll(() => row(editorPage).innerText(), wait).toContain('Bitte nennen Sie auch die Frist.')
      expect(await row(editorPage).getByRole('button').count()).toBe(0)
      await shot(editorPage, 'approval-mine')

      // What the editor sees now passes pa11y: the edit view's button and dialog, which need a draft (the whole
      // queue and edit view as the editor sees them: admin-accessibility.e2e.test.ts).
      expect(
        await a11y(editor, [
          { url: editUrl(), root: '#lotse-submit-for-approval' },
          {
            url: editUrl(),
            root: '.lotse-approval-dialog',
            actions: [
              'wait for element #lotse-submit-for-approval to be visible',
              'click element #lotse-submit-for-approval',
            ],
          },
        ]),
      ).toEqual([])

      // Changed and submitted again.
      const second = `Zweiter neuer Kurztext mit Frist ${stamp}`
      await changeAndSubmit(editorPage, second, 'Die Frist steht jetzt im Kurztext.')

      // Published from the queue.
      await publisherPage.goto(queueUrl())
      await expect.poll(() => row(publisherPage).innerText(), wait).toContain('Die Frist steht jetzt im Kurztext.')
      await shot(publisherPage, 'approval-queue')
      expect(
        await a11y(publisher, [
          { url: queueUrl(), root: '.lotse-approval-queue' },
          {
            url: queueUrl(),
            root: '.lotse-approval-dialog[open]',
            actions: ['wait for element .lotse-approval-return to be visible', 'click element .lotse-approval-return'],
          },
        ]),
      ).toEqual([])
      const published = publisherPage.waitForResponse((r) => /\/api\/approval-requests\/\d+\/publish$/.test(r.url()))
      await row(publisherPage)
        .getByRole('button', { name: /veröffentlichen/ })
        .click()
      expect((await published).status()).toBe(200)
      await expect.poll(() => row(publisherPage).count(), wait).toBe(0)

      await expect
        .poll(async () => (await fetch(`${stack.siteUrl}/leistungen/${walked.slug}/`)).text(), {
          timeout: PIPELINE_MS,
          interval: 2000,
        })
        .toContain(second)

      await editorPage.goto(editUrl())
      await expect.poll(() => status(editorPage).innerText(), wait).toMatch(/^Freigegeben und veröffentlicht am /)
    },
    2 * PIPELINE_MS,
  )
})
