import { describe, expect, it } from 'vitest'
import { findingsOf, spansOf } from '../helpers.ts'

describe('long-word', () => {
  it('reports words with 14 or more letters and suggests a split', () => {
    const text = 'Bitte zeigen Sie Ihren Schwerbehindertenausweis.'
    const [finding] = findingsOf('long-word', text)
    expect(finding).toMatchObject({
      severity: 'error',
      index: 23,
      length: 24,
      suggestion: 'Schwer·behinderten·ausweis',
    })
    expect(finding?.message).toBe(
      'Das Wort „Schwerbehindertenausweis“ hat 24 Buchstaben. Trennen Sie es mit dem Medio·punkt: „Schwer·behinderten·ausweis“.',
    )
  })

  it('accepts short words and words split by Mediopunkt or hyphen', () => {
    expect(findingsOf('long-word', 'Die Kranken·versicherung bezahlt.')).toEqual([])
    expect(findingsOf('long-word', 'Die Kranken-Versicherung bezahlt.')).toEqual([])
    expect(findingsOf('long-word', 'Die Krankenkasse bezahlt.')).toEqual([]) // 12 letters
  })

  it('reports exactly 14 letters but not 13', () => {
    expect(spansOf('long-word', 'Ich habe einen Arbeitsvertrag.')).toEqual(['Arbeitsvertrag'])
    expect(spansOf('long-word', 'Das Sozialgericht entscheidet.')).toEqual([])
  })

  it('marks only the long part of a hyphenated word', () => {
    expect(spansOf('long-word', 'Ihr Krankenversicherungs-Ausweis.')).toEqual(['Krankenversicherungs'])
  })

  it('gives a message without suggestion when no split is found', () => {
    const [finding] = findingsOf('long-word', 'Das sind Verantwortlichkeiten.')
    expect(finding?.suggestion).toBeUndefined()
    expect(finding?.message).toContain('Nehmen Sie ein kürzeres Wort')
  })

  it('supports hyphen suggestions, another length and extra parts', () => {
    expect(findingsOf('long-word', 'Ihr Arbeitsvertrag.', { compoundSeparator: '-' })[0]?.suggestion).toBe(
      'Arbeits-Vertrag',
    )
    expect(spansOf('long-word', 'Die Krankenkasse zahlt.', { longWordMinLetters: 10 })).toEqual(['Krankenkasse'])
    expect(
      findingsOf('long-word', 'Die Zuckerwattemaschine.', { compoundParts: ['zucker', 'watte', 'maschine'] })[0]
        ?.suggestion,
    ).toBe('Zucker·watte·maschine')
  })
})
