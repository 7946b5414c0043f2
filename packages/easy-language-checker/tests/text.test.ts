import { describe, expect, it } from 'vitest'
import { parseText, splitSentences } from '../text.ts'

const sentencesOf = (text: string) => splitSentences(text).map((span) => text.slice(span.index, span.end))

describe('splitSentences', () => {
  it('splits at line breaks and at . ! ? :', () => {
    expect(sentencesOf('Sie haben Fragen?\nRufen Sie an. Wir helfen gern! Das brauchen Sie: einen Ausweis.')).toEqual([
      'Sie haben Fragen?',
      'Rufen Sie an.',
      'Wir helfen gern!',
      'Das brauchen Sie:',
      'einen Ausweis.',
    ])
  })

  it('handles Windows line breaks and empty lines', () => {
    expect(sentencesOf('Erster Satz\r\n\r\nZweiter Satz\r\n')).toEqual(['Erster Satz', 'Zweiter Satz'])
  })

  it('does not split inside abbreviations, ordinals and numbers', () => {
    expect(sentencesOf('Bringen Sie z. B. Ihren Pass mit. Das kostet ca. 5 Euro.')).toEqual([
      'Bringen Sie z. B. Ihren Pass mit.',
      'Das kostet ca. 5 Euro.',
    ])
    expect(sentencesOf('Der Termin ist am 3. Mai. Dann kommen Sie.')).toEqual([
      'Der Termin ist am 3. Mai.',
      'Dann kommen Sie.',
    ])
    expect(sentencesOf('Das Kind ist 1.5 Jahre alt. Es lacht.')).toEqual(['Das Kind ist 1.5 Jahre alt.', 'Es lacht.'])
    expect(sentencesOf('Frau Dr. Schulz hilft. Sie wohnt in der Hauptstr. 5.')).toEqual([
      'Frau Dr. Schulz hilft.',
      'Sie wohnt in der Hauptstr. 5.',
    ])
  })

  it('ends a sentence after "usw." when a capital letter follows', () => {
    expect(sentencesOf('Sie brauchen Stifte, Papier usw. Bitte kommen Sie pünktlich.')).toEqual([
      'Sie brauchen Stifte, Papier usw.',
      'Bitte kommen Sie pünktlich.',
    ])
  })

  it('keeps an ellipsis inside the sentence and closing quotes with it', () => {
    expect(sentencesOf('Sie brauchen Papiere... und Geduld.')).toEqual(['Sie brauchen Papiere... und Geduld.'])
    expect(sentencesOf('Er sagt „Hallo.“ Dann geht er.')).toEqual(['Er sagt „Hallo.“', 'Dann geht er.'])
  })

  it('does not split inside web addresses', () => {
    expect(sentencesOf('Mehr finden Sie auf www.beispiel-amt.de. Oder rufen Sie an.')).toEqual([
      'Mehr finden Sie auf www.beispiel-amt.de.',
      'Oder rufen Sie an.',
    ])
  })
})

describe('parseText', () => {
  it('keeps hyphen and Mediopunkt compounds as one word with parts', () => {
    const parsed = parseText('Ihr Schwer·behinderten-Ausweis ist da.')
    expect(parsed.words.map((word) => word.text)).toEqual(['Ihr', 'Schwer·behinderten-Ausweis', 'ist', 'da'])
    const compound = parsed.words[1]
    expect(compound?.parts.map((part) => part.text)).toEqual(['Schwer', 'behinderten', 'Ausweis'])
    expect(compound?.parts.map((part) => parsed.text.slice(part.index, part.index + part.text.length))).toEqual([
      'Schwer',
      'behinderten',
      'Ausweis',
    ])
  })

  it('counts letters only: numbers and punctuation are no words', () => {
    const parsed = parseText('Sie bekommen 300 Euro.')
    expect(parsed.words.map((word) => word.text)).toEqual(['Sie', 'bekommen', 'Euro'])
  })

  it('gives UTF-16 indices into the original text', () => {
    const text = 'Größe 👍 Straße'
    const parsed = parseText(text)
    for (const word of parsed.words) expect(text.slice(word.index, word.end)).toBe(word.text)
    expect(parsed.words[1]?.index).toBe(9)
  })

  it('numbers clauses at commas', () => {
    const parsed = parseText('Wir rufen an, wenn das Paket kommt.')
    expect(parsed.words.map((word) => word.clause)).toEqual([0, 0, 0, 1, 1, 1, 1])
  })

  it('skips web and e-mail addresses', () => {
    const parsed = parseText('Schreiben Sie an info@amt-beispiel.de oder https://amt.de/hilfe.')
    expect(parsed.words.map((word) => word.text)).toEqual(['Schreiben', 'Sie', 'an', 'oder'])
    expect(parsed.ignored).toHaveLength(2)
  })
})
