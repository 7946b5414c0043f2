import { describe, expect, it } from 'vitest'
import { itRendersEachExample, parse, renderExample } from '../test-helpers.ts'
import NearMe from './NearMe.astro'
import { examples } from './examples.ts'

describe('NearMe', () => {
  itRendersEachExample(NearMe, examples)

  it('holds the location card template the island fills and offers only services offered at a location', async () => {
    const root = parse(await renderExample(NearMe, examples[0]))
    expect(root.querySelector('template[data-finder-template="location"]')?.innerHTML).toContain('finder-location')
    expect(root.querySelector('template[data-finder-template="contact"]')).toBeNull()
    const services = [...root.querySelectorAll('select[name="leistung"] option')].map((o) => o.getAttribute('value'))
    expect(services).toEqual(['', 'assistenz-im-wohnen'])
    expect(root.querySelectorAll('input[name="merkmal"]')).toHaveLength(7)
  })
})
