import { describe, expect, it } from 'vitest'
import { itRendersEachExample, renderExample } from '../test-helpers.ts'
import AccessibilityFeatures from './AccessibilityFeatures.astro'
import { examples } from './examples.ts'

describe('AccessibilityFeatures', () => {
  itRendersEachExample(AccessibilityFeatures, examples)

  it('names each feature in words, or says there are none', async () => {
    const [features, none] = await Promise.all(examples.map((e) => renderExample(AccessibilityFeatures, e)))
    expect(features.match(/<li>/g)).toHaveLength(4)
    expect(features).toContain('Eingang an der Rückseite.')
    expect(none).not.toContain('<ul')
    expect(none).toContain('<p>')
  })
})
