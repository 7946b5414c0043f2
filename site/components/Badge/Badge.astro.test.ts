import { describe, expect, it } from 'vitest'
import { itRendersEachExample, renderExample } from '../test-helpers.ts'
import Badge from './Badge.astro'
import { examples } from './examples.ts'

describe('Badge', () => {
  itRendersEachExample(Badge, examples)

  it('writes its kind into the class and explains DGS in an abbr title', async () => {
    const [easy, dgs, dgsWithContent, neutral] = await Promise.all(examples.map((e) => renderExample(Badge, e)))
    expect(easy).toMatch(/class="badge badge--easy"[^>]*>Leichte Sprache</)
    expect(dgs).toContain('<abbr title="Deutsche Gebärdensprache">DGS</abbr>')
    expect(dgsWithContent).toContain('<abbr title="Deutsche Gebärdensprache">DGS</abbr>')
    expect(neutral).toMatch(/badge--neutral[^>]*>Online-Antrag</)
    expect(neutral).not.toContain('<abbr')
  })
})
