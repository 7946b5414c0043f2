/**
 * "Barriere melden" as a person meets it, against `npm start` in Chromium:
 * links to the form open it, every problem is shown at its field and in an
 * error summary (never only in the browser's own bubbles), and what was typed
 * survives a refusal by the CMS and an unreachable CMS.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchBrowser } from '../../helpers/browser.ts'
import { sharedStack, type Stack } from '../../helpers/stack.ts'

const PAGE = '/leistungen/persoenliches-budget/'
const FORM = '#barriere-melden'

export function feedbackFormSuite() {
  describe.skipIf(!hasChromium)('"Barriere melden" on the first try', () => {
    let stack: Stack
    let browser: Browser
    const contexts: BrowserContext[] = []

    beforeAll(async () => {
      stack = await sharedStack()
      browser = await launchBrowser()
    })
    afterAll(async () => {
      for (const context of contexts) await context.close()
      await browser?.close()
      await stack?.stop()
    })

    async function open(pathname: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' })
      contexts.push(context)
      const page = await context.newPage()
      await page.goto(stack.siteUrl + pathname)
      return page
    }

    /** The footer form of a page, opened through its link as a person would. */
    async function footerForm(): Promise<Page> {
      const page = await open(`${PAGE}#barriere-melden`)
      await page.locator(`${FORM} textarea[name="problem"]`).waitFor({ state: 'visible', timeout: 30_000 })
      return page
    }

    const problem = (page: Page) => page.locator(`${FORM} textarea[name="problem"]`)
    const email = (page: Page) => page.locator(`${FORM} input[name="email"]`)
    const submit = (page: Page) => page.locator(`${FORM} button[type="submit"]`).click()
    const summary = (page: Page) => page.locator(`${FORM} [data-error-summary]`)

    it('opens the form where a link points to it (/…#barriere-melden)', async () => {
      const page = await open(`/#barriere-melden`)
      await expect
        .poll(() => page.locator(`${FORM} textarea[name="problem"]`).isVisible(), { timeout: 30_000 })
        .toBe(true)
    })

    it('shows a missing description at the field and in an error summary, not in a browser bubble', async () => {
      const page = await footerForm()
      await submit(page)
      await summary(page).waitFor({ state: 'visible', timeout: 30_000 })
      expect(await summary(page).evaluate((el) => el.contains(document.activeElement))).toBe(true)
      const link = summary(page).locator('a[href="#barriere-melden-problem"]')
      expect(await link.textContent()).toContain('Beschreiben Sie')
      expect(await problem(page).getAttribute('aria-invalid')).toBe('true')
      const describedBy = (await problem(page).getAttribute('aria-describedby')) ?? ''
      const inline = page.locator(`#${describedBy.split(' ').find((id) => id.endsWith('-fehler'))}`)
      expect(await inline.isVisible()).toBe(true)
      expect(await inline.textContent()).toContain('Beschreiben Sie')
      // The summary's link takes the focus to the field.
      await link.click()
      expect(await problem(page).evaluate((el) => el === document.activeElement)).toBe(true)
      expect(new URL(page.url()).pathname).toBe(PAGE)
    })

    it('keeps the text and marks the field when the CMS refuses the e-mail address', async () => {
      const page = await footerForm()
      const text = 'Das Formular auf dieser Seite ist mit der Tastatur schwer zu bedienen.'
      await problem(page).fill(text)
      await email(page).fill('erika@beispiel')
      await submit(page)
      await summary(page).waitFor({ state: 'visible', timeout: 30_000 })
      expect(new URL(page.url()).pathname).toBe(PAGE)
      expect(await summary(page).textContent()).toContain('E-Mail-Adresse')
      expect(await email(page).getAttribute('aria-invalid')).toBe('true')
      expect(await problem(page).getAttribute('aria-invalid')).toBeNull()
      expect(await problem(page).inputValue()).toBe(text)
      expect(await email(page).inputValue()).toBe('erika@beispiel')

      // Corrected, it is sent.
      await email(page).fill('erika@beispiel.example')
      await submit(page)
      await page.waitForURL(`${stack.siteUrl}/barriere-melden/danke/`, { timeout: 30_000 })
    })

    it('keeps the text and says what to do when the CMS cannot be reached', async () => {
      const page = await footerForm()
      await page.route(`${stack.cmsUrl}/api/feedback`, (route) => route.abort('connectionrefused'))
      const text = 'Die Untertitel im Video fehlen.'
      await problem(page).fill(text)
      await submit(page)
      await summary(page).waitFor({ state: 'visible', timeout: 30_000 })
      expect(await summary(page).textContent()).toMatch(/nicht gesendet|nicht senden/)
      expect(await summary(page).textContent()).toContain('später')
      expect(await problem(page).inputValue()).toBe(text)
      expect(new URL(page.url()).pathname).toBe(PAGE)
    })

    it('the accessibility statement links to the form', async () => {
      const page = await open('/barrierefreiheit/')
      const link = page.locator('main a', { hasText: /Formular|Barriere melden/ }).first()
      const href = await link.getAttribute('href')
      expect(href).toBeTruthy()
      await link.click()
      await expect
        .poll(() =>
          page.locator('main textarea[name="problem"], #barriere-melden textarea[name="problem"]').first().isVisible(),
        )
        .toBe(true)
    })
  })
}
