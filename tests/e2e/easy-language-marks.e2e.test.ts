import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { adminBrowser, type AdminBrowser } from '../helpers/adminBrowser.ts'
import { hasChromium, launchBrowser, recordFailure } from '../helpers/browser.ts'
import { sharedStack, type DemoLogin, type Stack } from '../helpers/stack.ts'

const dev = process.env.LOTSE_TEST_CMS_DEV === '1'

/**
 * Issue 16, the text editors: a Leichte-Sprache finding names its sentence,
 * is marked in the text, and a click on it selects the flagged words in the
 * textarea; a link without text in a rich-text field is refused at the field
 * when saving; the reviewer sees what changed in the standard text since the
 * last review. The production admin (`npm start`) in Chromium.
 */
describe.skipIf(!hasChromium)('the text editors in the admin', () => {
  let stack: Stack
  let browser: Browser
  let admin: AdminBrowser
  let editor: DemoLogin
  let service: { id: number; name: string }

  beforeAll(async () => {
    stack = await sharedStack()
    browser = await launchBrowser()
    admin = adminBrowser(browser, stack.cmsUrl, { timeoutMs: dev ? 180_000 : 60_000 })
    editor = stack.logins.find((l) => l.role === 'editor')!
    const department = editor.departments![0]
    const api = async <T>(route: string) => (await (await fetch(`${stack.cmsUrl}/api${route}`)).json()) as T
    const dept = (await api<{ docs: { id: number }[] }>(`/departments?where[slug][equals]=${department}&depth=0`))
      .docs[0]
    service = (
      await api<{ docs: { id: number; name: string }[] }>(
        `/services?where[department][equals]=${dept.id}&sort=name&limit=1&depth=0`,
      )
    ).docs[0]
  })

  afterEach(({ task }) =>
    recordFailure('easy-language-marks', task.result?.state, admin?.contexts ?? [], stack?.output),
  )

  afterAll(async () => {
    await admin?.close()
    await browser?.close()
    await stack?.stop()
  })

  it('a click on a Leichte-Sprache finding selects its words in the text, which are marked', async () => {
    const page = await admin.logIn(editor)
    await page.goto(`${stack.cmsUrl}/admin/collections/easy-language-texts/create`)
    const field = page.getByLabel(/^Text\b/)
    await field.fill(
      [
        'Sie stellen einen Antrag.',
        'Das ist ein Test.',
        'Sie bekommen Post.',
        'Der Antrag wird vom Amt geprüft.',
        'Dann bekommen Sie Geld.',
      ].join('\n'),
    )
    const check = page.locator('.lotse-easy-language-check')
    await expect
      .poll(() => check.locator('.lotse-easy-language-check__summary').innerText(), { timeout: 15_000 })
      .toContain('1 Fehler')

    // The finding names the sentence, not a line number, and is marked in the text with its number.
    const finding = check.getByRole('button', { name: /^Satz 4, Fehler: Dieser Satz steht im Passiv/ })
    await expect.poll(() => finding.count(), { timeout: 15_000 }).toBe(1)
    const mark = check.locator('mark.lotse-easy-language-check__mark--error')
    expect(await mark.allInnerTexts()).toEqual(['wird vom Amt geprüft'])
    expect(await check.locator('.lotse-easy-language-check__mark-number').allInnerTexts()).toEqual(['[1]'])

    // Somewhere else first: the click has to move the cursor.
    await page.getByLabel('Titel').click()
    await finding.click()
    const selection = await field.evaluate((el: HTMLTextAreaElement) => ({
      focused: document.activeElement === el,
      selected: el.value.slice(el.selectionStart, el.selectionEnd),
    }))
    expect(selection).toEqual({ focused: true, selected: 'wird vom Amt geprüft' })

    // Typing replaces the selected words ("Der Antrag prüft das Amt."), and the finding goes.
    await page.keyboard.type('prüft das Amt')
    expect(await field.inputValue()).toContain('Der Antrag prüft das Amt.\n')
    await expect
      .poll(() => check.locator('.lotse-easy-language-check__heading').innerText(), { timeout: 15_000 })
      .toContain('0 Fehler')
    expect(await check.locator('mark').count()).toBe(0)
  })

  it('a link without text in the Volltext is refused at the field when saving, and nothing is saved', async () => {
    const page = await admin.logIn(editor)
    await page.goto(`${stack.cmsUrl}/admin/collections/services/${service.id}`)
    const volltext = page.locator('.field-type.rich-text-lexical').first()
    const editable = volltext.locator('[data-lexical-editor="true"]')
    await editable.click()
    await page.keyboard.press('ControlOrMeta+End')
    // Pasted from elsewhere: a paragraph with a link whose text is only a blank.
    await editable.evaluate((el) => {
      const data = new DataTransfer()
      data.setData('text/html', '<p>Mehr dazu <a href="https://www.lvr.de/">&nbsp;</a> beim LVR.</p>')
      data.setData('text/plain', 'Mehr dazu   beim LVR.')
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    })
    await expect.poll(() => editable.locator('a[href="https://www.lvr.de/"]').count(), { timeout: 15_000 }).toBe(1)

    await page.waitForLoadState('networkidle')
    await admin.quiet(page)
    const answer = page.waitForResponse(
      (r) => new URL(r.url()).pathname === `/api/services/${service.id}` && r.request().method() === 'PATCH',
    )
    await page.getByRole('button', { name: 'Entwurf speichern', exact: true }).first().click()
    const response = await answer
    const body = await response.text()
    expect(response.status(), body).toBe(400)
    expect(body).toContain('hat keinen Text. Bitte geben Sie einen Linktext ein.')

    // The field itself says what is wrong and where.
    await expect.poll(() => volltext.getAttribute('class'), { timeout: 15_000 }).toContain('error')
    await expect
      .poll(() => volltext.locator('.field-error').first().textContent(), { timeout: 15_000 })
      .toMatch(/^Der Link in Absatz \d+ hat keinen Text\. Bitte geben Sie einen Linktext ein\./)

    // Nothing was saved, not even as a draft.
    const login = await fetch(`${stack.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: editor.email, password: editor.password }),
    })
    const { token } = (await login.json()) as { token: string }
    const stored = await fetch(`${stack.cmsUrl}/api/services/${service.id}?draft=true&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(JSON.stringify(await stored.json())).not.toContain('www.lvr.de')
  })

  it('the reviewer sees what changed in the standard text since the last review', async () => {
    const reviewer = stack.logins.find((l) => l.role === 'ls-reviewer')!
    const token = async (login: DemoLogin) => {
      const answer = await fetch(`${stack.cmsUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: login.email, password: login.password }),
      })
      return ((await answer.json()) as { token: string }).token
    }
    const reviewerToken = await token(reviewer)
    // A reviewed demo text and its service.
    const texts = (await (
      await fetch(`${stack.cmsUrl}/api/easy-language-texts?where[review.reviewedAt][exists]=true&limit=1&depth=0`, {
        headers: { Authorization: `JWT ${reviewerToken}` },
      })
    ).json()) as { docs: { id: number; service: number }[] }
    const text = texts.docs[0]
    const serviceDoc = (await (await fetch(`${stack.cmsUrl}/api/services/${text.service}?depth=0`)).json()) as {
      teaser: string
      department: number
    }
    const dept = (await (await fetch(`${stack.cmsUrl}/api/departments/${serviceDoc.department}?depth=0`)).json()) as {
      slug: string
    }
    const publisher = stack.logins.find((l) => l.role === 'publisher' && l.departments?.includes(dept.slug))!
    const publisherToken = await token(publisher)
    const publishTeaser = (teaser: string) =>
      fetch(`${stack.cmsUrl}/api/services/${text.service}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${publisherToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ teaser, _status: 'published' }),
      })
    // The department publishes a new Kurztext.
    const published = await publishTeaser(`${serviceDoc.teaser} Neu: Beratung auch per Video.`)
    expect(published.status, await published.text()).toBe(200)
    try {
      const page = await admin.logIn(reviewer)
      await page.goto(`${stack.cmsUrl}/admin/collections/easy-language-texts/${text.id}`)
      const changes = page.locator('.lotse-standard-text-changes')
      await expect
        .poll(() => changes.getByRole('heading', { level: 3 }).innerText(), { timeout: 15_000 })
        .toMatch(/^Änderungen am Standardtext seit der Prüfung am \d+\. \w+ \d{4}$/)
      expect(await changes.getByRole('heading', { level: 4 }).allInnerTexts()).toEqual(['Kurztext'])
      expect((await changes.locator('ins').allInnerTexts()).join('')).toContain('Neu: Beratung auch per Video.')
    } finally {
      // The demo content as it was for the files after this one (the reviewed text is no longer stale).
      expect((await publishTeaser(serviceDoc.teaser)).status).toBe(200)
    }
  })
})
