import { describe, expect, it } from 'vitest'
import de from './de.json'
import deLs from './de-ls.json'
import { translator, uiStringsSchema } from './index.ts'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('UI strings', () => {
  it('has the same keys in standard German and Leichte Sprache', () => {
    expect(uiStringsSchema.safeParse(de).success).toBe(true)
    expect(uiStringsSchema.safeParse(deLs).success).toBe(true)
    expect(uiStringsSchema.safeParse({ ...de, 'extra.key': 'x' }).success).toBe(false)
  })

  it('uses the same placeholders in both variants', () => {
    for (const [key, text] of Object.entries(de)) {
      expect(placeholders(deLs[key as keyof typeof deLs]), key).toEqual(placeholders(text))
    }
  })

  it('fills placeholders and picks the variant', () => {
    expect(translator('standard')('search.status.many', { count: 3, query: 'Budget' })).toBe(
      '3 Ergebnisse für „Budget“.',
    )
    expect(translator('easy')('nav.services')).toBe('Hilfen von A bis Z')
  })
})
