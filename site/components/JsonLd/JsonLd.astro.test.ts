import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { describe, expect, it } from 'vitest'
import JsonLd from './JsonLd.astro'

const hostile = '</script><script>alert(1)</script><!--'

describe('JsonLd', () => {
  it('renders text that contains markup so that it cannot leave the script element', async () => {
    const container = await AstroContainer.create()
    const html = await container.renderToString(JsonLd, {
      props: { data: { '@context': 'https://schema.org', '@type': 'GovernmentService', name: hostile } },
    })
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
    // One script element, closed only by its own end tag: the text inside did not end it.
    expect(blocks).toHaveLength(1)
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(blocks[0][1]).not.toContain('<')
    expect(JSON.parse(blocks[0][1]).name).toBe(hostile)
  })
})
