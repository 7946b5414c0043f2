import { describe, expect, it } from 'vitest'
import { findingsOf } from '../helpers.ts'

describe('sentence-length', () => {
  it('accepts sentences with up to 8 words', () => {
    expect(findingsOf('sentence-length', 'Bringen Sie Ihren Ausweis und ein Foto mit.')).toEqual([])
    expect(findingsOf('sentence-length', 'Sie haben Fragen?\nRufen Sie uns an.')).toEqual([])
  })

  it('warns above 8 words', () => {
    const text = 'Bitte bringen Sie zum Termin Ihren Ausweis und das Formular mit.'
    const [finding] = findingsOf('sentence-length', text)
    expect(finding).toMatchObject({ severity: 'warning', index: 0, length: text.length })
    expect(finding?.message).toBe('Dieser Satz hat 11 Wörter. Teilen Sie ihn in kürzere Sätze mit höchstens 8 Wörtern.')
  })

  it('reports an error above 12 words and marks only that sentence', () => {
    const long = 'Die Kranken·kasse bezahlt die Brille für Kinder und für Menschen mit einer Seh·behinderung.'
    const text = `Das ist gut.\n${long}`
    const findings = findingsOf('sentence-length', text)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'error', index: 13, length: long.length })
    expect(findings[0]?.message).toContain('13 Wörter')
  })

  it('counts compounds with hyphen or Mediopunkt as one word and ignores numbers', () => {
    expect(findingsOf('sentence-length', 'Ihr Sohn bekommt ab dem 1. Mai 300 Euro Kinder·geld.')).toEqual([])
  })

  it('uses the configured thresholds', () => {
    const text = 'Das Amt hilft Ihnen gern bei Ihrem Antrag.'
    expect(findingsOf('sentence-length', text)).toEqual([])
    const [finding] = findingsOf('sentence-length', text, { sentenceWarningAbove: 5, sentenceErrorAbove: 7 })
    expect(finding?.severity).toBe('error')
    expect(finding?.message).toContain('höchstens 5 Wörtern')
  })
})
