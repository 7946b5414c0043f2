import type { AddressInfo } from 'node:net'
import { serveFolder } from '../../plugins/publishing/serve.ts'
import { launchBrowser } from './browser.ts'

/** One search hit as a citizen's browser gets it from Pagefind's JS API. */
export interface SearchHit {
  url: string
  title: string | undefined
  excerpt: string
  /** Parts of the page under headings with an id: address and excerpt. */
  sub: [string, string][]
}

/** Runs in the page: every query through Pagefind's API, each hit's fragment loaded. */
const inBrowser = `async (queries) => {
  const pagefind = await import('/pagefind/pagefind.js')
  const all = {}
  for (const query of queries) {
    const { results } = await pagefind.search(query)
    all[query] = await Promise.all(
      results.map(async (result) => {
        const data = await result.data()
        return {
          url: data.url,
          title: data.meta.title,
          excerpt: data.excerpt,
          sub: data.sub_results.map((sub) => [sub.url, sub.excerpt]),
        }
      }),
    )
  }
  return all
}`

/**
 * Runs queries through Pagefind's own search API (`/pagefind/pagefind.js`)
 * in Chromium against a release folder served on 127.0.0.1: per query every
 * hit in ranking order with URL, title, excerpt and sub-results.
 */
export async function searchRelease(dir: string, queries: string[]): Promise<Record<string, SearchHit[]>> {
  const server = serveFolder(dir)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/suche/`)
    // A string, not a function: the test runner would rewrite the dynamic import() of a function's source.
    return (await page.evaluate(`(${inBrowser})(${JSON.stringify(queries)})`)) as Record<string, SearchHit[]>
  } finally {
    await browser.close()
    await new Promise((resolve) => server.close(resolve))
  }
}
