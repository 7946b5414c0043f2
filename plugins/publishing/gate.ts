import { existsSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { A11yBrowser, chromiumPath, findChromium, type NotChecked, type PageResult } from './a11y-browser.ts'
import { ChecksFailed, issueCount, pagePath, type CheckReport, type Finding, type Issue } from './findings.ts'
import { serveFolder, siteSecurityHeaders } from './serve.ts'
import { htmlFiles, type HtmlFile } from './site-files.ts'
import { settings } from '../../config.ts'

/**
 * Which pages the accessibility gate checks: `changed` (the pages whose HTML
 * differs from the live release, plus one page of each template), `full`
 * (every page) or `off`.
 */
export type A11yMode = 'changed' | 'full' | 'off'

/** An Astro page route: the source file below site/pages and the site paths it builds. */
export interface Template {
  /** `leistungen/[slug].astro`, or for a folder-derived template `/leistungen/*\/`. */
  name: string
  pattern: RegExp
  /** Static routes win over dynamic ones, fewer parameters over more (Astro's priority, simplified). */
  rank: number
}

const pageExtensions = /\.(astro|md|mdx|markdown|html)$/

/**
 * The page templates of an Astro project, read from its pages folder: one per
 * page file (`leistungen/[slug].astro` builds `/leistungen/<slug>/`). Endpoints
 * (`sitemap.xml.ts`) and `_`-prefixed files are not pages.
 */
export async function readTemplates(pagesDir: string): Promise<Template[]> {
  const entries = await readdir(pagesDir, { recursive: true, withFileTypes: true }).catch(() => [])
  const templates: Template[] = []
  for (const entry of entries) {
    if (!entry.isFile() || !pageExtensions.test(entry.name)) continue
    const file = path.relative(pagesDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    const segments = file.replace(pageExtensions, '').split('/')
    if (segments.some((s) => s.startsWith('_'))) continue
    if (segments.at(-1) === 'index') segments.pop()
    let params = 0
    const parts = segments.map((segment) =>
      segment.replace(/\[(\.\.\.)?[^\]]+\]|[^[]+/g, (part, rest?: string) => {
        if (!part.startsWith('[')) return part.replace(/[.*+?^${}()|\\]/g, '\\$&')
        params++
        return rest ? '.*' : '[^/]+'
      }),
    )
    // Error pages are built as files (`404.html`), all other pages as folders (`x/index.html`).
    const source =
      segments.length === 1 && /^(404|500)$/.test(segments[0])
        ? `^/${segments[0]}\\.html$`
        : `^/${parts.map((p) => `${p}/`).join('')}$`.replace('^//', '^/')
    templates.push({ name: file, pattern: new RegExp(source), rank: params })
  }
  return templates.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
}

/** The template of a page: the best matching route, else its folder (`/x/y/` → `/x/*\/`). */
export function templateOf(page: string, templates: Template[]): string {
  const route = templates.find((t) => t.pattern.test(page))
  if (route) return route.name
  const segments = page.split('/').filter(Boolean)
  return segments.length < 2 ? page : `/${segments.slice(0, -1).join('/')}/*/`
}

export interface PageSelection {
  /** Pages of the new release that are new or differ from the live one. */
  changed: string[]
  /** The pages to check, in site paths (`/leistungen/x/`). */
  checked: string[]
  /** How many HTML pages the release has. */
  total: number
}

/**
 * Picks the pages the gate checks: in `full` mode every page; otherwise the
 * pages whose HTML differs from the live release (new pages count, removed
 * ones do not) plus one page of each template not already among them (the
 * largest, which shows the most components). Without a live release only
 * one page per template.
 */
export async function selectPages({
  dir,
  liveDir,
  mode,
  templates,
}: {
  dir: string
  liveDir: string | null
  mode: 'changed' | 'full'
  templates: Template[]
}): Promise<PageSelection> {
  const pages = await htmlFiles(dir)
  const live = liveDir && existsSync(liveDir) ? new Map((await htmlFiles(liveDir)).map((p) => [p.file, p.hash])) : null
  const changed = pages.filter((p) => live?.get(p.file) !== p.hash)
  if (mode === 'full')
    return {
      changed: changed.map((p) => pagePath(p.file)),
      checked: pages.map((p) => pagePath(p.file)),
      total: pages.length,
    }
  const checked = new Set(live ? changed.map((p) => p.file) : [])
  const byTemplate = new Map<string, HtmlFile[]>()
  for (const page of pages) {
    const template = templateOf(pagePath(page.file), templates)
    byTemplate.set(template, [...(byTemplate.get(template) ?? []), page])
  }
  for (const members of byTemplate.values()) {
    if (members.some((m) => checked.has(m.file))) continue
    const largest = members.reduce((a, b) => (b.size > a.size ? b : a))
    checked.add(largest.file)
  }
  const order = (files: Iterable<string>) => [...files].sort().map(pagePath)
  return { changed: order(changed.map((p) => p.file)), checked: order(checked), total: pages.length }
}

export interface GateOptions {
  /** The release folder to check (the staging folder). */
  dir: string
  /** The live release folder, or null for the first release. */
  liveDir: string | null
  /** The Astro project root: its site/pages tell the templates. */
  root: string
  mode?: A11yMode
  /**
   * The pages of an incremental release whose bytes differ from the live
   * ones (site paths). With them, exactly these pages are checked: the
   * site's code is unchanged, so the templates were checked before. Null
   * (a full release: new code, or the first release) selects the pages whose
   * HTML differs from the live release plus one page of each template.
   */
  changed?: string[] | null
  /** How many pages the release has (for the record; an incremental release does not read them all). */
  totalPages?: number
  /**
   * sha1 of pages that passed the gate before with the same site code: a
   * changed page that is byte for byte one of them needs no new check.
   */
  passed?: ReadonlySet<string>
  log?: (line: string) => void
}

/** What the gate tells the pipeline besides the record: the pages that passed now, for `passed` next time. */
export type GateReport = CheckReport & { passedHashes: string[] }

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * The accessibility gate: serves the release on a temporary 127.0.0.1 port
 * and runs pa11y (axe and HTML_CodeSniffer, WCAG 2 AA) over the selected
 * pages in one Chromium. Returns the counts and warnings;
 * throws `ChecksFailed` with the findings per page when pa11y reports an
 * error. Without Chromium the gate is skipped with a warning, unless
 * LOTSE_A11Y_GATE=strict; LOTSE_A11Y_GATE=off switches it off.
 */
export async function runGate({
  dir,
  liveDir,
  root,
  mode = 'changed',
  changed = null,
  totalPages,
  passed,
  log = () => {},
}: GateOptions): Promise<GateReport> {
  const setting: string = settings.LOTSE_A11Y_GATE ?? ''
  const warnings: string[] = []
  if (setting && setting !== 'strict' && setting !== 'off')
    warnings.push(`LOTSE_A11Y_GATE=${setting} ist kein gültiger Wert (erlaubt: strict, off) und wird nicht beachtet.`)
  if (setting === 'off' || mode === 'off') {
    const why = setting === 'off' ? 'LOTSE_A11Y_GATE=off' : 'für diesen Lauf abgeschaltet'
    warnings.push(
      `Die Barrierefreiheitsprüfung wurde nicht ausgeführt (${why}). Die Seiten sind ungeprüft veröffentlicht.`,
    )
    log(`!!! accessibility gate OFF (${setting === 'off' ? 'LOTSE_A11Y_GATE=off' : 'option'}): pages are not checked`)
    return { findings: [], warnings, passedHashes: [] }
  }
  const executablePath = chromiumPath()
  if (!findChromium()) {
    if (setting === 'strict')
      throw new ChecksFailed(`Chromium not found at ${executablePath} and LOTSE_A11Y_GATE=strict`, {
        findings: [],
        warnings: [
          `Chromium wurde unter ${executablePath} nicht gefunden; mit LOTSE_A11Y_GATE=strict darf ohne Barrierefreiheitsprüfung nichts veröffentlicht werden. Bitte installieren Sie das Debian-Paket „chromium“ oder setzen Sie CHROME_PATH.`,
        ],
      })
    warnings.push(
      `ACHTUNG: Die Barrierefreiheitsprüfung wurde übersprungen, weil Chromium unter ${executablePath} nicht gefunden wurde. Die Seiten sind ungeprüft veröffentlicht. Bitte installieren Sie das Debian-Paket „chromium“ oder setzen Sie CHROME_PATH (mit LOTSE_A11Y_GATE=strict schlägt die Veröffentlichung dann fehl).`,
    )
    log(
      `!!! accessibility gate SKIPPED: Chromium not found at ${executablePath} (set CHROME_PATH; LOTSE_A11Y_GATE=strict makes this fail)`,
    )
    return { findings: [], warnings, passedHashes: [] }
  }

  const selection =
    mode === 'changed' && changed
      ? { changed, checked: changed, total: totalPages ?? changed.length }
      : await selectPages({ dir, liveDir, mode, templates: await readTemplates(path.join(root, 'site', 'pages')) })
  // A page byte for byte like one that passed before (a change taken back, a list in an earlier order) passes again.
  const hashes = new Map<string, string>()
  for (const page of selection.checked)
    hashes.set(
      page,
      createHash('sha1')
        .update(await readFile(path.join(dir, fileOfPage(page))))
        .digest('hex'),
    )
  const alreadyPassed = selection.checked.filter((page) => passed?.has(hashes.get(page)!))
  if (alreadyPassed.length) {
    selection.checked = selection.checked.filter((page) => !alreadyPassed.includes(page))
    log(`gate: ${alreadyPassed.length} changed page(s) are byte for byte pages that passed before`)
  }
  if (!liveDir && mode !== 'full') {
    // Shown to staff in "Veröffentlichungen": what it means and what happens next; the command only in the log.
    warnings.push(
      `Erste Veröffentlichung: Die Barrierefreiheitsprüfung hat nur je eine Seite pro Seitenvorlage geprüft (${plural(selection.checked.length, 'Seite', 'Seiten')} von ${selection.total}). Die übrigen Seiten werden geprüft, sobald ihre Inhalte geändert und veröffentlicht werden. Sie müssen nichts tun; eine vollständige Prüfung aller Seiten kann die technische Betreuung jederzeit starten.`,
    )
    log('gate: first release, one page per template checked; check every page with: npm run build:site -- --a11y=full')
  }
  const report: CheckReport = {
    pagesChanged: selection.changed.length,
    pagesChecked: selection.checked.length,
    findings: [],
    warnings,
  }
  log(
    `gate: ${selection.changed.length} of ${selection.total} pages changed, checking ${selection.checked.length} (${mode})`,
  )
  const passedHashes = () => selection.checked.map((page) => hashes.get(page)!)
  if (!selection.checked.length) return { ...report, passedHashes: [] }

  // A list page a content change altered is checked as its altered entries in the page's unchanged frame.
  const reduced = new Map<string, string>()
  if (changed && liveDir)
    for (const page of selection.checked) {
      const live = await readFile(path.join(liveDir, fileOfPage(page)), 'utf8').catch(() => null)
      const entries =
        live === null ? null : changedEntries(await readFile(path.join(dir, fileOfPage(page)), 'utf8'), live)
      if (entries !== null) reduced.set(page, entries)
    }
  if (reduced.size) {
    report.pagesCheckedAsChanges = reduced.size
    log(`gate: ${reduced.size} list page(s) checked as their changed entries: ${[...reduced.keys()].join(', ')}`)
  }
  const files = serveFolder(dir)
  const server = createServer((req, res) => {
    const page = reduced.get(new URL(req.url ?? '/', 'http://gate').pathname)
    if (page === undefined) files.emit('request', req, res)
    else res.writeHead(200, { ...siteSecurityHeaders(), 'content-type': 'text/html; charset=utf-8' }).end(page)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    const urls = selection.checked.map((page) => new URL(page, base).href)
    const browser = await warmBrowser(executablePath)
    const results: Array<PageResult | NotChecked> = await browser.all(urls, (url) => browser.pa11y(url))
    for (const [i, result] of results.entries()) {
      const page = selection.checked[i]
      if ('error' in result) report.findings.push({ page, issues: [notTested(result.error)] })
      else if (result.issues.length) report.findings.push({ page, issues: result.issues })
    }
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
  if (report.findings.length) {
    const n = issueCount(report.findings)
    throw new ChecksFailed(
      `pa11y found ${n} error${n === 1 ? '' : 's'} on ${plural(report.findings.length, 'page', 'pages')}: ${summarisePages(report.findings)}`,
      report,
    )
  }
  return { ...report, passedHashes: passedHashes() }
}

/**
 * One entry of a list of services (site/components/ServiceList): what a content change alters on a list page.
 * A regular expression, not an HTML parser, on purpose: the entries are compared byte for byte with the live
 * page's, and our own component writes them in this one form (no nesting of `li` in an entry).
 */
const LIST_ENTRY = /<li class="item-list__item"[^>]*>[\s\S]*?<\/li>/g

/**
 * A changed list page reduced to what the change altered: the entries the
 * live page has byte for byte are left out, everything else is kept. At
 * 5,000 services the A–Z list, a department's and a topic's page carry
 * hundreds to thousands of entries (the A–Z list all 5,000); checking them whole
 * took 35–45 s of every publish in Chromium, for one changed teaser. The
 * entries left out are live content the templates render the same way (the
 * site's code is unchanged, else the release is a full one); the altered
 * ones are checked in the page's own frame. Null when the page must be
 * checked whole: something besides entries differs from the live page, or
 * no entry could be left out.
 */
export function changedEntries(page: string, live: string): string | null {
  const liveEntries = new Set(live.match(LIST_ENTRY) ?? [])
  if (!liveEntries.size || page.replace(LIST_ENTRY, '') !== live.replace(LIST_ENTRY, '')) return null
  let left = 0
  const reduced = page.replace(LIST_ENTRY, (entry) => {
    if (!liveEntries.has(entry)) return entry
    left++
    return ''
  })
  return left ? reduced : null
}

/** The file of a page path in a release: `/x/` → `x/index.html`. */
const fileOfPage = (page: string) => (page.endsWith('/') ? `${page}index.html` : page).replace(/^\/+/, '')

let warm: { browser: Promise<A11yBrowser>; path: string; idle: NodeJS.Timeout | null } | null = null
/** The gate's Chromium stays open this long after a check, for the next publish. */
const WARM_MS = 10 * 60_000

/** One Chromium for all checks of this process, started on first use and closed after some idle minutes. */
async function warmBrowser(executablePath: string): Promise<A11yBrowser> {
  if (warm && warm.path !== executablePath) await closeGateBrowser()
  if (warm) {
    const browser = await warm.browser.catch(() => null)
    if (!browser?.connected) warm = null
  }
  warm ??= { browser: A11yBrowser.launch({ executablePath }), path: executablePath, idle: null }
  const entry = warm
  if (entry.idle) clearTimeout(entry.idle)
  entry.idle = setTimeout(() => void closeGateBrowser(), WARM_MS)
  entry.idle.unref()
  return entry.browser
}

/**
 * Starts the gate's Chromium while the earlier steps of a build run, so a
 * publish after an idle spell does not wait for the launch (about 1–3 s) at
 * the gate. Does nothing when the gate is off or Chromium is missing (the
 * gate itself reports that).
 */
export function prewarmGateBrowser(mode: A11yMode): void {
  if (mode === 'off' || settings.LOTSE_A11Y_GATE === 'off' || !findChromium()) return
  warmBrowser(chromiumPath()).catch(() => {
    // The gate launches it again and reports the error there.
  })
}

/** Closes the gate's Chromium (tests, shutdown). */
export async function closeGateBrowser(): Promise<void> {
  const entry = warm
  warm = null
  if (!entry) return
  if (entry.idle) clearTimeout(entry.idle)
  await (await entry.browser.catch(() => null))?.close()
}

const notTested = (message: string): Issue => ({
  code: 'not-tested',
  message: `Die Seite konnte nicht geprüft werden: ${message}`,
  selector: 'html',
  type: 'error',
})

/** `/a/, /b/, …` for a message. */
export function summarisePages(findings: Finding[], max = 5): string {
  const pages = findings.map((f) => f.page)
  return pages.slice(0, max).join(', ') + (pages.length > max ? `, … (+${pages.length - max})` : '')
}
