import { describe, expect, it } from 'vitest'
import { itRendersEachExample, renderExample } from '../test-helpers.ts'
import ServiceList from './ServiceList.astro'
import { examples } from './examples.ts'

describe('ServiceList', () => {
  itRendersEachExample(ServiceList, examples)

  it('marks the services with a Leichte-Sprache text, and shows headings and short texts as asked', async () => {
    const [plain, headings, namesOnly] = await Promise.all(examples.map((e) => renderExample(ServiceList, e)))
    expect(plain.match(/badge--easy/g)).toHaveLength(1)
    expect(plain).toContain('Unterstützung im Alltag')
    expect(plain).not.toContain('<h3')
    expect(headings.match(/<h3 class="item-list__title">/g)).toHaveLength(2)
    expect(namesOnly).not.toContain('item-list__text')
  })
})
