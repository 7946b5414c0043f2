import { describe, expect, it } from 'vitest'
import { itRendersEachExample, renderExample } from '../test-helpers.ts'
import ContactCard from './ContactCard.astro'
import { examples } from './examples.ts'

describe('ContactCard', () => {
  itRendersEachExample(ContactCard, examples)

  it('shows responsibility only in the full form, and the anchor only when asked', async () => {
    const [short, full, anonymous] = await Promise.all(examples.map((e) => renderExample(ContactCard, e)))
    expect(short).toMatch(/<h3 class="card__title"/)
    expect(short).not.toContain('id="fallmanagement-koeln-a-k"')
    expect(short).not.toContain('Zuständig')
    expect(full).toMatch(/<h2 class="card__title" id="fallmanagement-koeln-a-k"/)
    expect(full).toContain('Nachnamen A bis K')
    expect(anonymous).not.toContain('contact__name')
    expect(anonymous).not.toContain('<img')
  })
})
