import { describe, expect, it } from 'vitest'
import { itRendersEachExample, renderExample } from '../test-helpers.ts'
import Search from './Search.astro'
import { examples } from './examples.ts'

describe('Search', () => {
  itRendersEachExample(Search, examples)

  it('offers the top topics as a filter and announces results in a polite live region', async () => {
    const html = await renderExample(Search, examples[0])
    expect(html).toContain('Wohnen')
    expect(html).toMatch(/role="status"|aria-live="polite"/)
  })

  it('hides its controls without JavaScript and links to the pages that work without it instead', async () => {
    const html = await renderExample(Search, examples[0])
    // The stylesheet hides these without the `js` class (html:not(.js) [data-search-form], [data-search-results]).
    expect(html).toMatch(/<form class="search-page-form"[^>]* data-search-form/)
    expect(html).toMatch(/<section class="search-results"[^>]* data-search-results/)
    const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? ''
    expect(noscript).toContain('Die Suche braucht JavaScript')
    for (const href of ['/wer-hilft-mir/', '/leistungen/', '/themen/', '/ansprechpersonen/', '/seitenuebersicht/'])
      expect(noscript).toContain(`href="${href}"`)
  })
})
