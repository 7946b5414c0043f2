import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { pa11yDefaults } from '../../plugins/publish-pipeline/gate.ts'
import { chromePath, hasChromium } from '../helpers/browser.ts'

const root = path.resolve(import.meta.dirname, '../..')
const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')

/** Every page of the built demo site, from its sitemap, as URLs of the test server. */
function sitemapUrls(): string[] {
  const xml = readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8')
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => siteUrl + new URL(m[1]).pathname)
}

/**
 * The finder's result pages (/wer-hilft-mir/<topic>/<kreis>/, topics × Kreise,
 * several hundred) are one template: every 25th of them is checked, plus all
 * other pages. Their widget states are checked in finder.e2e.test.ts.
 */
const FINDER_RESULT = /\/wer-hilft-mir\/[^/]+\/[^/]+\/$/
function sampled(urls: string[]): string[] {
  let n = 0
  return urls.filter((url) => !FINDER_RESULT.test(url) || n++ % 25 === 0)
}

interface Pa11yIssue {
  code: string
  type: string
  message: string
  selector: string
  runner: string
}

/**
 * pa11y-ci with the axe and HTML_CodeSniffer runners at WCAG 2 AA over every
 * page of the built demo site, in Debian's Chromium. No rule is ignored. The
 * settings are the publish pipeline's accessibility gate's (`pa11yDefaults`).
 */
describe.skipIf(!hasChromium)('accessibility of the built demo site (pa11y-ci)', () => {
  it('reports 0 errors on every page', { timeout: 40 * 60_000 }, async () => {
    const urls = sampled(sitemapUrls())
    expect(urls.length).toBeGreaterThan(100)
    const dir = mkdtempSync(path.join(tmpdir(), 'lotse-pa11y-'))
    const config = path.join(dir, 'pa11yci.json')
    writeFileSync(config, JSON.stringify({ defaults: pa11yDefaults(chromePath), urls }))
    const started = Date.now()
    const { code, stdout, stderr } = await run(path.join(root, 'node_modules', '.bin', 'pa11y-ci'), [
      '--config',
      config,
      '--json',
    ])
    rmSync(dir, { recursive: true, force: true })
    const report = JSON.parse(stdout) as {
      total: number
      passes: number
      errors: number
      results: Record<string, Pa11yIssue[]>
    }
    const failing = Object.entries(report.results)
      .filter(([, issues]) => issues.length > 0)
      .map(
        ([url, issues]) =>
          `${url}\n${issues.map((i) => `  [${i.runner}] ${i.code}: ${i.message} (${i.selector})`).join('\n')}`,
      )
    console.log(
      `pa11y-ci: ${report.total} pages, ${report.errors} errors, ${Math.round((Date.now() - started) / 1000)} s`,
    )
    expect(failing, stderr).toEqual([])
    expect(report.total).toBe(urls.length)
    expect(report.errors).toBe(0)
    expect(code).toBe(0)
  })
})

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}
