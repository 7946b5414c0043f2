import { describe, expect, it } from 'vitest'
import { findingsOf, spansOf } from '../helpers.ts'

describe('subordinate-clause', () => {
  it.each([
    ['Sie bekommen Geld, obwohl Sie arbeiten.', 'obwohl'],
    ['Die Miete stieg, sodass wir umziehen mussten.', 'sodass'],
    ['Die Miete stieg, so dass wir umziehen mussten.', 'so dass'],
    ['Wir helfen, indem wir den Brief erklären.', 'indem'],
    ['Nachdem Sie unterschrieben haben, beginnt die Arbeit.', 'Nachdem'],
    ['Rufen Sie an, bevor Sie kommen.', 'bevor'],
    ['Sie zahlen wenig, wobei das Amt hilft.', 'wobei'],
    ['Sie bekommen Lohn, auch wenn Sie krank sind.', 'auch wenn'],
    ['Seitdem ich allein wohne, brauche ich Hilfe.', 'Seitdem'],
    ['Sie bleiben zu Hause, bis das Fieber weg ist.', 'bis'],
  ])('reports the hard clause in „%s“ as an error', (text, span) => {
    expect(spansOf('subordinate-clause', text)).toEqual([span])
    expect(findingsOf('subordinate-clause', text)[0]?.severity).toBe('error')
  })

  it('reports two subordinate clauses in one sentence', () => {
    const text = 'Wir prüfen, ob Sie die Papiere, die wir brauchen, haben.'
    expect(spansOf('subordinate-clause', text)).toEqual(['die'])
    expect(findingsOf('subordinate-clause', text)[0]?.message).toContain('mehrere Neben·sätze')
    expect(spansOf('subordinate-clause', 'Die Ärztin sagt, dass Sie Ruhe brauchen, weil Sie Fieber haben.')).toEqual([
      'weil',
    ])
  })

  it.each([
    ['Das ist die Frau, die den Mann, der hier wohnt, kennt.', 'der'],
    ['Die Frau, die den Mann, der hier wohnt, kennt, hilft Ihnen.', 'der'],
    ['Das ist der Antrag, den die Kasse, die Sie gewählt haben, prüft.', 'die'],
    ['Wir suchen eine Wohnung, die eine Küche hat, die groß ist.', 'die'],
    ['Wir helfen Familien, deren Kinder eine Schule, die weit weg ist, besuchen.', 'die'],
    ['Wir helfen der Frau, deren Sohn im Heim wohnt, das weit weg ist.', 'das'],
  ])('reports a relative clause that starts with an article inside or after another: „%s“', (text, span) => {
    expect(spansOf('subordinate-clause', text)).toEqual([span])
    const [finding] = findingsOf('subordinate-clause', text)
    expect(finding?.severity).toBe('error')
    expect(finding?.message).toContain('mehrere Neben·sätze')
  })

  it.each([
    'Das ist die Frau, die den Mann kennt.',
    'Das ist der Antrag, den die Kasse prüft.',
    'Das ist die Frau, deren Sohn hier wohnt.',
    'Der Mann, der das Haus verkauft, wohnt hier.',
    'Sie brauchen zwei Papiere, den Ausweis und die Karte.',
    'Wenn Sie kommen, bringen Sie die Papiere mit: die der Ärztin und die der Kasse.',
    'Wenn Sie umziehen, brauchen Sie die Papiere, die des Vermieters.',
    'Das ist der Mann, der hier wohnt.',
    'Wenn Sie kommen, bringen Sie den Ausweis, die neue Karte und das Foto mit.',
  ])('accepts one relative clause with an article, and article sequences that open no clause: „%s“', (text) => {
    expect(findingsOf('subordinate-clause', text)).toEqual([])
  })

  it('gives "wenn" as suggestion for "falls" and "sofern", as a warning', () => {
    const [finding] = findingsOf('subordinate-clause', 'Falls Sie Fragen haben, rufen Sie uns an.')
    expect(finding?.severity).toBe('warning')
    expect(finding?.suggestion).toBe('Wenn')
  })

  it.each([
    'Wenn Sie Fragen haben, rufen Sie an.',
    'Ich arbeite gern, weil ich dort Freunde habe.',
    'Das ist die Frau, die Ihnen hilft.',
    'Seitdem geht es mir besser.',
    'Damit können Sie bezahlen.',
    'Bringen Sie den Ausweis, die Karte und das Foto mit.',
    'Sie können bis Freitag anrufen.',
    'Ich wohne seit einem Jahr hier.',
    'Sie warten, während die Ärztin schreibt.',
  ])('accepts „%s“', (text) => {
    expect(findingsOf('subordinate-clause', text)).toEqual([])
  })
})
