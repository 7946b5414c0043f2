import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ChecksFailed } from '../findings.ts'
import { requires } from '../../../tests/helpers/requirements.ts'
import { changedEntries, readTemplates, runGate, selectPages, templateOf } from '../gate.ts'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const dirs: string[] = []
const env = { CHROME_PATH: process.env.CHROME_PATH, LOTSE_A11Y_GATE: process.env.LOTSE_A11Y_GATE }
beforeEach(() => {
  delete process.env.LOTSE_A11Y_GATE
})
afterEach(async () => {
  for (const [key, value] of Object.entries(env))
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lotse-gate-'))
  dirs.push(dir)
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), content)
  }
  return dir
}

/** An Astro pages folder like the site's. */
const pagesFixture = () =>
  folder({
    'index.astro': '',
    '404.astro': '',
    'suche.astro': '',
    'leistungen/index.astro': '',
    'leistungen/[slug].astro': '',
    'videos/[slug]/index.astro': '',
    'videos/[slug]/untertitel.vtt.ts': '',
    'hilfe/index.mdx': '',
    'hilfe/tastatur.mdx': '',
    'sitemap.xml.ts': '',
    '_entwurf.astro': '',
    'archiv/[...pfad].astro': '',
  })

const html = (text: string) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${text}</title></head><body><main><h1>${text}</h1></main></body></html>`

/** A release with services a, b, c (c the largest), videos, help pages and a page no route knows. */
const release = (changes: Record<string, string> = {}) =>
  folder({
    'index.html': html('Start'),
    '404.html': html('Nicht gefunden'),
    'suche/index.html': html('Suche'),
    'leistungen/index.html': html('Leistungen'),
    'leistungen/a/index.html': html('A'),
    'leistungen/b/index.html': html('B'),
    'leistungen/c/index.html': html('C mit einem viel längeren Text als die anderen'),
    'videos/v/index.html': html('Video'),
    'videos/v/untertitel.vtt': 'WEBVTT\n',
    'hilfe/index.html': html('Hilfe'),
    'hilfe/tastatur/index.html': html('Tastatur'),
    'extra/x/index.html': html('Ohne Vorlage'),
    'pagefind/pagefind.js': '',
    ...changes,
  })

describe('page templates', () => {
  it('are read from the pages folder: one per page file, endpoints and _files left out', async () => {
    const templates = await readTemplates(await pagesFixture())
    expect(templates.map((t) => t.name).sort()).toEqual([
      '404.astro',
      'archiv/[...pfad].astro',
      'hilfe/index.mdx',
      'hilfe/tastatur.mdx',
      'index.astro',
      'leistungen/[slug].astro',
      'leistungen/index.astro',
      'suche.astro',
      'videos/[slug]/index.astro',
    ])
    const of = (page: string) => templateOf(page, templates)
    expect(of('/')).toBe('index.astro')
    expect(of('/404.html')).toBe('404.astro')
    expect(of('/leistungen/')).toBe('leistungen/index.astro')
    expect(of('/leistungen/eingliederungshilfe/')).toBe('leistungen/[slug].astro')
    expect(of('/videos/gebaerdensprache/')).toBe('videos/[slug]/index.astro')
    expect(of('/hilfe/tastatur/')).toBe('hilfe/tastatur.mdx')
    expect(of('/archiv/2025/alt/')).toBe('archiv/[...pfad].astro')
    // Unknown to the pages folder: grouped by folder.
    expect(of('/extra/x/')).toBe('/extra/*/')
    expect(of('/extra/')).toBe('/extra/')
  })

  it('of the real site cover every page kind of the issue', async () => {
    const names = (await readTemplates(path.join(repoRoot, 'site', 'pages'))).map((t) => t.name)
    for (const name of [
      'index.astro',
      '404.astro',
      'suche.astro',
      'leistungen/[slug].astro',
      'leichte-sprache/[slug].astro',
      'standorte/[slug].astro',
      'themen/[slug].astro',
      'dezernate/[slug].astro',
      'videos/[slug]/index.astro',
      'seiten/[slug].astro',
      'leistungen/index.astro',
      'hilfe/tastatur.mdx',
    ])
      expect(names).toContain(name)
  })
})

describe('page selection', () => {
  it('checks the changed and new pages plus one page of every other template', async () => {
    const templates = await readTemplates(await pagesFixture())
    const live = await release({ 'leistungen/alt/index.html': html('Entfernt') })
    const dir = await release({
      'leistungen/a/index.html': html('A geändert'),
      'leistungen/neu/index.html': html('Neu'),
    })
    const selection = await selectPages({ dir, liveDir: live, mode: 'changed', templates })
    expect(selection.changed).toEqual(['/leistungen/a/', '/leistungen/neu/'])
    expect(selection.total).toBe(12)
    // The service template is covered by the changed pages; every other template once.
    expect(selection.checked).toEqual([
      '/404.html',
      '/extra/x/',
      '/hilfe/',
      '/hilfe/tastatur/',
      '/',
      '/leistungen/a/',
      '/leistungen/',
      '/leistungen/neu/',
      '/suche/',
      '/videos/v/',
    ])
  })

  it('checks one page per template, the largest, on the first release', async () => {
    const templates = await readTemplates(await pagesFixture())
    const selection = await selectPages({ dir: await release(), liveDir: null, mode: 'changed', templates })
    expect(selection.changed).toHaveLength(11)
    expect(selection.checked).toContain('/leistungen/c/')
    expect(selection.checked).not.toContain('/leistungen/a/')
    expect(selection.checked).toHaveLength(9)
  })

  it('checks every page in full mode, and nothing changed gives just the templates', async () => {
    const templates = await readTemplates(await pagesFixture())
    const dir = await release()
    const full = await selectPages({ dir, liveDir: await release(), mode: 'full', templates })
    expect(full.changed).toEqual([])
    expect(full.checked).toHaveLength(11)
    const same = await selectPages({ dir, liveDir: await release(), mode: 'changed', templates })
    expect(same.checked).toHaveLength(9)
  })
})

describe('accessibility gate', () => {
  const good = (title: string) =>
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>Ein Text.</p></main></body></html>`

  it('is skipped with a loud warning when Chromium is missing', async () => {
    process.env.CHROME_PATH = '/nonexistent/chromium'
    const dir = await folder({ 'index.html': good('Start') })
    const report = await runGate({ dir, liveDir: null, root: repoRoot })
    expect(report.findings).toEqual([])
    expect(report.pagesChecked).toBeUndefined()
    expect(report.warnings).toHaveLength(1)
    expect(report.warnings[0]).toContain('übersprungen')
    expect(report.warnings[0]).toContain('/nonexistent/chromium')
  })

  it('fails without Chromium under LOTSE_A11Y_GATE=strict', async () => {
    process.env.CHROME_PATH = '/nonexistent/chromium'
    process.env.LOTSE_A11Y_GATE = 'strict'
    const dir = await folder({ 'index.html': good('Start') })
    const failure = await runGate({ dir, liveDir: null, root: repoRoot }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ChecksFailed)
    expect((failure as ChecksFailed).message).toContain('LOTSE_A11Y_GATE=strict')
    expect((failure as ChecksFailed).report.warnings[0]).toContain(
      'Chromium wurde unter /nonexistent/chromium nicht gefunden',
    )
  })

  it('is off with a warning under LOTSE_A11Y_GATE=off', async () => {
    process.env.LOTSE_A11Y_GATE = 'off'
    const dir = await folder({ 'index.html': '<p>kein Dokument' })
    const report = await runGate({ dir, liveDir: null, root: repoRoot })
    expect(report.warnings[0]).toContain('LOTSE_A11Y_GATE=off')
  })

  it.skipIf(!requires('chromium'))(
    'names the page and the pa11y findings of an accessibility error, and passes the others',
    { timeout: 300_000 },
    async () => {
      const live = await folder({ 'index.html': good('Start'), 'seiten/a/index.html': good('A') })
      const dir = await folder({
        'index.html': good('Start'),
        'seiten/a/index.html': good('A'),
        // An unlabelled text field: an error for both axe and HTML_CodeSniffer.
        'seiten/b/index.html': good('B').replace('</main>', '<input type="text" name="ohne-beschriftung"></main>'),
      })
      const failure = await runGate({ dir, liveDir: live, root: repoRoot }).catch((e: unknown) => e)
      expect(failure).toBeInstanceOf(ChecksFailed)
      const { report } = failure as ChecksFailed
      expect(report.pagesChanged).toBe(1)
      // The new page (it stands for the site's seiten/[slug].astro) and one page of index.astro.
      expect(report.pagesChecked).toBe(2)
      expect(report.findings.map((f) => f.page)).toEqual(['/seiten/b/'])
      const issues = report.findings[0].issues
      expect(new Set(issues.map((i) => i.runner))).toEqual(new Set(['axe', 'htmlcs']))
      for (const issue of issues) {
        expect(issue.type).toBe('error')
        expect(issue.selector).toMatch(/input/)
        expect(issue.code).toBeTruthy()
      }
    },
  )
})

/** A list page like the site's service lists (site/components/ServiceList). */
const listPage = (entries: string[], extra = '') =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Leistungen</title></head><body><main><h1>Leistungen</h1>${extra}<ul class="item-list">${entries.join('')}</ul></main></body></html>`
const entry = (slug: string, name: string, teaser: string) =>
  `<li class="item-list__item"><h2 class="item-list__title"><a href="/leistungen/${slug}/">${name}</a></h2><p class="item-list__text">${teaser}</p></li>`
const entries = (count: number) =>
  Array.from({ length: count }, (_, i) => entry(`l${i}`, `Leistung ${i}`, `Kurztext ${i}.`))

describe('list pages checked as their changed entries', () => {
  it('leaves out the entries the live page has byte for byte, keeps the changed and new ones and the frame', () => {
    const live = entries(5)
    const changed = [...live]
    changed[2] = entry('l2', 'Leistung 2', 'Ein neuer Kurztext.')
    changed.push(entry('neu', 'Neue Leistung', 'Ganz neu.'))
    const reduced = changedEntries(listPage(changed), listPage(live))
    expect(reduced).toBe(listPage([changed[2], changed[5]]))
  })

  it('checks the page whole when more than entries changed or nothing could be left out', () => {
    const live = entries(3)
    // The frame differs: a new paragraph beside the list.
    expect(changedEntries(listPage(live, '<p>Neu.</p>'), listPage(live))).toBeNull()
    // Every entry differs.
    expect(changedEntries(listPage(live.map((e) => e.replace('Kurztext', 'Text'))), listPage(live))).toBeNull()
    // No list at all.
    expect(changedEntries('<html><body><p>a</p></body></html>', '<html><body><p>b</p></body></html>')).toBeNull()
  })

  it.skipIf(!requires('chromium'))(
    'a changed teaser passes as its entry; an entry whose link has no text still fails the page',
    { timeout: 300_000 },
    async () => {
      const before = entries(40)
      const live = await folder({ 'leistungen/index.html': listPage(before) })
      const teaser = [...before]
      teaser[7] = entry('l7', 'Leistung 7', 'Jetzt auch am Abend.')
      const dir = await folder({ 'leistungen/index.html': listPage(teaser) })
      const report = await runGate({ dir, liveDir: live, root: repoRoot, changed: ['/leistungen/'] })
      expect(report.findings).toEqual([])
      expect(report.pagesChecked).toBe(1)
      expect(report.pagesCheckedAsChanges).toBe(1)

      const blank = [...before]
      blank[7] = entry('l7', ' ', 'Kurztext 7.')
      const faulty = await folder({ 'leistungen/index.html': listPage(blank) })
      const failure = await runGate({ dir: faulty, liveDir: live, root: repoRoot, changed: ['/leistungen/'] }).catch(
        (e: unknown) => e,
      )
      expect(failure).toBeInstanceOf(ChecksFailed)
      const { report: failed } = failure as ChecksFailed
      expect(failed.pagesCheckedAsChanges).toBe(1)
      expect(failed.findings.map((f) => f.page)).toEqual(['/leistungen/'])
      expect(failed.findings[0].issues.some((i) => /a\b|link/i.test(`${i.selector} ${i.code}`))).toBe(true)
    },
  )
})
