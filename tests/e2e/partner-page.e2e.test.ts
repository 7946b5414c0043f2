import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import type { OpenDataIndex } from '../../plugins/syndication/open-data-schemas.ts'
import { hasChromium } from '../helpers/browser.ts'
import { pa11y } from '../helpers/pa11y.ts'

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
    const report = await pa11y([`${siteUrl}/partner/`])
    expect(report.failing).toEqual([])
    expect(report.total).toBe(1)
    expect(report.errors).toBe(0)
  })
})
