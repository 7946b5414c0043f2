import { describe, expect, it } from 'vitest'
import { findingsOf, spansOf } from '../helpers.ts'
import { isRomanNumeral, romanValue } from '../../rules/number.ts'

describe('number', () => {
  it.each([
    ['Die Miete kostet 1.200 Euro.', '1.200'],
    ['Sie bekommen 2500 Euro im Monat.', '2500'],
    ['Über 10 000 Menschen kommen.', '10 000'],
    ['Der Kurs kostet 49,50 Euro.', '49,50'],
    ['Die Miete steigt um 3 Prozent.', '3 Prozent'],
    ['Nur 30 % kommen.', '30 %'],
    ['Ab 2026 gibt es mehr Geld.', '2026'],
    ['Ihr Termin ist am 12.05.2025.', '12.05.2025'],
    ['Ihr Termin ist am 12.05. im Rathaus.', '12.05.'],
    ['Das steht in Teil II vom Vertrag.', 'II'],
    ['Der Bus fährt um 14.30 Uhr.', '14.30'],
    ['Die Nummer ist 48213.', '48213'],
  ])('finds „%s“', (text, span) => {
    expect(spansOf('number', text)).toEqual([span])
  })

  it.each([
    'Sie bekommen 250 Euro.',
    'Der Termin ist am 3. Mai.',
    'Die Schule beginnt um 8 Uhr.',
    'Rufen Sie uns an: 0221 809 1234.',
    'Unsere Adresse: Hauptstraße 5, 50667 Köln.',
    'Ich bin der Chef.',
    'Der Termin ist um 14:30 Uhr.',
    'Mehr auf www.amt-beispiel.de/2024/hilfe.',
  ])('accepts „%s“', (text) => {
    expect(findingsOf('number', text)).toEqual([])
  })

  it('gives suggestions for decimals, percentages, dates, times and Roman numerals', () => {
    expect(findingsOf('number', 'Das kostet 49,50 Euro.')[0]?.suggestion).toBe('ungefähr 50')
    expect(findingsOf('number', 'Das sind 50 %.')[0]?.suggestion).toBe('die Hälfte')
    expect(findingsOf('number', 'Das sind 12 Prozent.')[0]?.suggestion).toBe('12 von 100')
    expect(findingsOf('number', 'Am 1.8.2025 ist Schule.')[0]?.suggestion).toBe('1. August 2025')
    expect(findingsOf('number', 'Um 9.15 Uhr.')[0]?.suggestion).toBe('9:15')
    expect(findingsOf('number', 'Teil IV.')[0]?.suggestion).toBe('4')
    expect(findingsOf('number', 'Teil IV.')[0]?.severity).toBe('error')
  })

  it('allows years with allowYears', () => {
    expect(findingsOf('number', 'Ab 2026 gibt es mehr Geld.', { allowYears: true })).toEqual([])
    expect(spansOf('number', 'Es kostet 2500 Euro.', { allowYears: true })).toEqual(['2500'])
  })

  it('knows Roman numerals', () => {
    expect(['II', 'III', 'IV', 'IX', 'XII', 'XXXIX'].every(isRomanNumeral)).toBe(true)
    expect(['I', 'V', 'IIII', 'VX', 'XL', 'IC', 'Ich'].some(isRomanNumeral)).toBe(false)
    expect(romanValue('XIV')).toBe(14)
  })
})
