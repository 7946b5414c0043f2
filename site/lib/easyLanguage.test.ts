import { describe, expect, it } from 'vitest'
import { annotateGlossary, glossaryFor, joinedMediopunktWords, sentences } from './easyLanguage.ts'

describe('joinedMediopunktWords', () => {
  it('joins every word written with a Mediopunkt, once each', () => {
    expect(joinedMediopunktWords(['Nach einem Schlag·anfall.', 'Der schlag·anfall und das Inklusions·amt.'])).toEqual([
      'Schlaganfall',
      'Inklusionsamt',
    ])
  })

  it('joins words with several Mediopunkte and ignores other words', () => {
    expect(joinedMediopunktWords(['Die Gebärden·sprach·dolmetscherin hilft.'])).toEqual(['Gebärdensprachdolmetscherin'])
  })
})

describe('sentences', () => {
  it('splits at line breaks and at sentence ends, but not at a colon', () => {
    expect(sentences('Ein Antrag ist ein Brief. In dem Brief steht: Ich brauche Hilfe.\nDas Amt prüft ihn.')).toEqual([
      'Ein Antrag ist ein Brief.',
      'In dem Brief steht: Ich brauche Hilfe.',
      'Das Amt prüft ihn.',
    ])
  })
})

describe('annotateGlossary', () => {
  const glossary = [
    { term: 'Inklusions·amt', explanation: 'Ein Amt.' },
    { term: 'Assistenz', explanation: 'Ein Mensch hilft.' },
    { term: 'Bescheid', explanation: 'Ein Brief.' },
  ]

  it('marks only the first whole-word occurrence of each term', () => {
    const { lines, unmatched } = annotateGlossary(
      ['Die Arbeits·assistenz hilft.', 'Das Inklusions·amt zahlt die Assistenz.', 'Das inklusions·amt prüft.'],
      glossary,
    )
    expect(lines[0]!.explained).toEqual([]) // "Arbeits·assistenz" is another word
    expect(lines[1]!.parts).toEqual([
      { text: 'Das ' },
      { term: 'Inklusions·amt', text: 'Inklusions·amt' },
      { text: ' zahlt die ' },
      { term: 'Assistenz', text: 'Assistenz' },
      { text: '.' },
    ])
    expect(lines[1]!.explained.map((e) => e.term)).toEqual(['Inklusions·amt', 'Assistenz'])
    expect(lines[2]!.explained).toEqual([])
    expect(unmatched.map((e) => e.term)).toEqual(['Bescheid'])
  })

  it('finds a term case-insensitively and with a short inflection ending', () => {
    const { lines } = annotateGlossary(['Mit assistenzen geht es.'], [{ term: 'Assistenz', explanation: 'x' }])
    expect(lines[0]!.parts[1]).toEqual({ term: 'Assistenz', text: 'assistenzen' })
  })
})

describe('glossaryFor', () => {
  it('adds Wörterbuch entries that occur in the text, after the own glossary, without duplicates', () => {
    const own = [{ term: 'Antrag', explanation: 'eigene Erklärung' }]
    const dictionary = [
      { term: 'antrag', explanation: 'Wörterbuch' },
      { term: 'Bescheid', explanation: 'Brief vom Amt' },
      { term: 'Widerspruch', explanation: 'kommt nicht vor' },
    ]
    expect(glossaryFor(['Sie bekommen einen Bescheid.'], own, dictionary)).toEqual([
      own[0],
      { term: 'Bescheid', explanation: 'Brief vom Amt' },
    ])
  })
})
