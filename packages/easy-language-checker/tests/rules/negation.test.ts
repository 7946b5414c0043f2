import { describe, expect, it } from 'vitest'
import { findingsOf, spansOf } from '../helpers.ts'

describe('negation', () => {
  it.each([
    ['Sie müssen nichts bezahlen.', ['nichts']],
    ['Ich habe keine Arbeit.', ['keine']],
    ['Niemand darf Ihre Post lesen.', ['Niemand']],
    ['Das Amt ruft nie am Sonntag an.', ['nie']],
    ['Wir geben Ihre Daten an niemanden weiter.', ['niemanden']],
    ['Ich verstehe den Brief nicht.', ['nicht']],
    ['Weder Sie noch Ihr Mann müssen kommen.', ['Weder']],
  ])('finds the negation in „%s“', (text, spans) => {
    expect(spansOf('negation', text)).toEqual(spans)
  })

  it.each(['Bitte kommen Sie pünktlich.', 'Das Amt ist am Montag zu.', 'Die Beratung ist kosten·los.', 'Nichtraucher'])(
    'accepts „%s“',
    (text) => {
      expect(findingsOf('negation', text)).toEqual([])
    },
  )

  it('is a warning with a hint for a positive wording', () => {
    const [finding] = findingsOf('negation', 'Sie brauchen keinen Termin.')
    expect(finding?.severity).toBe('warning')
    expect(finding?.suggestion).toContain('Sie brauchen nur Ihren Ausweis.')
  })

  it('suggests an opposite word for "nicht" + adjective', () => {
    const [finding] = findingsOf('negation', 'Rauchen ist hier nicht erlaubt.')
    expect(finding).toMatchObject({ suggestion: 'verboten', length: 'nicht erlaubt'.length })
    expect(finding?.message).toBe('„nicht erlaubt“ ist eine Verneinung. Schreiben Sie positiv: „verboten“.')
  })
})
