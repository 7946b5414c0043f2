import puppeteer, { type Browser } from 'puppeteer'
import { firefoxPath } from './requirements.ts'

/** A word the browser split at a line end where it must not. */
export interface WordSplit {
  /** The word as written. */
  word: string
  /** The part on the first line. */
  before: string
  /** Closest element with an id or class, for the message. */
  where: string
}

/**
 * Runs in the page: every word (letters and digits; the Mediopunkt and soft
 * hyphens belong to the word) whose characters are laid out on more than one
 * line, except where the line ends right after a Mediopunkt ("Blinden·" /
 * "geld"). Hyphenation (hyphens: auto) and emergency breaks (overflow-wrap)
 * both show up this way, whatever the browser draws at the line end.
 * Addresses (e-mail, web) are not words and are left out, as is text nobody
 * sees (hidden, aria-hidden, visually hidden).
 */
export function findWordSplits(rootSelector: string): WordSplit[] {
  const root = document.querySelector(rootSelector) ?? document.body
  const splits: WordSplit[] = []
  const skip =
    'script,style,noscript,template,[hidden],[aria-hidden="true"],.visually-hidden,a[href^="mailto:"],a[href^="http"]'
  const range = document.createRange()
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const element = node.parentElement
    // Not laid out (a closed <details>, display: none): nobody sees it, and its boxes mean nothing.
    if (!element || element.closest(skip) || !element.checkVisibility({ visibilityProperty: true })) continue
    const text = node.data
    for (const match of text.matchAll(/[\p{L}\p{N}\u00b7\u00ad]{2,}/gu)) {
      let previousTop: number | null = null
      for (let i = match.index; i < match.index + match[0].length; i++) {
        range.setStart(node, i)
        range.setEnd(node, i + 1)
        const rect = [...range.getClientRects()].find((r) => r.width > 0)
        if (!rect) continue
        if (previousTop !== null && rect.top > previousTop + 2 && text[i - 1] !== '\u00b7') {
          const owner = element.closest('[id], [class]')
          splits.push({
            word: match[0],
            before: text.slice(match.index, i),
            where: owner ? `${owner.tagName.toLowerCase()}${owner.id ? `#${owner.id}` : `.${owner.classList[0]}`}` : '',
          })
          break
        }
        previousTop = rect.top
      }
    }
  }
  return splits
}

/**
 * Debian's Firefox ESR through WebDriver BiDi, which puppeteer speaks to the
 * installed browser (no browser download, no geckodriver).
 */
export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // A closed network: no update checks, no telemetry, no captive-portal probe.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.update.enabled': false,
    },
  })
}
