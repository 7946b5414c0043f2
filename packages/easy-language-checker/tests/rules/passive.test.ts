import { describe, expect, it } from 'vitest'
import { participleKind } from '../../rules/passive.ts'
import { findingsOf, spansOf } from '../helpers.ts'

describe('passive', () => {
  it.each([
    ['Der Antrag wird vom Amt geprüft.', 'wird vom Amt geprüft'],
    ['Ihr Brief wurde gestern verschickt.', 'wurde gestern verschickt'],
    ['Die Kosten werden von der Kasse übernommen.', 'werden von der Kasse übernommen'],
    ['Sie werden zum Gespräch eingeladen.', 'werden zum Gespräch eingeladen'],
    ['Der Vertrag ist verlängert worden.', 'verlängert worden'],
    ['Die Wohnung wird renoviert.', 'wird renoviert'],
    ['Wir rufen an, wenn das Paket geliefert wird.', 'geliefert wird'],
    ['Wird der Antrag schnell bearbeitet?', 'Wird der Antrag schnell bearbeitet'],
    ['Die Rechnung muss bis Freitag bezahlt werden.', 'bezahlt werden'],
    ['Der Bescheid wurde vergeben.', 'wurde vergeben'],
    ['Sie werden von uns beraten.', 'werden von uns beraten'],
  ])('finds the passive in „%s“', (text, span) => {
    expect(spansOf('passive', text)).toEqual([span])
  })

  it.each([
    'Sie werden bestimmt eine gute Stelle finden.',
    'Mein Bruder wird Koch.',
    'Im Sommer wird es warm.',
    'Wir werden Ihnen das Geld geben.',
    'Sie werden eine Antwort bekommen.',
    'Das Amt hat Ihren Antrag geprüft.',
    'Die Tür ist geschlossen.',
    'Das Gericht wird entscheiden.',
    'Sie werden uns beraten.',
    'Sie werden Geld bekommen, wenn Sie gearbeitet haben.',
    'Ich bin gestern nach Hause gegangen.',
    'Sie werden die geprüften Unterlagen bekommen.',
  ])('accepts „%s“', (text) => {
    expect(findingsOf('passive', text)).toEqual([])
  })

  it('reports one finding per passive and gives an active example', () => {
    const findings = findingsOf('passive', 'Das Geld wird bezahlt werden.')
    expect(findings).toHaveLength(1)
    expect(findings[0]?.severity).toBe('error')
    expect(findings[0]?.message).toContain('Schreiben Sie aktiv')
    expect(findings[0]?.suggestion).toContain('Das Amt prüft Ihren Antrag.')
  })

  it('recognises participles', () => {
    expect(participleKind('gegeben')).toBe('participle')
    expect(participleKind('abgegeben')).toBe('participle')
    expect(participleKind('überwiesen')).toBe('participle')
    expect(participleKind('informiert')).toBe('participle')
    expect(participleKind('bezahlt')).toBe('participle')
    expect(participleKind('vergeben')).toBe('ambiguous')
    expect(participleKind('bekommen')).toBeUndefined()
    expect(participleKind('geben')).toBeUndefined()
    expect(participleKind('bestimmt')).toBeUndefined()
    expect(participleKind('gesamt')).toBeUndefined()
  })
})

describe('passive with compounds', () => {
  it('looks at the last part of a Mediopunkt word', () => {
    expect(spansOf('passive', 'Wer krank ist, wird vom Arzt krank·geschrieben.')).toEqual([
      'wird vom Arzt krank·geschrieben',
    ])
  })
})

describe('passive without "werden"', () => {
  it.each([
    ['Der Antrag ist bis Ende März einzureichen.', 'ist bis Ende März einzureichen'],
    ['Das Formular ist zu unterschreiben.', 'ist zu unterschreiben'],
    ['Die Tabletten sind morgens einzunehmen.', 'sind morgens einzunehmen'],
    ['Sie bekommen die Fahrt·kosten erstattet.', 'bekommen die Fahrt·kosten erstattet'],
    ['Sie erhalten den Bescheid per Post zugeschickt.', 'erhalten den Bescheid per Post zugeschickt'],
    ['Sie kriegen das Rezept nach Hause geschickt.', 'kriegen das Rezept nach Hause geschickt'],
    ['Der Test wird nach einem Jahr wiederholt.', 'wird nach einem Jahr wiederholt'],
    ['Die Kosten werden Ihnen gutgeschrieben.', 'werden Ihnen gutgeschrieben'],
  ])('finds the passive in „%s“', (text, span) => {
    expect(spansOf('passive', text)).toEqual([span])
    expect(findingsOf('passive', text)[0]?.severity).toBe('error')
  })

  it.each([
    'Sie werden einen Brief von uns bekommen.',
    'Ich bin bereit zu helfen.',
    'Das ist zu teuer.',
    'Das ist leicht zu verstehen.',
    'Es ist wichtig, pünktlich zu kommen.',
    'Sie bekommen bezahlte Arbeit.',
    'Sie haben das Geld bekommen.',
    'Sie bekommen Geld, wenn der Antrag genehmigt ist.',
    'Die Tür ist geschlossen.',
  ])('accepts „%s“', (text) => {
    expect(findingsOf('passive', text)).toEqual([])
  })
})
