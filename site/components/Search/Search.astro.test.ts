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
})
