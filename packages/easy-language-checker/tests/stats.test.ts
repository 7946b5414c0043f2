import { describe, expect, it } from 'vitest'
import { analyze } from '../index.ts'
import { countSyllables } from '../syllables.ts'

describe('countSyllables', () => {
  it.each([
    ['Amt', 1],
    ['Haus', 1],
    ['Miete', 2],
    ['Arbeit', 2],
    ['Bäume', 2],
    ['Leute', 2],
    ['Familie', 3],
    ['bauen', 2],
    ['neue', 2],
    ['Quelle', 2],
    ['Handy', 2],
    ['Yoga', 2],
    ['Situation', 5],
    ['Idee', 2],
    ['Schwer·behinderten·ausweis', 7],
    ['Krankenversicherung', 6],
    ['Straße', 2],
    ['Café', 2],
  ])('%s has %i syllables', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables)
  })

  it('gives at least one syllable to a word without vowels and none to an empty string', () => {
    expect(countSyllables('Hm')).toBe(1)
    expect(countSyllables('')).toBe(0)
  })
})

describe('analyze stats', () => {
  it('computes counts and the German readability formulas', () => {
    // words: Das(1) Amt(1) hilft(1) Ihnen(2) | Sie(1) bekommen(3) Geld(1)
    const { stats } = analyze('Das Amt hilft Ihnen.\nSie bekommen Geld.')
    expect(stats.words).toBe(7)
    expect(stats.sentences).toBe(2)
    expect(stats.syllables).toBe(10)
    expect(stats.meanSentenceLength).toBe(3.5)
    expect(stats.meanSyllablesPerWord).toBeCloseTo(10 / 7)
    expect(stats.polysyllabicPercent).toBeCloseTo(100 / 7)
    expect(stats.longWordPercent).toBeCloseTo(100 / 7) // "bekommen"
    expect(stats.monosyllabicPercent).toBeCloseTo(500 / 7)
    expect(stats.fleschAmstad).toBeCloseTo(180 - 3.5 - 58.5 * (10 / 7))
    expect(stats.wienerSachtextformel).toBeCloseTo(
      0.1935 * (100 / 7) + 0.1672 * 3.5 + 0.1297 * (100 / 7) - 0.0327 * (500 / 7) - 0.875,
    )
  })

  it('counts hyphen and Mediopunkt compounds as one word', () => {
    const { stats } = analyze('Ihr Kranken·kassen-Ausweis.')
    expect(stats.words).toBe(2)
    expect(stats.letters).toBe(3 + 20)
  })

  it('returns zeros and null scores for an empty text', () => {
    const { findings, stats } = analyze('  \n ')
    expect(findings).toEqual([])
    expect(stats).toMatchObject({ words: 0, sentences: 0, meanSentenceLength: 0, fleschAmstad: null })
    expect(stats.wienerSachtextformel).toBeNull()
  })
})
