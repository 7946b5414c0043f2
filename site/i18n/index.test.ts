import { describe, expect, it } from 'vitest'
import { check } from '../../packages/easy-language-checker/index.ts'
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

  it('writes every Leichte-Sprache string so that the checker finds no error', () => {
    // Placeholders stand for a number or a name (a town, a topic) when the page is built.
    const filled = (text: string) =>
      text.replace(/\{(\w+)\}/g, (_m, name: string) => (/count|km|size/.test(name) ? '3' : 'Köln'))
    const failing = Object.entries(deLs).flatMap(([key, text]) =>
      check(filled(text))
        .filter((finding) => finding.severity === 'error')
        .map(
          (finding) =>
            `${key}: ${finding.rule}: „${filled(text).slice(finding.index, finding.index + finding.length)}“`,
        ),
    )
    expect(failing).toEqual([])
    expect(Object.keys(deLs).length).toBeGreaterThan(300)
  })

  it('labels each kind of search result in the singular, like the one page or entry it leads to', () => {
    expect(translator('standard')('type.contacts')).toBe('Ansprechperson')
    expect(translator('easy')('type.contacts')).toBe('Ansprech·person')
    expect(translator('standard')('type.service')).toBe('Leistung')
  })

  it('fills placeholders and picks the variant', () => {
    expect(translator('standard')('search.status.many', { count: 3, query: 'Budget' })).toBe(
      '3 Ergebnisse für „Budget“.',
    )
    expect(translator('easy')('nav.services')).toBe('Hilfen von A bis Z')
  })
})
