import { describe, expect, it } from 'vitest'
import { itRendersEachExample, renderExample } from '../test-helpers.ts'
import LocationCard from './LocationCard.astro'
import { examples } from './examples.ts'

describe('LocationCard', () => {
  itRendersEachExample(LocationCard, examples)

  it('links the name and shows the phone only where there is one', async () => {
    const [withPhone, withoutPhone] = await Promise.all(examples.map((e) => renderExample(LocationCard, e)))
    expect(withPhone).toContain('<a href="/standorte/lvr-beratungszentrum-koeln-deutz/">')
    expect(withPhone).toContain('href="tel:+492218090"')
    expect(withoutPhone).toMatch(/<h2 class="card__title">/)
    expect(withoutPhone).not.toContain('tel:')
  })
})
