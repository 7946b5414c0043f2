import { describe, expect, it } from 'vitest'
import { splitCompound, suggestCompound } from '../compound.ts'

describe('splitCompound', () => {
  it.each([
    ['Schwerbehindertenausweis', 'Schwer·behinderten·ausweis'],
    ['Krankenversicherung', 'Kranken·versicherung'],
    ['Arbeitsvertrag', 'Arbeits·vertrag'],
    ['Wohnberechtigungsschein', 'Wohn·berechtigungs·schein'],
    ['Arbeitsunfähigkeitsbescheinigung', 'Arbeits·unfähigkeits·bescheinigung'],
    ['Nebenkostenabrechnung', 'Neben·kosten·abrechnung'],
    ['Einwohnermeldeamt', 'Einwohner·melde·amt'],
    ['Aufenthaltserlaubnis', 'Aufenthalts·erlaubnis'],
    ['Arbeitslosengeld', 'Arbeits·losen·geld'],
    ['selbstverständlich', 'selbst·verständlich'],
    ['Kindertagesstätte', 'Kinder·tages·stätte'],
  ])('%s → %s', (word, expected) => {
    expect(splitCompound(word)?.join('·')).toBe(expected)
  })

  it('uses the Fugen-s after -ung, -heit, -keit even for unknown parts', () => {
    expect(splitCompound('Digitalisierungsstrategie')).toEqual(['Digitalisierungs', 'strategie'])
  })

  it('gives no split for words that are no compounds', () => {
    expect(splitCompound('Unterstützung')).toBeUndefined()
    expect(splitCompound('Kommunikation')).toBeUndefined()
    expect(splitCompound('Verantwortlichkeiten')).toBeUndefined()
  })

  it('accepts extra parts', () => {
    expect(splitCompound('Zuckerwattemaschine')).toBeUndefined()
    expect(splitCompound('Zuckerwattemaschine', ['zucker', 'watte', 'maschine'])).toEqual([
      'Zucker',
      'watte',
      'maschine',
    ])
  })

  it('rejects input that is not a single run of letters', () => {
    expect(splitCompound('Kranken-Kasse')).toBeUndefined()
  })
})

describe('suggestCompound', () => {
  it('joins with a Mediopunkt or with capitalised hyphenated parts', () => {
    expect(suggestCompound('Schwerbehindertenausweis')).toBe('Schwer·behinderten·ausweis')
    expect(suggestCompound('Schwerbehindertenausweis', '-')).toBe('Schwer-Behinderten-Ausweis')
  })
})
