/**
 * Leichte Sprache along the whole path, on the built demo release: the
 * finder and near me in Leichte Sprache give the same answers as the
 * standard ones and name every topic and service in Leichte Sprache, every
 * Leichte-Sprache page leads to them and to
 * "Barriere melden" in Leichte Sprache, and that form says every refusal in
 * Leichte Sprache.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { check } from '../../packages/easy-language-checker/index.ts'
import de from '../../site/i18n/de.json'
import deLs from '../../site/i18n/de-ls.json'
import { urls } from '../../site/lib/urls.ts'
import { hasChromium, launchBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')
const sitemap = readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8')
const easyPages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
  .map((m) => new URL(m[1]!).pathname)
  .filter((page) => page.startsWith('/leichte-sprache/'))

/** What a person may enter, as the address parameters of both finders. */
const FINDER_INPUTS = [
  'anliegen=thema%3Awohnen&ort=K%C3%B6ln',
  'anliegen=thema%3Awohnen&ort=K%C3%B6ln&buchstabe=M',
  'anliegen=leistung%3Agesamtplanverfahren&ort=Moers',
  'anliegen=thema%3Aarbeit-und-beruf&ort=Aachen',
  'anliegen=thema%3Aberatung&ort=D%C3%BCsseldorf',
  'anliegen=thema%3Awohnen&ort=Kreis%20Kleve',
]
const NEAR_ME_INPUTS = ['ort=K%C3%B6ln', 'ort=Wesel&merkmal=stepFree', 'ort=Aachen&merkmal=dgs&merkmal=lift']

/**
 * The CMS's refusals of a report that name no field of the form, as POST
 * /api/feedback answers them (cms/lib/publicEndpoint.ts, cms/lib/dailyLimits.ts):
 * in standard German, for whoever calls the API.
 */
const REFUSALS = [
  {
    status: 429,
    body: { message: 'Zu viele Anfragen. Bitte versuchen Sie es in 540 Sekunden noch einmal.', errors: [] },
  },
  {
    status: 429,
    body: {
      message:
        'Zu dieser Seite sind heute schon sehr viele Meldungen eingegangen. Bitte versuchen Sie es morgen wieder oder schreiben Sie uns eine E-Mail.',
      errors: [],
    },
  },
  {
    status: 400,
    body: {
      message: 'Die Anfrage wurde als automatisch erkannt.',
      errors: [{ field: 'website', message: 'Bitte lassen Sie das Feld „Bitte leer lassen“ leer.' }],
    },
  },
  { status: 403, body: { message: 'Diese Anfrage kommt nicht von unserer Website und wurde abgelehnt.', errors: [] } },
  { status: 413, body: { message: 'Die Nachricht ist zu lang. Bitte kürzen Sie Ihren Text.', errors: [] } },
]

describe.skipIf(!hasChromium)('Leichte Sprache along the whole path', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** The slugs listed in `selector` once the island has shown its result (or said there is none). */
  async function answer(url: string, list: string, key: string): Promise<string[]> {
    await page.goto(url)
    await page.locator('[data-finder-status]:not(:empty)').waitFor({ timeout: 30_000 })
    return page
      .locator(`${list} > li`)
      .evaluateAll((items, k) => items.map((li) => (li as HTMLElement).dataset[k]!), key)
  }

  it('the finder in Leichte Sprache finds the same contacts and locations as the standard one', async () => {
    let found = 0
    for (const input of FINDER_INPUTS) {
      const standard = await answer(`${siteUrl}/wer-hilft-mir/?${input}`, '[data-finder-contacts]', 'contact')
      const easy = await answer(
        `${siteUrl}/leichte-sprache/wer-hilft-mir/?${input}`,
        '[data-finder-contacts]',
        'contact',
      )
      expect(easy, input).toEqual(standard)
      found += standard.length
      const standardPlaces = await answer(`${siteUrl}/wer-hilft-mir/?${input}`, '[data-finder-locations]', 'location')
      const easyPlaces = await answer(
        `${siteUrl}/leichte-sprache/wer-hilft-mir/?${input}`,
        '[data-finder-locations]',
        'location',
      )
      expect(easyPlaces, input).toEqual(standardPlaces)
    }
    expect(found).toBeGreaterThan(FINDER_INPUTS.length)
    // The cards speak Leichte Sprache: the function's Leichte-Sprache label, not the job title.
    await page.goto(`${siteUrl}/leichte-sprache/wer-hilft-mir/?${FINDER_INPUTS[0]}`)
    const title = page.locator('[data-contact="fallmanagement-koeln-a-k"] h3')
    await title.waitFor()
    expect(await title.textContent()).toContain('Sie berät Menschen aus Köln')
  })

  it('the finder and near me in Leichte Sprache name every topic and service in Leichte Sprache (checker)', async () => {
    const problems: string[] = []
    for (const [pathname, select] of [
      ['/leichte-sprache/wer-hilft-mir/', '#finder-anliegen'],
      ['/leichte-sprache/in-meiner-naehe/', '#naehe-leistung'],
    ] as const) {
      await page.goto(siteUrl + pathname)
      const options = await page
        .locator(`${select} option`)
        .evaluateAll((items) => items.map((o) => [o.getAttribute('value'), o.textContent?.trim() ?? ''] as const))
      expect(options.length, pathname).toBeGreaterThan(pathname.includes('wer-hilft-mir') ? 50 : 10)
      for (const [value, label] of options) {
        const text = label.replace(/^– /, '')
        for (const finding of check(text).filter((f) => f.severity === 'error'))
          problems.push(
            `${pathname} ${value}: „${text}“: ${finding.rule} „${text.slice(finding.index, finding.index + finding.length)}“`,
          )
      }
    }
    // The answer names the subject as the list does.
    await page.goto(`${siteUrl}/leichte-sprache/wer-hilft-mir/?anliegen=leistung%3Agesamtplanverfahren&ort=Moers`)
    const chosen = (await page.locator('#finder-anliegen option:checked').textContent())?.trim() ?? ''
    await page.locator('[data-finder-status]:not(:empty)').waitFor({ timeout: 30_000 })
    expect(await page.locator('[data-finder-status]').textContent()).toContain(chosen)
    for (const finding of check(chosen).filter((f) => f.severity === 'error'))
      problems.push(`status: „${chosen}“: ${finding.rule}`)
    expect(problems).toEqual([])
  })

  it('near me in Leichte Sprache lists the same locations as the standard one', async () => {
    for (const input of NEAR_ME_INPUTS) {
      const standard = await answer(`${siteUrl}/standorte/in-meiner-naehe/?${input}`, '[data-near-list]', 'location')
      const easy = await answer(`${siteUrl}/leichte-sprache/in-meiner-naehe/?${input}`, '[data-near-list]', 'location')
      expect(easy, input).toEqual(standard)
    }
  })

  it('every Leichte-Sprache page leads to the finder, near me and "Barriere melden" in Leichte Sprache', () => {
    expect(easyPages.length).toBeGreaterThan(17)
    const missing: string[] = []
    for (const pathname of easyPages) {
      const html = readFileSync(path.join(siteDir, pathname, 'index.html'), 'utf8')
      for (const target of [
        '/leichte-sprache/wer-hilft-mir/',
        '/leichte-sprache/in-meiner-naehe/',
        '/leichte-sprache/barriere-melden/',
      ])
        if (!html.includes(`href="${target}"`) && pathname !== target) missing.push(`${pathname} → ${target}`)
      // "Vorlesen" right under the page heading.
      if (!/<\/h1>[\s\S]{0,2000}data-read-aloud/.test(html)) missing.push(`${pathname}: no read-aloud bar under the h1`)
      // The menu of a Leichte-Sprache page does not lead to standard pages (except the one marked as such).
      const nav = html.match(/<nav class="main-nav"[\s\S]*?<\/nav>/)?.[0] ?? ''
      const standardLinks = [...nav.matchAll(/href="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((href) => !href!.startsWith('/leichte-sprache/'))
      if (standardLinks.length !== 1) missing.push(`${pathname}: menu links to ${standardLinks.join(', ')}`)
    }
    expect(missing).toEqual([])
  })

  it('"Barriere melden" in Leichte Sprache says every refusal of the CMS in Leichte Sprache and keeps the text', async () => {
    // The CMS's answers are stood in for (its rate limits would stop the other tests). This test's static
    // server sends the site's policy without the CMS's address (connect-src 'self'; npm start's site server
    // allows it, tests/e2e/stack/feedbackForm.ts sends real reports there), so the policy is bypassed here.
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    const summary = page.locator('#barriere-melden [data-error-summary]')
    const text = 'Ich kann die Schrift nicht gut lesen.'
    const problems: string[] = []
    for (const [variant, strings, pathname] of [
      ['easy', deLs, urls.easyLanguageFeedback()],
      ['standard', de, '/barriere-melden/'],
    ] as const) {
      for (const refusal of REFUSALS) {
        await page.unrouteAll()
        await page.route('**/api/feedback', (route) =>
          route.request().method() === 'POST'
            ? route.fulfill({ status: refusal.status, json: refusal.body })
            : route.fallback(),
        )
        await page.goto(siteUrl + pathname)
        await page.locator('#barriere-melden textarea[name="problem"]').fill(text)
        await page.locator('#barriere-melden button[type="submit"]').click()
        await summary.waitFor({ state: 'visible', timeout: 30_000 })
        const said = ((await summary.locator('[data-error-summary-text]').textContent()) ?? '').trim()
        const what = `${variant} ${refusal.status} „${refusal.body.message.slice(0, 30)}…“`
        // The form's own words, never the API's standard German.
        if (said.includes(refusal.body.message)) problems.push(`${what}: shows the API's message: ${said}`)
        const expected = `${strings['feedback.errorSend']} ${
          refusal.status === 429 ? strings['feedback.errorTooMany'] : strings['feedback.errorRefused']
        }`
        if (said !== expected) problems.push(`${what}: says „${said}“, not „${expected}“`)
        if (variant === 'easy')
          for (const finding of check(said).filter((f) => f.severity === 'error'))
            problems.push(`${what}: „${said}“ is no Leichte Sprache (${finding.rule})`)
        if ((await page.locator('#barriere-melden textarea[name="problem"]').inputValue()) !== text)
          problems.push(`${what}: text lost`)
        if (!(await summary.evaluate((el) => el.contains(document.activeElement))))
          problems.push(`${what}: the summary has no focus`)
      }
    }
    await context.close()
    expect(problems).toEqual([])
  })
})
