/**
 * "Vorlesen" on the Leichte-Sprache pages, in Chromium with a stand-in for
 * the browser's speech synthesis (headless browsers have no voices): the
 * sentences are spoken in the page's order, the one being read is marked,
 * pause and resume work by keyboard, only a German voice on the device
 * speaks (the first click waits for a voice list that is still empty; with
 * no such voice the button is disabled and says why), no request leaves the
 * site, the bar is absent where there is no speech synthesis, and pa11y
 * finds no error in any state.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import deLs from '../../site/i18n/de-ls.json'
import { hasChromium, launchBrowser } from '../helpers/browser.ts'
import { pa11y } from '../helpers/pa11y.ts'

const siteUrl = inject('siteUrl')
const origin = new URL(siteUrl).origin
const PAGE = '/leichte-sprache/blindengeld/'

/**
 * The voices a stand-in offers: `local`, one German voice on the device;
 * `remote`, a German voice of an online service and an English one on the
 * device; `late` and `late-remote`, an empty list (as Chrome has before it
 * has loaded its voices) that fills 300 ms after the first click, with a
 * `voiceschanged` event, with the remote voice listed before the local one
 * or with the remote one only; `never`, a list that stays empty.
 */
type Voices = 'local' | 'remote' | 'late' | 'late-remote' | 'never'

/**
 * A speech synthesis that records what it is asked to say and with which
 * voice. With `auto`, each utterance ends after 20 ms; otherwise
 * `window.__speech.finish()` ends the current one.
 */
const STUB = (auto: boolean, voices: Voices = 'local') => `(() => {
  const LOCAL = { name: 'Lokale Stimme', lang: 'de-DE', localService: true, default: false, voiceURI: 'lokal' }
  const REMOTE = { name: 'Google Deutsch', lang: 'de-DE', localService: false, default: true, voiceURI: 'Google Deutsch' }
  const ENGLISH = { name: 'Local English', lang: 'en-US', localService: true, default: false, voiceURI: 'english' }
  const scenario = ${JSON.stringify(voices)}
  const lists = { local: [LOCAL], remote: [REMOTE, ENGLISH], late: [REMOTE, ENGLISH, LOCAL], 'late-remote': [REMOTE], never: [] }
  let listed = scenario === 'local' || scenario === 'remote' ? lists[scenario] : []
  const listeners = []
  const speech = { spoken: [], voices: [], current: null, cancelled: 0, auto: ${auto},
    finish() { const u = speech.current; speech.current = null; u && u.onend && u.onend({}) } }
  window.__speech = speech
  class Utterance { constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.onend = null; this.onerror = null } }
  const synthesis = {
    speaking: false, paused: false, pending: false, onvoiceschanged: null,
    getVoices: () => listed.slice(),
    speak(u) { speech.spoken.push(u.text); speech.voices.push(u.voice ? u.voice.name : null); speech.current = u; if (speech.auto) setTimeout(() => { if (speech.current === u) speech.finish() }, 20) },
    cancel() { speech.cancelled++; const u = speech.current; speech.current = null; u && u.onerror && u.onerror({ error: 'interrupted' }) },
    pause() {}, resume() {},
    addEventListener(type, listener) { if (type === 'voiceschanged') listeners.push(listener) },
    removeEventListener(type, listener) { const i = listeners.indexOf(listener); if (i >= 0) listeners.splice(i, 1) },
  }
  if (scenario === 'late' || scenario === 'late-remote')
    document.addEventListener('click', () => setTimeout(() => {
      if (listed.length) return
      listed = lists[scenario]
      const event = new Event('voiceschanged')
      for (const listener of listeners.slice()) listener(event)
      if (synthesis.onvoiceschanged) synthesis.onvoiceschanged(event)
    }, 300), { capture: true, once: true })
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true })
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true })
})()`

/** No speech synthesis at all (as in some embedded browsers). */
const WITHOUT = `(() => { delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;
  Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }) })()`

describe.skipIf(!hasChromium)('read aloud (Leichte Sprache)', () => {
  let browser: Browser
  const contexts: BrowserContext[] = []
  const requested: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
  })

  async function open(init: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' })
    contexts.push(context)
    await context.addInitScript(init)
    const page = await context.newPage()
    page.on('request', (request) => requested.push(request.url()))
    await page.goto(siteUrl + PAGE)
    return page
  }

  const spoken = (page: Page) =>
    page.evaluate(() => (window as unknown as { __speech: { spoken: string[] } }).__speech.spoken)
  const reading = (page: Page) =>
    page.locator('[data-reading]').evaluateAll((els) => els.map((el) => el.textContent?.trim()))

  /** The sentences a person sees in <main>, in order, as the voice says them (Mediopunkt joined). */
  const expectedSentences = (page: Page) =>
    page.evaluate(() => {
      const main = document.querySelector('main')!
      const read = 'h1, h2, h3, h4, p, li, dt, dd'
      const skip = '[data-read-aloud], [hidden], [aria-hidden="true"], .visually-hidden, nav, script, style, noscript'
      return [...main.querySelectorAll<HTMLElement>(read)]
        .filter((el) => !el.closest(skip) && !el.querySelector(read))
        .flatMap((el) => (el.textContent ?? '').replace(/\s+/g, ' ').split(/(?<=[.!?:])\s+(?=\S)/u))
        .map((s) => s.trim().split('\u00b7').join(''))
        .filter(Boolean)
    })

  async function tabTo(page: Page, selector: string): Promise<void> {
    for (let i = 0; i < 60; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
      await page.keyboard.press('Tab')
    }
    throw new Error(`${selector} not reached with Tab`)
  }

  it('reads every sentence in order and marks the one being read', async () => {
    const page = await open(STUB(true))
    const expected = await expectedSentences(page)
    expect(expected.length).toBeGreaterThan(20)
    expect(expected[0]).toBe('Geld für blinde Menschen:')
    await tabTo(page, '[data-read-aloud-toggle]')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator('[data-read-aloud]').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('idle')
    expect(await spoken(page)).toEqual(expected)
    // Independently of how the page is split: every line of the text is spoken, in the text's order.
    const lines = await page
      .locator('.ls-text .ls-block__text > .ls-line')
      .evaluateAll((ps) => ps.map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim().split('\u00b7').join('')))
    expect(lines.length).toBeGreaterThan(15)
    let at = 0
    for (const line of lines) {
      const found = (await spoken(page)).findIndex((s, i) => i >= at && line.startsWith(s))
      expect(found, line).toBeGreaterThanOrEqual(at)
      at = found + 1
    }
    // Words are spoken whole: no voice reads the Mediopunkt.
    expect((await spoken(page)).some((s) => s.includes('\u00b7'))).toBe(false)
    expect((await spoken(page)).join(' ')).toContain('Blindengeld')
  })

  it('pauses and resumes by keyboard, the sentence being read marked', async () => {
    const page = await open(STUB(false))
    const expected = await expectedSentences(page)
    await tabTo(page, '[data-read-aloud-toggle]')
    await page.keyboard.press('Enter')
    expect(await spoken(page)).toEqual([expected[0]])
    expect(await reading(page)).toEqual([await page.locator('h1').textContent()])
    await page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish())
    expect(await spoken(page)).toEqual(expected.slice(0, 2))
    const second = await reading(page)
    expect(second).toHaveLength(1)
    expect(second[0]!.split('\u00b7').join('')).toContain(expected[1]!)

    // Pause: the voice stops, the label says how to go on, the sentence stays marked.
    await page.keyboard.press('Enter')
    expect(await page.locator('[data-read-aloud]').getAttribute('data-state')).toBe('paused')
    expect(await page.locator('[data-read-aloud-toggle]').textContent()).toContain('Weiter vorlesen')
    expect(
      await page.evaluate(() => (window as unknown as { __speech: { cancelled: number } }).__speech.cancelled),
    ).toBe(1)
    expect(await reading(page)).toEqual(second)
    // Space resumes with the sentence that was cut off.
    await page.keyboard.press('Space')
    expect(await spoken(page)).toEqual([...expected.slice(0, 2), expected[1]])
    await page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish())
    expect((await spoken(page)).at(-1)).toBe(expected[2])

    // "Vorlesen beenden" by keyboard ends it and removes the mark.
    await tabTo(page, '[data-read-aloud-stop]')
    await page.keyboard.press('Enter')
    expect(await page.locator('[data-read-aloud]').getAttribute('data-state')).toBe('idle')
    expect(await reading(page)).toEqual([])
  })

  const voicesUsed = (page: Page) =>
    page.evaluate(() => (window as unknown as { __speech: { voices: (string | null)[] } }).__speech.voices)
  const state = (page: Page) => page.locator('[data-read-aloud]').getAttribute('data-state')

  it('waits for a voice list that is still empty at the first click, then reads with the German voice on the device', async () => {
    const page = await open(STUB(true, 'late'))
    const expected = await expectedSentences(page)
    await tabTo(page, '[data-read-aloud-toggle]')
    await page.keyboard.press('Enter')
    // Nothing is said before the browser has named its voices (Chrome's default may be an online voice).
    expect(await spoken(page)).toEqual([])
    await expect.poll(() => spoken(page), { timeout: 30_000 }).toEqual(expected)
    await expect.poll(() => state(page), { timeout: 30_000 }).toBe('idle')
    expect(new Set(await voicesUsed(page))).toEqual(new Set(['Lokale Stimme']))
  })

  for (const voices of ['remote', 'late-remote', 'never'] as const) {
    it(`never speaks with an online voice: without a German voice on the device the button says so (${voices})`, async () => {
      const page = await open(STUB(true, voices))
      const toggle = page.locator('[data-read-aloud-toggle]')
      if (voices === 'remote') {
        // The list is known from the start: the button is disabled before anyone tries.
        await expect.poll(() => toggle.isDisabled()).toBe(true)
      } else {
        await tabTo(page, '[data-read-aloud-toggle]')
        await page.keyboard.press('Enter')
        await expect.poll(() => toggle.isDisabled(), { timeout: 30_000 }).toBe(true)
      }
      expect(await page.locator('[data-read-aloud-status]').textContent()).toBe(deLs['readAloud.noVoice'])
      expect(await page.locator('[data-read-aloud-status]').isVisible()).toBe(true)
      await page.waitForTimeout(500)
      expect(await spoken(page)).toEqual([])
      expect(await state(page)).toBe('idle')
    })
  }

  it('is absent where the browser has no speech synthesis', async () => {
    const page = await open(WITHOUT)
    expect(await page.locator('[data-read-aloud-toggle]').isVisible()).toBe(false)
    expect(await page.locator('[data-read-aloud-toggle]').count()).toBe(0)
  })

  it('sends no request to another origin', () => {
    expect(requested.length).toBeGreaterThan(3)
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([])
  })

  it(
    'passes pa11y (axe + htmlcs) before, while and after reading, and without a voice',
    { timeout: 10 * 60_000 },
    async () => {
      const url = siteUrl + PAGE
      const toggle = 'click element [data-read-aloud-toggle]'
      // A query, not a fragment, tells the states apart: a tab that moves to another fragment keeps its page.
      const report = await pa11y([
        { url, init: STUB(false) },
        {
          url: `${url}?zustand=lesen`,
          init: STUB(false),
          actions: [toggle, 'wait for element [data-reading] to be visible'],
        },
        {
          url: `${url}?zustand=pause`,
          init: STUB(false),
          actions: [
            toggle,
            'wait for element [data-reading] to be visible',
            toggle,
            'wait for element .read-aloud[data-state=paused] to be visible',
          ],
        },
        // No German voice on the device: the disabled button and its note.
        {
          url: `${url}?zustand=ohne-stimme`,
          init: STUB(false, 'remote'),
          actions: ['wait for element [data-read-aloud-status]:not(:empty) to be visible'],
        },
      ])
      expect(report.failing).toEqual([])
      expect(report.total).toBe(4)
    },
  )
})
