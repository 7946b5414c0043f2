import { describe, expect, it } from 'vitest'
import { serializeJsonLd } from './jsonld.ts'

describe('serializeJsonLd', () => {
  it('escapes < so that no text can close the script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' })
    expect(json).not.toContain('<')
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' })
  })
})
