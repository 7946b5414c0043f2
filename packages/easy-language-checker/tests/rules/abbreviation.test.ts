import { describe, expect, it } from 'vitest'
import { findingsOf, spansOf } from '../helpers.ts'

describe('abbreviation', () => {
  it.each([
    ['Bringen Sie z. B. Ihren Pass mit.', ['z. B.']],
    ['Bringen Sie z.B. Ihren Pass mit.', ['z.B.']],
    ['Das Kind ist krank, d. h. es bleibt zu Hause.', ['d. h.']],
    ['Sie brauchen Ausweis, Foto usw.', ['usw.']],
    ['Sie zahlen die Miete bzw. die Kaution.', ['bzw.']],
    ['Bitte bringen Sie ggf. ein Foto mit.', ['ggf.']],
    ['Sie bekommen ca. 50 Euro.', ['ca.']],
    ['Rufen Sie an: Tel. 0221 123456.', ['Tel.']],
    ['Ihre Kunden-Nr. steht oben.', ['Nr.']],
    ['Frau Dr. Schulz hilft Ihnen.', ['Dr.']],
    ['Unser Büro ist in der Gartenstr. 4.', ['Gartenstr.']],
    ['Das steht im SGB.', ['SGB']],
    ['Sie bekommen BAföG.', ['BAföG']],
    ['Die Praxis ist Mo. bis Fr. offen.', ['Mo.', 'Fr.']],
    ['Der Weg ist 3 km lang.', ['km']],
    ['Das Formular gibt es als PDF.', ['PDF']],
  ])('finds the abbreviation in „%s“', (text, spans) => {
    expect(spansOf('abbreviation', text)).toEqual(spans)
  })

  it.each([
    'Das ist Max.',
    'Das geht so.',
    'Das ist Teil II vom Vertrag.',
    'Schreiben Sie eine E-Mail.',
    'Wir fahren mit der U-Bahn.',
    'Ich bin da. Du auch?',
    'BITTE BEACHTEN SIE DEN TERMIN.',
    'Mehr Infos auf www.amt-beispiel.de/hilfe.',
  ])('accepts „%s“', (text) => {
    expect(findingsOf('abbreviation', text)).toEqual([])
  })

  it('suggests the long form', () => {
    const [finding] = findingsOf('abbreviation', 'Bringen Sie z. B. Ihren Pass mit.')
    expect(finding).toMatchObject({ severity: 'error', suggestion: 'zum Beispiel', index: 12, length: 5 })
    expect(finding?.message).toBe('„z. B.“ ist eine Abkürzung. Schreiben Sie das Wort aus: „zum Beispiel“.')
    expect(findingsOf('abbreviation', 'Die AOK hilft.')[0]?.message).toContain('Wörterbuch')
  })

  it('skips glossary entries, ignoring case, dots and spaces', () => {
    expect(findingsOf('abbreviation', 'Das steht im SGB.', { glossary: ['SGB'] })).toEqual([])
    expect(findingsOf('abbreviation', 'Zum Beispiel z.B. so.', { glossary: ['z. B.'] })).toEqual([])
    expect(findingsOf('abbreviation', 'Die PKWs parken.', { glossary: ['PKW'] })).toEqual([])
    expect(spansOf('abbreviation', 'SGB und BAföG.', { glossary: ['sgb'] })).toEqual(['BAföG'])
  })
})

describe('mixed-case acronyms', () => {
  it('finds a capital inside a short word', () => {
    expect(spansOf('abbreviation', 'Die WfbM ist in der Stadt.')).toEqual(['WfbM'])
    expect(spansOf('abbreviation', 'Die Kita ist neu.')).toEqual([])
  })
})
