import { describe, expect, it } from 'vitest'
import { itRendersEachExample, parse, renderExample } from '../test-helpers.ts'
import Finder from './Finder.astro'
import { examples } from './examples.ts'
import type { IslandMessages } from './resultEntries.ts'

describe('Finder', () => {
  itRendersEachExample(Finder, examples)

  it('holds the card templates the island fills, and its texts in the variant of the page', async () => {
    const [standard, easy] = await Promise.all(examples.map((e) => renderExample(Finder, e)))
    const root = parse(standard)
    expect(root.querySelector('template[data-finder-template="contact"]')?.innerHTML).toContain('finder-contact')
    expect(root.querySelector('template[data-finder-template="location"]')?.innerHTML).toContain('finder-location')
    expect(root.querySelectorAll('select[name="anliegen"] option[value^="thema:"]')).toHaveLength(2)
    const messages = (html: string) =>
      JSON.parse(parse(html).querySelector<HTMLElement>('[data-finder]')!.dataset.messages!) as IslandMessages
    expect(messages(standard).easy).toBe(false)
    expect(messages(easy).easy).toBe(true)
    expect(easy).toContain('Hilfe beim Wohnen')
  })
})
