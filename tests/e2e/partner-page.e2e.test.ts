import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import type { OpenDataIndex } from '../../plugins/syndication/open-data-schemas.ts'
import { chromeArgs, chromePath, hasChromium } from '../helpers/browser.ts'

const root = path.resolve(import.meta.dirname, '../..')
const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')
const html = readFileSync(path.join(siteDir, 'partner', 'index.html'), 'utf8')
const text = html
  .replace(/<[^>]+>/g, ' ')
  .replace(/&#123;/g, '{')
  .replace(/&#125;/g, '}')
  .replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>')
  .replace(/&quot;|&#34;/g, '"')
  .replace(/&amp;/g, '&')

describe('partner documentation page (/partner/)', () => {
  it('is linked from the footer of every page and listed in the sitemap', () => {
    const home = readFileSync(path.join(siteDir, 'index.html'), 'utf8')
    expect(home).toMatch(/<footer[\s\S]*href="\/partner\/"[\s\S]*<\/footer>/)
    expect(readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8')).toContain('/partner/</loc>')
  })

  it('describes every output with copy-paste examples', () => {
    const index = JSON.parse(readFileSync(path.join(siteDir, 'api/v1/index.json'), 'utf8')) as OpenDataIndex
    for (const dataset of index.datasets) expect(text).toContain(dataset.path.replace('/api/v1/', ''))
    for (const file of ['index.json', 'changes.json', 'openapi.json', 'services/{slug}.json', 'services/id/{id}.json'])
      expect(text).toContain(file)
    for (const topic of ['/api/hsds/', 'HSDS 3.0', 'JSON-LD', 'GovernmentService', 'Access-Control-Allow-Origin'])
      expect(text).toContain(topic)
    // The examples name this release's address and a real service of it.
    const slug = /data-service="([a-z0-9-]+)"/.exec(text)![1]
    expect(JSON.parse(readFileSync(path.join(siteDir, 'api/v1/services', `${slug}.json`), 'utf8'))).toBeTruthy()
    expect(text).toMatch(/<script src="https?:\/\/[^"]+\/embed\/lotse\.js" data-service="[a-z0-9-]+" async><\/script>/)
    expect(text).toMatch(/curl -s https?:\/\/\S+\/api\/v1\/index\.json/)
  })

  it.skipIf(!hasChromium)('passes pa11y (axe and HTML_CodeSniffer, WCAG 2 AA)', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lotse-pa11y-partner-'))
    const config = path.join(dir, 'pa11yci.json')
    writeFileSync(
      config,
      JSON.stringify({
        defaults: {
          runners: ['axe', 'htmlcs'],
          standard: 'WCAG2AA',
          timeout: 120_000,
          concurrency: 1,
          chromeLaunchConfig: { executablePath: chromePath, args: chromeArgs },
        },
        urls: [`${siteUrl}/partner/`],
      }),
    )
    const { stdout, stderr } = await run(path.join(root, 'node_modules', '.bin', 'pa11y-ci'), [
      '--config',
      config,
      '--json',
    ])
    rmSync(dir, { recursive: true, force: true })
    const report = JSON.parse(stdout) as {
      total: number
      errors: number
      results: Record<string, { code: string; message: string; selector: string; runner: string }[]>
    }
    expect(
      Object.values(report.results)
        .flat()
        .map((i) => `[${i.runner}] ${i.code}: ${i.message} (${i.selector})`),
      stderr,
    ).toEqual([])
    expect(report.total).toBe(1)
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
