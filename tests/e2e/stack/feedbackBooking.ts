import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type BookingContext,
  type PublicSlot,
  renderBookingForm,
  renderCancelled,
  renderCancelPage,
  renderConfirmation,
  renderMessage,
} from '../../../plugins/appointments/index.ts'
import { hasChromium, launchBrowser } from '../../helpers/browser.ts'
import { pa11y } from '../../helpers/pa11y.ts'
import { sharedStack, type DemoLogin, type Stack } from '../../helpers/stack.ts'

const dev = process.env.LOTSE_TEST_CMS_DEV === '1'
/** A bookable demo service of the department "Soziales" (cms/seed/data/availability.ts). */
const SERVICE = 'persoenliches-budget'

/**
 * The two citizen widgets against `npm start` in Chromium, keyboard only,
 * with and without JavaScript: "Barriere melden" on a site page ends up in
 * the admin with its deadline; a booking made from a bookable service page
 * shows up for the department and is cancelled with the link from the
 * confirmation, which frees the slot. pa11y checks every state of both.
 */
export function feedbackBookingSuite() {
  describe.skipIf(!hasChromium)('feedback and booking widgets', () => {
    let stack: Stack
    let browser: Browser
    const contexts: BrowserContext[] = []

    beforeAll(async () => {
      stack = await sharedStack()
      browser = await launchBrowser()
      // Without a first release (a failed build or gate) nothing below can work: say why.
      const thanks = await fetch(`${stack.siteUrl}/barriere-melden/danke/`)
      if (thanks.status !== 200) {
        const log = stack
          .output()
          .split('\n')
          .filter((line) => /site:|seed:|Error|error/.test(line))
        throw new Error(`no site release (${thanks.status}):\n${log.join('\n').slice(-6000)}`)
      }
    })

    afterAll(async () => {
      for (const context of contexts) await context.close().catch(() => {})
      await browser?.close()
      await stack?.stop()
    })

    async function newPage(javaScriptEnabled = true): Promise<Page> {
      const context = await browser.newContext({
        locale: 'de-DE',
        javaScriptEnabled,
        viewport: { width: 1280, height: 900 },
      })
      contexts.push(context)
      // The admin's first page loads are slow on a busy machine (and compiled on demand by next dev).
      context.setDefaultTimeout(dev ? 180_000 : 90_000)
      return context.newPage()
    }

    /** Presses Tab until the element matching `selector` has the focus, as a keyboard user would. */
    async function tabTo(page: Page, selector: string, max = 400) {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab')
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
      }
      throw new Error(`${selector} not reached with Tab`)
    }

    async function logIn(login: DemoLogin): Promise<Page> {
      const page = await newPage()
      await page.goto(`${stack.cmsUrl}/admin/login`)
      await page.getByLabel(/^E-Mail/).fill(login.email)
      await page.getByLabel('Passwort').fill(login.password)
      await page.getByRole('button', { name: 'Anmelden' }).click()
      await page.waitForURL((url) => !url.pathname.includes('/login'))
      return page
    }

    const login = (role: string, department?: string) =>
      stack.logins.find((l) => l.role === role && (!department || l.departments?.includes(department)))!

    async function freeSlots(): Promise<string[]> {
      const response = await fetch(`${stack.cmsUrl}/api/slots?service=${SERVICE}`, {
        headers: { origin: stack.siteUrl },
      })
      const body = (await response.json()) as { slots: { value: string }[] }
      return body.slots.map((s) => s.value)
    }

    for (const javaScript of [true, false]) {
      const mode = javaScript ? 'with JavaScript' : 'without JavaScript'

      it(
        `reports a barrier from a site page, seen in the admin with its deadline (${mode})`,
        { timeout: 20 * 60_000 },
        async () => {
          const page = await newPage(javaScript)
          const problem = `Das Video hat keine Untertitel (${mode}) <script>alert(1)</script>`
          await page.goto(`${stack.siteUrl}/leistungen/${SERVICE}/`)
          await tabTo(page, '#barriere-melden > summary')
          await page.keyboard.press('Enter')
          await tabTo(page, '#barriere-melden-problem')
          await page.keyboard.type(problem)
          await page.keyboard.press('Tab')
          await page.keyboard.type('Erika Beispiel')
          await page.keyboard.press('Tab')
          await page.keyboard.type('erika@beispiel.example')
          await tabTo(page, '#barriere-melden button[type=submit]')
          await page.keyboard.press('Enter')
          await page.waitForURL(`${stack.siteUrl}/barriere-melden/danke/`)
          await expect(page.locator('h1').textContent()).resolves.toContain('Vielen Dank')
          expect(await page.content()).not.toContain('alert(1)')

          // The department owning the page sees it; another department does not.
          const staff = await logIn(login('editor', 'soziales'))
          await staff.goto(`${stack.cmsUrl}/admin/collections/feedback`)
          const row = staff.locator('table tbody tr', { hasText: `(${mode})` })
          await row.first().waitFor()
          const deadline = new Date()
          deadline.setMonth(deadline.getMonth() + 1)
          const text = (await row.first().textContent()) ?? ''
          expect(text).toContain(`/leistungen/${SERVICE}/`)
          expect(text).toContain(
            deadline.toLocaleDateString('de-DE', {
              timeZone: 'Europe/Berlin',
              day: '2-digit',
              month: '2-digit',
              year: 'numeric',
            }),
          )
          expect(await staff.locator('script:has-text("alert(1)")').count()).toBe(0)
          const other = await logIn(login('editor', 'kinder-jugend-familie'))
          await other.goto(`${stack.cmsUrl}/admin/collections/feedback`)
          await other
            .getByText(/Keine .*gefunden|Keine Ergebnisse/)
            .first()
            .waitFor()
          expect(await other.locator('table tbody tr', { hasText: `(${mode})` }).count()).toBe(0)
        },
      )

      it(
        `books an appointment, shown to the department, cancelled with the link (${mode})`,
        { timeout: 20 * 60_000 },
        async () => {
          const before = await freeSlots()
          expect(before.length).toBeGreaterThan(2)
          const page = await newPage(javaScript)
          await page.goto(`${stack.siteUrl}/leistungen/${SERVICE}/`)
          await tabTo(page, '.booking-link a')
          await page.keyboard.press('Enter')
          await page.waitForURL((url) => url.href.startsWith(`${stack.cmsUrl}/api/bookings/termin`))
          await tabTo(page, '#slot')
          await page.keyboard.press('ArrowDown')
          const chosen = await page.locator('#slot').inputValue()
          expect(chosen).toBe(before[1])
          await page.keyboard.press('Tab')
          await page.keyboard.type(`Max Mustermann ${mode}`)
          await page.keyboard.press('Tab')
          await page.keyboard.type('max@beispiel.example')
          await tabTo(page, 'button[type=submit]')
          await page.keyboard.press('Enter')
          await page.waitForURL((url) => url.pathname === '/api/bookings/bestaetigung')
          await expect(page.locator('h1').textContent()).resolves.toBe('Ihr Termin ist gebucht')
          expect(await freeSlots()).not.toContain(chosen)

          // Booking the same slot again: "taken", on the form page.
          const again = await newPage(javaScript)
          await again.goto(`${stack.cmsUrl}/api/bookings/termin?service=${SERVICE}`)
          const html = await again.content()
          expect(html).not.toContain(chosen)

          // The department sees the booking in the admin.
          const staff = await logIn(login('publisher', 'soziales'))
          await staff.goto(`${stack.cmsUrl}/admin/collections/bookings`)
          await staff.locator('table tbody tr').first().waitFor()
          const start = new Date(chosen.split('@')[1])
          const day = start.toLocaleDateString('de-DE', {
            timeZone: 'Europe/Berlin',
            day: '2-digit',
            month: '2-digit',
            year: 'numeric',
          })
          // The list fills its cells after the first paint; wait for the row of this appointment.
          await staff
            .locator('table tbody tr', { hasText: day })
            .filter({ hasText: 'Gebucht' })
            .first()
            .waitFor({ timeout: 60_000 })
            .catch(async (error) => {
              throw new Error(`${error}\n${await staff.locator('table').innerText()}`)
            })

          // Cancel with the link from the confirmation.
          await tabTo(page, '#absagelink')
          await page.keyboard.press('Enter')
          await page.waitForURL((url) => url.pathname === '/api/bookings/absagen')
          await tabTo(page, 'button[type=submit]')
          await page.keyboard.press('Enter')
          await page.getByText('ist abgesagt').first().waitFor()
          expect(await freeSlots()).toContain(chosen)
        },
      )
    }

    it('writes nothing a citizen entered into the CMS log', () => {
      const log = stack.output()
      for (const personal of ['Erika Beispiel', 'erika@beispiel.example', 'Max Mustermann', 'max@beispiel.example'])
        expect(log).not.toContain(personal)
    })

    it('passes pa11y in every state of both widgets (0 errors)', { timeout: 30 * 60_000 }, async () => {
      // Real pages of the running product.
      const slots = await freeSlots()
      const booked = await fetch(`${stack.cmsUrl}/api/bookings`, {
        method: 'POST',
        headers: { origin: stack.siteUrl, 'content-type': 'application/json' },
        body: JSON.stringify({ service: SERVICE, slot: slots[0], name: 'Pa Elf', email: 'pa11y@beispiel.example' }),
      })
      expect(booked.status).toBe(201)
      const { confirmationUrl, cancelUrl } = (await booked.json()) as { confirmationUrl: string; cancelUrl: string }
      // States the demo data cannot show (no free slots, errors) as rendered by the CMS.
      const dir = mkdtempSync(path.join(tmpdir(), 'lotse-widgets-'))
      const context: BookingContext = { title: 'Persönliches Budget', target: { service: SERVICE }, availabilities: [] }
      const slot: PublicSlot = {
        availability: 1,
        start: '2030-03-04T08:00:00.000Z',
        end: '2030-03-04T08:45:00.000Z',
        label: 'Montag, 4. März 2030, 09:00 bis 09:45 Uhr',
        place: 'Beratungszentrum, Hauptstraße 12, 50679 Köln',
        value: '1@2030-03-04T08:00:00.000Z',
      }
      const files: Record<string, Promise<string>> = {
        'empty.html': renderBookingForm({ context, slots: [] }),
        'error.html': renderBookingForm({
          context,
          slots: [slot],
          message: 'Bitte prüfen Sie Ihre Angaben.',
          errors: [
            { field: 'name', message: 'Bitte geben Sie Ihren Namen an.' },
            { field: 'contact', message: 'Bitte geben Sie eine E-Mail-Adresse oder eine Telefonnummer an.' },
          ],
        }),
        'taken.html': renderBookingForm({
          context,
          slots: [slot],
          message: 'Dieser Termin ist leider schon vergeben.',
          errors: [{ field: 'slot', message: 'Dieser Termin ist leider schon vergeben.' }],
        }),
        'cancelled.html': renderCancelled(slot.label),
        'cancelled-confirmation.html': renderConfirmation({
          label: slot.label,
          place: slot.place,
          cancelled: true,
          cancelUrl: '#',
        }),
        'cancel-cancelled.html': renderCancelPage({
          label: slot.label,
          place: slot.place,
          cancelled: true,
          token: 'x',
        }),
        'message.html': renderMessage('Termin nicht gefunden', 'Zu diesem Link gibt es keinen Termin.'),
      }
      for (const [name, html] of Object.entries(files)) writeFileSync(path.join(dir, name), await html)
      const open = [
        'click element #barriere-melden > summary',
        'wait for element #barriere-melden-problem to be visible',
      ]
      const urls = [
        { url: `${stack.siteUrl}/leistungen/${SERVICE}/`, actions: open },
        { url: `${stack.siteUrl}/impressum/`, actions: open },
        `${stack.siteUrl}/barriere-melden/danke/`,
        `${stack.siteUrl}/barriere-melden/fehler/`,
        `${stack.cmsUrl}/api/bookings/termin?service=${SERVICE}`,
        confirmationUrl,
        cancelUrl,
        `${stack.cmsUrl}/api/bookings/termin?service=gibt-es-nicht`,
        ...Object.keys(files).map((name) => `file://${path.join(dir, name)}`),
      ]
      const report = await pa11y(urls)
      rmSync(dir, { recursive: true, force: true })
      expect(report.failing).toEqual([])
      expect(report.total).toBe(urls.length)
      expect(report.errors).toBe(0)
    })
  })
}
