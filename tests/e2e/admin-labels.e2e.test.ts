import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminBrowser, choose, resetListPreference, type AdminBrowser } from '../helpers/adminBrowser.ts'
import { hasChromium, launchBrowser, recordFailure } from '../helpers/browser.ts'
import { sharedStack, type DemoLogin, type Stack } from '../helpers/stack.ts'

const dev = process.env.LOTSE_TEST_CMS_DEV === '1'

/**
 * Issue 17 (QA walk): the admin's lists and pages in correct German. Empty cells "Keine Angabe" (not
 * "<Kein Dezernate>"), checkboxes "Ja"/"Nein" (not a "falsch" badge), the empty list's text, the account page's
 * "Einstellungen" and tab title, the heading of a page the role may not open, and the required mark of a user's
 * "Dezernate" while the chosen role needs them.
 */
describe.skipIf(!hasChromium)('German labels in the admin', () => {
  let stack: Stack
  let browser: Browser
  let admin: AdminBrowser
  let administrator: DemoLogin
  let reviewer: DemoLogin

  beforeAll(async () => {
    stack = await sharedStack()
    browser = await launchBrowser()
    admin = adminBrowser(browser, stack.cmsUrl, { timeoutMs: dev ? 180_000 : 60_000 })
    administrator = stack.logins.find((l) => l.role === 'admin')!
    reviewer = stack.logins.find((l) => l.role === 'ls-reviewer')!
  })

  afterEach(({ task }) => recordFailure('admin-labels', task.result?.state, admin?.contexts ?? [], stack?.output))

  afterAll(async () => {
    await admin?.close()
    await browser?.close()
    await stack?.stop()
  })

  it('a signed-in user on a page their role may not open reads "Keine Berechtigung", not "Nicht angemeldet"', async () => {
    const page = await admin.logIn(reviewer)
    await page.goto(`${stack.cmsUrl}/admin/collections/services/create`)
    // Payload's unauthorized view in place of the form: its heading, then why.
    const view = page.locator('.unauthorized').last()
    await view.locator('h1').waitFor()
    expect(await view.locator('h1').textContent()).toBe('Keine Berechtigung')
    expect(await view.textContent()).toContain('Sie haben keine Berechtigung, diese Seite aufzurufen.')
    expect(await page.content()).not.toContain('Nicht angemeldet')
  })

  it('the account page is "Benutzerkonto – Lotse" with the heading "Einstellungen"', async () => {
    const page = await admin.logIn(reviewer)
    await page.goto(`${stack.cmsUrl}/admin/account`)
    await expect.poll(() => page.title()).toBe('Benutzerkonto – Lotse')
    await expect(page.getByRole('heading', { name: 'Einstellungen', exact: true }).waitFor()).resolves.toBeUndefined()
    expect(await page.content()).not.toContain('Payload-Einstellungen')
  })

  it('lists show "Keine Angabe" for an empty cell, "Ja"/"Nein" for a checkbox, and a German empty list', async () => {
    const page = await admin.logIn(administrator)
    // Top-level topics have no parent ("Übergeordnete Lebenslage").
    await page.goto(`${stack.cmsUrl}/admin/collections/topics`)
    await page.locator('.cell-parent').first().waitFor()
    const parents = await page.locator('tbody .cell-parent').allTextContents()
    expect(parents).toContain('Keine Angabe')
    expect(await page.locator('tbody').textContent()).not.toMatch(/<Kein /)

    // "Veraltet" of the Leichte-Sprache texts: plain "Ja"/"Nein", no code badge.
    // The list as it opens by default (the demo admin may have chosen columns).
    await resetListPreference(page, 'easy-language-texts')
    await page.goto(`${stack.cmsUrl}/admin/collections/easy-language-texts`)
    await page.locator('tbody .cell-stale').first().waitFor()
    const stale = await page.locator('tbody .cell-stale').allTextContents()
    expect(stale.length).toBeGreaterThan(0)
    for (const text of stale) expect(['Ja', 'Nein']).toContain(text.trim())
    expect(await page.locator('code.bool-cell').count()).toBe(0)

    // A search that finds nothing.
    await page.goto(`${stack.cmsUrl}/admin/collections/services?search=qxzqxzqxz`)
    await expect
      .poll(() => page.locator('.collection-list').first().textContent())
      .toContain('Entweder gibt es noch keine Einträge, oder keiner entspricht den oben angegebenen Filtern.')
  })

  it('a new user\'s "Dezernate" carries the required mark while the role needs departments, not for admins', async () => {
    const page = await admin.logIn(administrator)
    await page.goto(`${stack.cmsUrl}/admin/collections/users/create`)
    const label = page.locator('#field-departments .field-label').first()
    await label.waitFor()
    // The default role is "Redaktion".
    await expect.poll(() => label.locator('.required').count()).toBe(1)
    await expect
      .poll(() => page.locator('#field-departments').textContent())
      .toContain('Pflichtfeld für alle Rollen außer der Administration.')
    await choose(page.locator('#field-role'), 'Administration')
    await expect.poll(() => label.locator('.required').count()).toBe(0)
  })
})
