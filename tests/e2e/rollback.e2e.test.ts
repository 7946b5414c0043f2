import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminBrowser, type AdminBrowser } from '../helpers/adminBrowser.ts'
import { hasChromium, launchBrowser, recordFailure } from '../helpers/browser.ts'
import { sharedStack, type DemoLogin, type Stack } from '../helpers/stack.ts'

const dev = process.env.LOTSE_TEST_CMS_DEV === '1'
const PIPELINE_MS = 10 * 60_000
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Service = { id: number; name: string; slug: string; teaser: string }

/**
 * Issue 16, "a rollback offers to unpublish or restore the documents whose
 * changes it takes back": a publisher publishes a change, the administration rolls the site back
 * in "Veröffentlichungen", is offered to restore that document, restores it,
 * and the next publish of another document does not bring the change back.
 */
describe.skipIf(!hasChromium)('rollback in the admin', () => {
  let stack: Stack
  let browser: Browser
  let admin: AdminBrowser
  let publisher: DemoLogin
  let token: string
  let changed: Service
  let other: Service

  const api = async <T>(route: string, init: RequestInit = {}) => {
    const response = await fetch(`${stack.cmsUrl}/api${route}`, {
      ...init,
      headers: { 'content-type': 'application/json', Authorization: `JWT ${token}`, ...init.headers },
    })
    return { status: response.status, body: (await response.json()) as T }
  }

  async function sitePage(slug: string) {
    const response = await fetch(`${stack.siteUrl}/leistungen/${slug}/`)
    return { release: response.headers.get('x-lotse-release'), html: await response.text() }
  }

  /** Waits until the site's page of `slug` satisfies `test`. */
  async function siteShows(slug: string, test: (html: string) => boolean, what: string) {
    const until = Date.now() + PIPELINE_MS
    for (;;) {
      const page = await sitePage(slug)
      if (test(page.html)) return page
      if (Date.now() > until) throw new Error(`the site did not show ${what} in time`)
      await sleep(250)
    }
  }

  beforeAll(async () => {
    stack = await sharedStack()
    browser = await launchBrowser()
    admin = adminBrowser(browser, stack.cmsUrl, { timeoutMs: dev ? 180_000 : 60_000 })
    publisher = stack.logins.find((l) => l.role === 'publisher')!
    const login = await fetch(`${stack.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: publisher.email, password: publisher.password }),
    })
    token = ((await login.json()) as { token: string }).token
    const department = publisher.departments![0]
    const dept = (await api<{ docs: { id: number }[] }>(`/departments?where[slug][equals]=${department}&depth=0`)).body
      .docs[0]
    ;[changed, other] = (
      await api<{ docs: Service[] }>(
        `/services?where[department][equals]=${dept.id}&where[_status][equals]=published&sort=-name&limit=2&depth=0`,
      )
    ).body.docs
    expect(other, 'two published services in the department').toBeDefined()
  })

  afterEach(({ task }) => recordFailure('rollback', task.result?.state, admin?.contexts ?? [], stack?.output))

  afterAll(async () => {
    await admin?.close()
    await browser?.close()
    await stack?.stop()
  })

  it(
    'a rollback offers to restore the document it took back; restored, the next publish keeps it back',
    async () => {
      const wrongTeaser = `Versehentlich veröffentlicht ${Date.now().toString(36)}`
      const published = await api(`/services/${changed.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ teaser: wrongTeaser, _status: 'published' }),
      })
      expect(published.status).toBe(200)
      await siteShows(changed.slug, (html) => html.includes(wrongTeaser), 'the change')

      // The site is rolled back in "Veröffentlichungen". By the administration: a publisher may roll back only when
      // every change taken back is their departments' (restore-rollback.int), and on this shared stack another
      // file's publish of another department may have joined the newest release.
      const page = await admin.logIn(stack.logins.find((l) => l.role === 'admin')!)
      await page.goto(`${stack.cmsUrl}/admin/veroeffentlichungen`)
      await page.getByRole('button', { name: 'Auf vorherige Veröffentlichung zurücksetzen' }).click()
      // Before the click, the confirmation names the state by its date and time (not the release id) and the
      // change it takes back by the document's title.
      const confirm = page.getByRole('group', { name: 'Zurücksetzen bestätigen' })
      const question = await confirm.innerText()
      expect(question).toMatch(
        /Soll die Website wirklich wieder den Stand der Veröffentlichung vom \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr/,
      )
      expect(question).not.toMatch(/\d{8}T\d{9}Z/)
      expect(question).toContain(`„${changed.name}“ (Leistung) veröffentlicht`)
      await confirm.getByRole('button', { name: /^Ja, zur Veröffentlichung vom .* zurückkehren$/ }).click()
      await page
        .getByRole('status')
        .filter({ hasText: /Die Website zeigt wieder die Veröffentlichung vom \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr\./ })
        .first()
        .waitFor()
      expect((await sitePage(changed.slug)).html).not.toContain(wrongTeaser)

      // It is offered to restore the document whose change it took back, named by its title.
      const section = page.getByRole('region', { name: 'Zurückgenommene Änderungen' })
      const item = section.getByRole('listitem').filter({ hasText: changed.name })
      await item.getByRole('link', { name: changed.name }).waitFor()
      expect(await item.innerText()).toContain('(Leistung, veröffentlicht)')
      await section.getByRole('button', { name: 'Alle wiederherstellen' }).waitFor()
      // The button asks first, naming the document and what happens; cancelled, nothing changes.
      const questions: string[] = []
      page.once('dialog', (dialog) => {
        questions.push(dialog.message())
        void dialog.dismiss()
      })
      const restore = item.getByRole('button', { name: `Frühere Fassung wiederherstellen: ${changed.name}` })
      await restore.click()
      expect(questions[0]).toContain(`„${changed.name}“ (Leistung) auf die frühere Fassung zurücksetzen`)
      await sleep(1000)
      expect((await api<{ teaser: string }>(`/services/${changed.id}?depth=0`)).body.teaser).toBe(wrongTeaser)
      expect(await item.getByRole('button').first().isEnabled()).toBe(true)
      page.once('dialog', (dialog) => void dialog.accept())
      await restore.click()
      await section
        .getByRole('status')
        .filter({ hasText: 'Die frühere Fassung ist wiederhergestellt' })
        .waitFor({ timeout: 60_000 })
      const restored = await api<{ teaser: string }>(`/services/${changed.id}?depth=0`)
      expect(restored.body.teaser).toBe(changed.teaser)

      // The next publish of another document does not bring the change back.
      const otherTeaser = `Neu beschrieben am Stand ${Date.now().toString(36)}`
      expect(
        (
          await api(`/services/${other.id}`, {
            method: 'PATCH',
            body: JSON.stringify({ teaser: otherTeaser, _status: 'published' }),
          })
        ).status,
      ).toBe(200)
      await siteShows(other.slug, (html) => html.includes(otherTeaser), 'the other change')
      const after = await sitePage(changed.slug)
      expect(after.html).not.toContain(wrongTeaser)
      expect((await api<{ teaser: string }>(`/services/${changed.id}?depth=0`)).body.teaser).toBe(changed.teaser)

      // Nothing is left to restore.
      await page.reload()
      expect(await page.getByRole('region', { name: 'Zurückgenommene Änderungen' }).count()).toBe(0)

      // The list and the single records speak German, without slugs, ids or release ids.
      await page.goto(`${stack.cmsUrl}/admin/collections/releases`)
      const table = page.locator('.table table')
      await table
        .getByText(/^Zurückgesetzt auf den Stand vom \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr$/)
        .first()
        .waitFor()
      await table.getByText(`„${changed.name}“ (Leistung) veröffentlicht`).first().waitFor()
      const list = await table.innerText()
      expect(list).not.toMatch(/services\/\d|Rollback von|<Kein|\d{8}T\d{9}Z/)
      await table
        .getByRole('link', { name: /^Zurückgesetzt auf den Stand vom/ })
        .first()
        .click()
      await page.getByRole('heading', { level: 1, name: /^Zurückgesetzt auf den Stand vom/ }).waitFor()
      await page.getByText('Umschalten auf die neue Version', { exact: false }).first().waitFor()
      await page.goto(`${stack.cmsUrl}/admin/collections/releases`)
      await table
        .getByRole('link', { name: `„${changed.name}“ (Leistung) veröffentlicht` })
        .first()
        .click()
      await page.getByRole('heading', { level: 1, name: `„${changed.name}“ (Leistung) veröffentlicht` }).waitFor()
      await page.getByText(`„${changed.name}“ (Leistung) – veröffentlicht`).first().waitFor()
      const record = await page.locator('main, .doc-fields, body').first().innerText()
      expect(record).not.toMatch(/Step \d|Changed Doc|Sammlung|services\/\d|Rollback von/)
    },
    PIPELINE_MS * 3 + 5 * 60_000,
  )
})
