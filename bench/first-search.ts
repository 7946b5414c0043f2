/**
 * First-search weight (issue 14: "first search on the 5,000-service site ≤
 * 150 KB"): serves a release folder on 127.0.0.1 with the site's own static
 * server, opens /suche/ in Debian's Chromium, types a query as a citizen does,
 * waits until the results show and sums what was transferred from the page
 * load until then — HTML, CSS, JS, Pagefind's wasm, metadata, index chunks
 * and fragments — in total and per kind.
 *
 * The static server sends files as they are (no gzip): `totalBytes` is what a
 * server without compression transfers; `gzippedBytes` what the README's nginx
 * configuration (gzip for HTML, CSS, JS, JSON) would send. Pagefind's wasm,
 * index chunks and fragments are gzipped by Pagefind itself and count as they are.
 */
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { chromium, type Request } from 'playwright-core'
import { chromiumArgs, chromiumPath, serveFolder } from '../plugins/publishing/index.ts'

export const firstSearchTarget = {
  /** All bytes loaded until the results show, on the 5,000-service site. */
  bytesMax: 150 * 1024,
}

export type ResourceKind =
  | 'html'
  | 'css'
  | 'js'
  | 'pagefind-wasm'
  | 'pagefind-meta'
  | 'pagefind-index'
  | 'pagefind-fragment'
  | 'pagefind-filter'
  | 'other'

export interface FirstSearchBytes {
  query: string
  /** Results the search page listed. */
  results: number
  /** Bytes transferred (response headers and bodies as sent) until the results showed. */
  totalBytes: number
  /** Body bytes per kind of resource. */
  bytesByKind: Record<ResourceKind, number>
  /** The bodies' bytes with gzip for the text resources (HTML, CSS, JS, JSON), as nginx would send them. */
  gzippedBytes: number
  gzippedByKind: Record<ResourceKind, number>
  /** Requests per kind of resource. */
  requestsByKind: Record<ResourceKind, number>
  /** Milliseconds from typing the query until the results showed. */
  searchMs: number
}

/** The kind of a response, from its path (Pagefind's file names) and content type. */
export function resourceKind(url: string, contentType = ''): ResourceKind {
  const file = new URL(url).pathname
  if (/\/pagefind\/wasm\.[^/]*\.pagefind$/.test(file)) return 'pagefind-wasm'
  if (/\.pf_fragment$/.test(file)) return 'pagefind-fragment'
  if (/\.pf_index$/.test(file)) return 'pagefind-index'
  if (/\.pf_filter$/.test(file)) return 'pagefind-filter'
  if (/\.pf_meta$|\/pagefind-entry\.json$/.test(file)) return 'pagefind-meta'
  if (/\.m?js$/.test(file) || contentType.includes('javascript')) return 'js'
  if (/\.css$/.test(file) || contentType.includes('text/css')) return 'css'
  if (file.endsWith('/') || file.endsWith('.html') || contentType.includes('text/html')) return 'html'
  return 'other'
}

const kinds: ResourceKind[] = [
  'html',
  'css',
  'js',
  'pagefind-wasm',
  'pagefind-meta',
  'pagefind-index',
  'pagefind-fragment',
  'pagefind-filter',
  'other',
]

/**
 * Measures the first search on a release folder: a fresh browser (empty
 * cache), /suche/, the query typed into the search field and sent, until the
 * result list has entries (or the status says nothing was found).
 */
export async function measureFirstSearch(
  dir: string,
  query = 'Wohnen',
  { timeoutMs = 60_000 }: { timeoutMs?: number } = {},
): Promise<FirstSearchBytes> {
  const server = serveFolder(dir)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs })
  try {
    const page = await browser.newPage()
    const finished: Promise<{ request: Request; headers: number; body: number }>[] = []
    page.on('requestfinished', (request) =>
      finished.push(
        request.sizes().then((sizes) => ({
          request,
          headers: sizes.responseHeadersSize,
          body: sizes.responseBodySize,
        })),
      ),
    )
    const failed: string[] = []
    page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`))
    const response = await page.goto(`${origin}/suche/`, { waitUntil: 'load', timeout: timeoutMs })
    if (!response?.ok()) throw new Error(`first search: /suche/ answered ${response?.status()} in ${dir}`)
    const field = page.locator('[data-search-form] input[name="q"]')
    const started = performance.now()
    await field.fill(query)
    await field.press('Enter')
    await page.waitForFunction(
      () => (document.querySelector('[data-search-list]')?.children.length ?? 0) > 0,
      undefined,
      { timeout: timeoutMs },
    )
    const searchMs = Math.round(performance.now() - started)
    const results = await page.locator('[data-search-list] > li').count()
    // Requests still running when the results showed count as well (they belong to the first search).
    await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => {})
    if (failed.length) throw new Error(`first search: requests failed: ${failed.join('; ')}`)
    const perKind = () => Object.fromEntries(kinds.map((kind) => [kind, 0])) as Record<ResourceKind, number>
    const [bytesByKind, requestsByKind, gzippedByKind] = [perKind(), perKind(), perKind()]
    let totalBytes = 0
    for (const { request, headers, body } of await Promise.all(finished)) {
      const response = await request.response()
      const type = (await response?.headerValue('content-type')) ?? ''
      const kind = resourceKind(request.url(), type)
      bytesByKind[kind] += body
      requestsByKind[kind]++
      totalBytes += headers + body
      const text = /^(text\/|application\/(javascript|json))/.test(type) && response
      gzippedByKind[kind] += text ? gzipSync(await response.body(), { level: 6 }).length : body
    }
    const gzippedBytes = Object.values(gzippedByKind).reduce((sum, bytes) => sum + bytes, 0)
    return { query, results, totalBytes, bytesByKind, requestsByKind, gzippedBytes, gzippedByKind, searchMs }
  } finally {
    await browser.close()
    await new Promise((resolve) => server.close(resolve))
  }
}
