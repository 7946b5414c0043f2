/// <reference path="./pa11y.d.ts" />
import { accessSync, constants, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Browser, Page } from 'puppeteer'
import type { Issue } from './findings.ts'
import { settings } from '../../config.ts'

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * Debian's Chromium (never a downloaded browser): CHROME_PATH when set, else
 * `chromium` (or `chromium-browser`) on the PATH; null when there is none.
 */
export function findChromium(): string | null {
  const configured = settings.CHROME_PATH
  if (configured) return executable(configured) ? configured : null
  for (const dir of settings.PATH.split(path.delimiter).filter(Boolean))
    for (const name of ['chromium', 'chromium-browser'])
      if (executable(path.join(dir, name))) return path.join(dir, name)
  return null
}

/** The Chromium to launch, or where it was expected (for messages). */
export const chromiumPath = () => findChromium() ?? settings.CHROME_PATH ?? '/usr/bin/chromium'

/** Flags for a headless Chromium on a closed network (no update checks, no sync, no sandbox as root). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/**
 * A page to check: its URL, or its URL with pa11y actions that bring it into
 * a state first, and optionally a script that runs before the page's own
 * (a stand-in for a browser API the state needs, such as speech synthesis; it
 * runs in the page's frames too) and cookies (a session).
 */
export type A11yTarget =
  | string
  | {
      url: string
      actions?: string[]
      init?: string
      /** Cookies of the page's origin, set before it loads (a logged-in session of the admin, for its tests). */
      cookies?: { name: string; value: string }[]
    }

/** The engines of the gate: axe and HTML_CodeSniffer at WCAG 2 AA, errors only, no rule ignored. */
export const gateRunners = ['axe', 'htmlcs'] as const
export type Runner = (typeof gateRunners)[number]

/** A page that could not be checked (it did not load, the browser failed): counts as a failure. */
export interface NotChecked {
  url: string
  error: string
}

export interface PageResult {
  url: string
  issues: Issue[]
}

/** The axe rule tags of the fast layer: WCAG 2.0–2.2 A and AA. */
export const axeWcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  tags: string[]
  targets: string[]
}

const require = createRequire(import.meta.url)
let axeSource: string | undefined

const urlOf = (target: A11yTarget) => (typeof target === 'string' ? target : target.url)

/**
 * One long-lived Chromium for many accessibility checks. Pages (tabs) are
 * reused: a check navigates an idle tab to the page (waiting for `load`, not
 * for pa11y's half-second of network silence: the static site loads nothing
 * after `load`) and runs pa11y in it, or axe alone for the fast layer of the
 * tests. `concurrency` tabs work at once.
 */
export class A11yBrowser {
  private readonly idle: Page[] = []
  /** Tabs that hold axe, by the origin of their document. */
  private readonly axeOrigin = new WeakMap<Page, string>()
  private readonly waiting: Array<(page: Page) => void> = []
  private open = 0

  private constructor(
    private readonly browser: Browser,
    readonly concurrency: number,
  ) {}

  static async launch({
    executablePath = chromiumPath(),
    concurrency = 2,
    protocolTimeout,
  }: { executablePath?: string; concurrency?: number; protocolTimeout?: number } = {}): Promise<A11yBrowser> {
    // Loaded when a check first runs, not with the CMS config that imports this module (every CMS process).
    const { default: puppeteer } = await import('puppeteer')
    // Over a pipe, not a WebSocket: Chromium ends when the pipe closes, so a process killed without a chance to
    // close it (SIGKILL, out of memory) leaves no browser behind (one outlived a test run).
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      args: chromiumArgs,
      protocolTimeout,
    })
    return new A11yBrowser(browser, Math.max(1, concurrency))
  }

  get connected(): boolean {
    return this.browser.connected
  }

  /** The browser's process id (for the test that a killed owner leaves no browser behind). */
  get pid(): number | undefined {
    return this.browser.process()?.pid
  }

  /** pa11y (axe and HTML_CodeSniffer by default, WCAG 2 AA, errors only) on one page. */
  async pa11y(target: A11yTarget, runners: readonly Runner[] = gateRunners): Promise<PageResult> {
    const url = urlOf(target)
    return this.withPage(async (page) => {
      const init = typeof target === 'string' ? undefined : target.init
      const cookies = typeof target === 'string' ? undefined : target.cookies
      if (cookies?.length) await page.setCookie(...cookies.map((cookie) => ({ ...cookie, url })))
      // Only for this check: the tab is reused for other pages afterwards.
      const script = init ? await page.evaluateOnNewDocument(init) : undefined
      try {
        await this.goto(page, url)
      } finally {
        if (script) await page.removeScriptToEvaluateOnNewDocument(script.identifier)
      }
      const { default: pa11y } = await import('pa11y')
      const result = await pa11y(url, {
        browser: this.browser,
        page,
        ignoreUrl: true,
        actions: typeof target === 'string' ? [] : (target.actions ?? []),
        runners: [...runners],
        standard: 'WCAG2AA',
        includeNotices: false,
        includeWarnings: false,
        timeout: 60_000,
        log: { debug: () => {}, error: () => {}, info: () => {} },
      })
      return {
        url,
        issues: result.issues.map((issue) => ({
          code: issue.code,
          message: issue.message,
          selector: issue.selector,
          type: issue.type,
          runner: issue.runner,
          ...(issue.context ? { context: issue.context.slice(0, 500) } : {}),
        })),
      }
    })
  }

  /**
   * axe-core alone with the given rule tags on one page: every violation,
   * whatever its impact. The first page of a tab is loaded and axe injected;
   * later pages of the same origin are written into that document
   * (`document.open`/`write`, which keeps the window and with it axe, after
   * moving the document's URL to the page's own), which halves the cost per
   * page for the many pages of the test layer.
   */
  async axe(url: string, tags: string[] = axeWcagTags): Promise<{ url: string; violations: AxeViolation[] }> {
    axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
    const source = axeSource
    const target = new URL(url)
    return this.withPage(async (page) => {
      if (this.axeOrigin.get(page) === target.origin) {
        const response = await fetch(url)
        const html = await response.text()
        await page.evaluate((to: string) => history.replaceState(null, '', to), target.pathname + target.search)
        await page.setContent(html, { waitUntil: 'load', timeout: 60_000 })
      } else {
        await this.goto(page, url)
        await page.evaluate(source)
        this.axeOrigin.set(page, target.origin)
      }
      const violations = await page.evaluate(async (runOnly: string[]) => {
        const axe = (globalThis as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeRun> } }).axe
        interface AxeRun {
          violations: Array<{
            id: string
            impact: string | null
            help: string
            tags: string[]
            nodes: Array<{ target: unknown[] }>
          }>
        }
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: runOnly },
          resultTypes: ['violations'],
        })
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          tags: v.tags,
          targets: v.nodes.map((n) => n.target.map(String).join(' ')),
        }))
      }, tags)
      return { url, violations }
    })
  }

  /**
   * Runs `check` over all targets, `concurrency` at a time. A page that
   * cannot be checked is tried once more in a fresh tab before it is
   * reported as not checked.
   */
  async all<T, R>(targets: T[], check: (target: T) => Promise<R>): Promise<Array<R | NotChecked>> {
    const results: Array<R | NotChecked> = new Array(targets.length)
    let next = 0
    const worker = async () => {
      while (next < targets.length) {
        const i = next++
        try {
          results[i] = await check(targets[i])
        } catch {
          try {
            results[i] = await check(targets[i])
          } catch (error) {
            results[i] = {
              url: urlOf(targets[i] as A11yTarget),
              error: error instanceof Error ? error.message : String(error),
            }
          }
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(this.concurrency, targets.length) }, worker))
    return results
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {})
  }

  /** Error pages (404, a refused form) are checked like any other page: what the visitor sees counts. */
  private async goto(page: Page, url: string): Promise<void> {
    this.axeOrigin.delete(page)
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 })
  }

  /** Lends an idle tab (opening one while fewer than `concurrency` are open); a tab that failed is closed, not reused. */
  private async withPage<R>(run: (page: Page) => Promise<R>): Promise<R> {
    const page = await this.acquire()
    let healthy = false
    try {
      const result = await run(page)
      healthy = true
      return result
    } finally {
      if (healthy && !page.isClosed()) this.releasePage(page)
      else {
        this.open--
        await page
          .browserContext()
          .close()
          .catch(() => {})
        this.wakeNext()
      }
    }
  }

  private async acquire(): Promise<Page> {
    const page = this.idle.pop()
    if (page) return page
    if (this.open < this.concurrency) {
      this.open++
      try {
        return await this.newTab()
      } catch (error) {
        this.open--
        throw error
      }
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  /**
   * A tab in a window of its own (a browser context of its own): tabs of one
   * window are in the background but one, and Chromium holds back a background
   * tab's rendering, so pa11y's "click element" waited there for the protocol
   * timeout (180 s) before the page was checked again.
   */
  private async newTab(): Promise<Page> {
    const context = await this.browser.createBrowserContext()
    try {
      return await context.newPage()
    } catch (error) {
      await context.close().catch(() => {})
      throw error
    }
  }

  private releasePage(page: Page): void {
    const waiter = this.waiting.shift()
    if (waiter) waiter(page)
    else this.idle.push(page)
  }

  /** A tab was closed: a waiting check may open a new one. */
  private wakeNext(): void {
    const waiter = this.waiting.shift()
    if (!waiter) return
    this.open++
    this.newTab().then(waiter, () => {
      this.open--
      this.wakeNext()
    })
  }
}
