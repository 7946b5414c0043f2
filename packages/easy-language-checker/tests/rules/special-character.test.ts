import { describe, expect, it } from 'vitest'
import { findingsOf, spansOf } from '../helpers.ts'

describe('special-character', () => {
  it.each([
    ['Sie brauchen Ausweis & Foto.', ['&']],
    ['Lesen Sie § 5 im Vertrag.', ['§']],
    ['Das Bürger·amt (im Rathaus) hilft.', ['(', ')']],
    ['Das nennt man „Wohn·geld“.', ['„', '“']],
    ['Das heißt "Wohngeld".', ['"', '"']],
    ['Der Treff heißt «Sonne».', ['«', '»']],
    ["Der Kurs heißt 'Deutsch'.", ["'", "'"]],
    ['Das heißt ‚Amt‘.', ['‚', '‘']],
    ['Schreiben Sie Name/Adresse auf.', ['/']],
    ['Alle Bürger*innen kommen.', ['*']],
    ['Kommen Sie morgen; wir warten.', [';']],
    ['Bitte warten Sie …', ['…']],
    ['Sie brauchen Papiere... und Geduld.', ['...']],
    ['Siehe [Seite 2].', ['[', ']']],
  ])('finds the special characters in „%s“', (text, spans) => {
    expect(spansOf('special-character', text)).toEqual(spans)
  })

  it.each([
    'Sie haben Fragen? Rufen Sie an!',
    'Das brauchen Sie: einen Ausweis.',
    'Schreiben Sie eine E-Mail an info@amt-beispiel.de.',
    'Mehr finden Sie auf https://www.amt-beispiel.de/hilfe/wohngeld.',
    'Die Kranken·kasse zahlt.',
  ])('accepts „%s“', (text) => {
    expect(findingsOf('special-character', text)).toEqual([])
  })

  it('explains the character and suggests a replacement where one exists', () => {
    const [and] = findingsOf('special-character', 'Ausweis & Foto')
    expect(and).toMatchObject({ severity: 'error', suggestion: 'und', index: 8, length: 1 })
    expect(and?.message).toContain('Schreiben Sie „und“')
    expect(findingsOf('special-character', 'Das (hier).')[0]?.message).toContain('eigenen Satz')
  })
})
