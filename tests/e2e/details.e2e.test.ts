/**
 * The smaller things a person noticed, on the built demo release in
 * Chromium: the focus ring is visible on white, forced colours keep the
 * current section, print hides the controls and names full addresses, near
 * me filters by every feature the cards show, the town field says what it
 * is for, the entry points carry their pictograms, and the questions box of
 * every Leichte-Sprache text names who helps in Leichte Sprache and how to
 * reach them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { check } from '../../packages/easy-language-checker/index.ts'
import { urls } from '../../site/lib/urls.ts'
import { hasChromium, launchBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')
const easyPages = [...readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
  .map((m) => new URL(m[1]!).pathname)
  .filter((pathname) => pathname.startsWith('/leichte-sprache/'))

/** WCAG contrast ratio of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, bl] = color
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map(Number)
      .map((v) => v / 255)
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!)
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe.skipIf(!hasChromium)('details', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('draws a focus ring with at least 3:1 against the white page', async () => {
    await page.goto(siteUrl + '/wer-hilft-mir/')
    await page.locator('#finder-ort').focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    const ring = await page.locator('#finder-ort').evaluate((el) => getComputedStyle(el).outlineColor)
    expect(contrast(ring, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3)
  })

  it('keeps the current section marked in forced colours, and only it', async () => {
    await page.emulateMedia({ forcedColors: 'active' })
    await page.goto(siteUrl + '/leistungen/')
    const bars = await page
      .locator('.main-nav__link')
      .evaluateAll((links) =>
        links.map((a) => [a.classList.contains('is-active'), getComputedStyle(a).borderBottomColor] as const),
      )
    await page.emulateMedia({ forcedColors: 'none' })
    const active = bars.filter(([on]) => on).map(([, color]) => color)
    const others = new Set(bars.filter(([on]) => !on).map(([, color]) => color))
    expect(active).toHaveLength(1)
    expect(others.has(active[0]!)).toBe(false)
  })

  it('prints without the feedback form and menu, with full link addresses', async () => {
    await page.emulateMedia({ media: 'print' })
    await page.goto(siteUrl + '/leistungen/persoenliches-budget/')
    // The site's public address (SITE_URL), as its canonical link names it.
    const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin
    expect(await page.locator('#barriere-melden').isVisible()).toBe(false)
    const after = await page
      .locator('main a[href^="/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content)
    await page.emulateMedia({ media: 'screen' })
    expect(after).toContain(site)
  })

  it('filters near me by all seven features the cards show', async () => {
    await page.goto(siteUrl + '/standorte/in-meiner-naehe/?ort=K%C3%B6ln&merkmal=parking')
    expect(await page.locator('input[name="merkmal"]').count()).toBe(7)
    await page.locator('[data-near-list] > li').first().waitFor()
    const cards = await page.locator('[data-near-list] > li').allTextContents()
    expect(cards.length).toBeGreaterThan(0)
    expect(cards.every((text) => text.includes('Parkplatz'))).toBe(true)
    expect(await page.locator('#naehe-ort').getAttribute('autocomplete')).toBe('address-level2')
  })

  it('marks the Leichte-Sprache and DGS entry points with their pictograms, text beside them', async () => {
    await page.goto(siteUrl + '/')
    for (const href of ['/leichte-sprache/', '/gebaerdensprache/']) {
      const links = await page
        .locator(`header .access-links a[href="${href}"], main .card--entry a[href="${href}"]`)
        .all()
      expect(links, href).toHaveLength(2)
      for (const link of links) {
        // In the link (header) or in the card's heading beside it (start page).
        const pictogram = await link.evaluate((a) =>
          Boolean(a.querySelector('svg.pictogram') ?? a.closest('h2, h3')?.querySelector('svg.pictogram')),
        )
        expect(pictogram, href).toBe(true)
        expect(((await link.textContent()) ?? '').trim().length, href).toBeGreaterThan(3)
      }
    }
  })

  it('numbers every step of a Leichte-Sprache text, the one with a picture too', async () => {
    await page.goto(siteUrl + '/leichte-sprache/blindengeld/')
    const steps = page.locator('.ls-steps > li')
    expect(await steps.count()).toBe(4)
    expect(await steps.evaluateAll((items) => items.map((li) => getComputedStyle(li).display))).toEqual(
      Array(4).fill('list-item'),
    )
    // The picture stands beside (or, on a narrow screen, above) its sentence, with its alternative text.
    const picture = steps.first().locator('img.ls-picture')
    expect(await picture.getAttribute('alt')).toBe('Ein Antrag und ein Stift')
  })

  it('shows a way to call or write in the questions box of every Leichte-Sprache text, who in Leichte Sprache', async () => {
    // The contact persons' administrative job titles, which the box must never show.
    const data = (await (await fetch(siteUrl + urls.finderData())).json()) as {
      contacts: { function: string; functionEasy?: string }[]
    }
    const jobTitles = data.contacts.map((contact) => contact.function)
    expect(jobTitles.length).toBeGreaterThan(10)
    const problems: string[] = []
    let texts = 0
    for (const pathname of easyPages) {
      await page.goto(siteUrl + pathname)
      // Every page with a Leichte-Sprache text (not the finder, near me or the form) ends with the box.
      if ((await page.locator('main .ls-text').count()) === 0) continue
      texts++
      const box = page.locator('main .ls-questions')
      if ((await box.count()) !== 1) {
        problems.push(`${pathname}: no questions box`)
        continue
      }
      const ways = await box
        .locator('a[href^="tel:"], a[href^="mailto:"], a[href="/leichte-sprache/barriere-melden/"]')
        .count()
      if (ways === 0) problems.push(`${pathname}: no way to call or write`)
      const who = (await box.locator('p.ls-line:not(.ls-questions__name)').first().textContent())?.trim() ?? ''
      const text = (await box.textContent()) ?? ''
      for (const title of jobTitles) if (text.includes(title)) problems.push(`${pathname}: job title „${title}“`)
      for (const finding of check(who).filter((f) => f.severity === 'error'))
        problems.push(`${pathname}: „${who}“ is no Leichte Sprache (${finding.rule})`)
    }
    expect(problems).toEqual([])
    expect(texts).toBeGreaterThanOrEqual(17)
  })
})
