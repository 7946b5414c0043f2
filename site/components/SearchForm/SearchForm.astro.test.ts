import { describe, expect, it } from 'vitest'
import { itRendersEachExample, renderExample } from '../test-helpers.ts'
import SearchForm from './SearchForm.astro'
import { examples } from './examples.ts'

describe('SearchForm', () => {
  itRendersEachExample(SearchForm, examples)

  it('is a GET form to the search page; the hint is tied to the field where shown', async () => {
    const [compact, large] = await Promise.all(examples.map((e) => renderExample(SearchForm, e)))
    for (const html of [compact, large]) expect(html).toMatch(/action="\/suche\/"/)
    expect(compact).toContain('search-form--compact')
    expect(compact).not.toContain('suche-kopf-hinweis')
    expect(large).toContain('search-form--large')
    expect(large).toMatch(/aria-describedby="suche-start-hinweis"/)
  })
})
