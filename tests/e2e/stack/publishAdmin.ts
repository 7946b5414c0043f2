import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser, recordFailure } from '../../helpers/browser.ts'
import { sharedStack, type DemoLogin, type Stack } from '../../helpers/stack.ts'
import { releaseDate, releaseName } from '../../../plugins/publishing/releaseNames.ts'

const dev = process.env.LOTSE_TEST_CMS_DEV === '1'
/** Longest wait for one publish, from the click to the page on the site (build, index, gate, switch). */
const PIPELINE_MS = 10 * 60_000
/** Issue 14: a content publish on the demo content is live on the site within 10 s, gate on. */
const LIVE_WITHIN_S = 10
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * The whole publishing path as people use it, through the real admin in
 * Chromium against `npm start`: an editor drafts a change to a service, a
 * publisher of the same department publishes it, the static site shows it
 * after the pipeline ran, the document and the view "Veröffentlichungen" say
 * it is live, and an admin rolls the site back from the admin.
 */
export function publishAdminSuite(makeStack: () => Promise<Stack> = sharedStack) {
  describe.skipIf(!hasChromium)('publishing from the admin', () => {
    let stack: Stack
    let browser: Browser
    const contexts: BrowserContext[] = []

    beforeAll(async () => {
      stack = await makeStack()
      browser = await launchBrowser()
    })

    afterEach(({ task }) => recordFailure('publish-admin', task.result?.state, contexts, stack?.output))

    afterAll(async () => {
      for (const context of contexts) await context.close().catch(() => {})
      await browser?.close()
      await stack?.stop()
    })

    async function logIn(login: DemoLogin): Promise<Page> {
      const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1440, height: 1000 } })
      contexts.push(context)
      // next dev compiles each admin route on its first request.
      context.setDefaultTimeout(dev ? 180_000 : 30_000)
      const page = await context.newPage()
      await page.goto(`${stack.cmsUrl}/admin/login`)
      await page.getByLabel(/^E-Mail/).fill(login.email)
      await page.getByLabel('Passwort').fill(login.password)
      await page.getByRole('button', { name: 'Anmelden' }).click()
      await page.waitForURL((url) => !url.pathname.includes('/login'))
      return page
    }

    /** Opens a service from the list, through its search field, as a person would. */
    async function openService(page: Page, name: string, id: number | string) {
      await page.goto(`${stack.cmsUrl}/admin/collections/services`)
      await page.getByPlaceholder(/Suche nach/).fill(name)
      const link = page.locator('table').getByRole('link', { name, exact: true })
      await link.first().click()
      await page.waitForURL((url) => url.pathname.endsWith(`/collections/services/${id}`))
      await page.getByLabel('Kurztext').waitFor()
      // Payload's document lock: whoever edited it before still holds it for a while; take over, as a person would.
      const takeOver = page.getByRole('button', { name: 'Übernehmen', exact: true })
      if (
        await takeOver.waitFor({ timeout: 10_000 }).then(
          () => true,
          () => false,
        )
      )
        await takeOver.click()
    }

    /**
     * Notes every text the elements matching `selector` show from now on
     * (a MutationObserver in the page), and marks the document: a reload or
     * navigation loses the mark, so `texts()` also tells whether the page
     * updated itself without one.
     */
    async function watchTexts(page: Page, selector: string) {
      await page.evaluate((selector) => {
        const seen: string[] = []
        const note = () => {
          for (const element of document.querySelectorAll(selector)) {
            const text = (element.textContent ?? '').trim()
            if (text && seen.at(-1) !== text) seen.push(text)
          }
        }
        note()
        new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true })
        ;(window as unknown as { __lotseSeen: string[] }).__lotseSeen = seen
      }, selector)
      return {
        texts: () => page.evaluate(() => (window as unknown as { __lotseSeen?: string[] }).__lotseSeen ?? null),
      }
    }

    const statusText = (page: Page) => page.getByRole('region', { name: 'Stand auf der Website' }).getByRole('status')

    async function sitePage(slug: string) {
      const response = await fetch(`${stack.siteUrl}/leistungen/${slug}/`)
      return { status: response.status, release: response.headers.get('x-lotse-release'), html: await response.text() }
    }

    it(
      'an editor drafts, a publisher publishes, the site shows it, the admin says live, an admin rolls back',
      async () => {
        const editor = stack.logins.find((l) => l.role === 'editor')!
        const department = editor.departments![0]
        const publisher = stack.logins.find((l) => l.role === 'publisher' && l.departments?.includes(department))!
        const admin = stack.logins.find((l) => l.role === 'admin')!
        const api = async <T>(route: string) => (await (await fetch(`${stack.cmsUrl}/api${route}`)).json()) as T
        const dept = (await api<{ docs: { id: number }[] }>(`/departments?where[slug][equals]=${department}&depth=0`))
          .docs[0]
        const service = (
          await api<{ docs: { id: number; name: string; slug: string; teaser: string }[] }>(
            `/services?where[department][equals]=${dept.id}&where[_status][equals]=published&sort=name&limit=1&depth=0`,
          )
        ).docs[0]
        expect(service).toBeDefined()
        const before = await sitePage(service.slug)
        expect(before.status).toBe(200)
        const newTeaser = `Neu seit heute: Beratung auch per Video (Prüfnummer ${Date.now().toString(36)}).`
        expect(before.html).not.toContain(newTeaser)

        // The editor changes the teaser and can only save a draft.
        const editorPage = await logIn(editor)
        await openService(editorPage, service.name, service.id)
        await editorPage.getByLabel('Kurztext').fill(newTeaser)
        const draftSave = editorPage.waitForResponse(
          (r) => r.url().includes(`/api/services/${service.id}`) && r.request().method() === 'PATCH',
        )
        await editorPage.getByRole('button', { name: 'Entwurf speichern' }).click()
        expect((await draftSave).status()).toBe(200)
        await editorPage
          .getByRole('region', { name: 'Stand auf der Website' })
          .getByText(/Es gibt neuere Änderungen im Entwurf/)
          .waitFor()
        expect((await sitePage(service.slug)).html).not.toContain(newTeaser)

        // The publisher of the same department opens the draft and publishes it.
        const publisherPage = await logIn(publisher)
        await openService(publisherPage, service.name, service.id)
        expect(await publisherPage.getByLabel('Kurztext').inputValue()).toBe(newTeaser)
        // A second tab shows the view "Veröffentlichungen" while the publish runs.
        const releasesTab = await publisherPage.context().newPage()
        await releasesTab.goto(`${stack.cmsUrl}/admin/veroeffentlichungen`)
        await releasesTab.getByRole('heading', { level: 1, name: 'Veröffentlichungen' }).waitFor()
        const releasesSeen = await watchTexts(releasesTab, '.lotse-releases__progress')
        const statusSeen = await watchTexts(publisherPage, '.lotse-publish-status__text')
        const publish = publisherPage.waitForResponse(
          (r) => r.url().includes(`/api/services/${service.id}`) && r.request().method() === 'PATCH',
        )
        const publishedAt = Date.now()
        await publisherPage.getByRole('button', { name: 'Änderungen veröffentlichen' }).click()
        expect((await publish).status()).toBe(200)

        // The static site shows the change once the pipeline switched `current`.
        let live = before
        while (!live.html.includes(newTeaser)) {
          if (Date.now() - publishedAt > PIPELINE_MS) throw new Error('the site did not show the change in time')
          await sleep(200)
          live = await sitePage(service.slug)
        }
        const seconds = (Date.now() - publishedAt) / 1000
        console.log(
          `publish-admin: the change was live on the site ${seconds.toFixed(1)} s after "Änderungen veröffentlichen"`,
        )
        expect(live.release).not.toBe(before.release)

        // While the pipeline ran, the document and the view "Veröffentlichungen" (without a reload) showed its step.
        const statusTexts = await statusSeen.texts()
        expect(statusTexts, 'the status box was reloaded').not.toBeNull()
        expect(statusTexts!.join('\n')).toMatch(/^Wird geprüft ….*Schritt [1-7] von 7/m)
        await releasesTab
          .locator(`tr[data-release="${live.release}"]`)
          .getByText('Jetzt auf der Website')
          .waitFor({ timeout: 30_000 })
        const releasesTexts = await releasesSeen.texts()
        expect(releasesTexts, 'the view "Veröffentlichungen" was reloaded').not.toBeNull()
        expect(releasesTexts!.join('\n')).toMatch(/Schritt [1-7] von 7, [A-Za-zäöüß ]+\./)
        await releasesTab.close()
        expect(seconds, 'seconds from the click to the change on the site').toBeLessThanOrEqual(LIVE_WITHIN_S)

        // The document's status says live (it said "Wird geprüft" since the click: above), with the time, not the
        // release's id.
        const liveText = statusText(publisherPage).getByText(/^Live seit \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr\.$/)
        await liveText.waitFor({ timeout: 30_000 })

        // The view "Veröffentlichungen" lists the release as live, with who and why (the service by its title).
        await publisherPage.getByRole('link', { name: 'Alle Veröffentlichungen' }).click()
        await publisherPage.getByRole('heading', { level: 1, name: 'Veröffentlichungen' }).waitFor()
        // Named by its date and time, not by its id.
        const row = publisherPage.locator(`tr[data-release="${live.release}"]`)
        expect(await row.getByRole('rowheader').innerText()).toContain(releaseDate(live.release))
        expect(await row.innerText()).not.toContain(live.release!)
        expect(await row.getByRole('cell').first().innerText()).toBe('Live')
        const rowText = await row.innerText()
        expect(rowText).toContain('Jetzt auf der Website')
        expect(rowText).toContain(`${service.name} (Leistung) veröffentlicht`)
        expect(rowText).not.toContain(`services/${service.id}`)
        expect(rowText).toContain(publisher.email)
        expect(rowText).toMatch(/Export: [\d,]+ (ms|s)/)
        expect(await publisherPage.getByRole('table', { name: /Veröffentlichungen/ }).count()).toBe(1)

        // An admin rolls back from the admin: the site serves the previous text again.
        const adminPage = await logIn(admin)
        // The view is linked in the navigation (collapsed on edit views) and from every status box.
        await adminPage.goto(`${stack.cmsUrl}/admin/veroeffentlichungen`)
        await adminPage.getByRole('button', { name: 'Auf vorherige Veröffentlichung zurücksetzen' }).click()
        await adminPage.getByRole('button', { name: `Ja, zur ${releaseName(before.release)} zurückkehren` }).click()
        await adminPage
          .getByRole('status')
          .filter({ hasText: `Die Website zeigt wieder die ${releaseName(before.release)}.` })
          .waitFor()
        const back = await sitePage(service.slug)
        expect(back.release).toBe(before.release)
        expect(back.html).toBe(before.html)
        const rolledBack = adminPage.locator(`tr[data-release="${live.release}"]`)
        await rolledBack.getByText('Zurückgenommen').waitFor()

        // And the document says the change is no longer on the site.
        await openService(adminPage, service.name, service.id)
        await statusText(adminPage)
          .getByText(/^Zurückgenommen:/)
          .waitFor({ timeout: 30_000 })
      },
      PIPELINE_MS + 15 * 60_000,
    )
  })
}
