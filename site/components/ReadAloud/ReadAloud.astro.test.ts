import { describe, expect, it } from 'vitest'
import { itRendersEachExample, renderExample } from '../test-helpers.ts'
import ReadAloud from './ReadAloud.astro'
import { examples } from './examples.ts'

describe('ReadAloud', () => {
  itRendersEachExample(ReadAloud, examples)

  it('starts with a real button and hands its texts to the script', async () => {
    const html = await renderExample(ReadAloud, examples[0])
    expect(html).toMatch(/<button[^>]*type="button"/)
    expect(html).toContain('data-messages=')
  })
})
