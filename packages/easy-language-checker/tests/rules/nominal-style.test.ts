import { describe, expect, it } from 'vitest'
import { verbFor } from '../../rules/nominal-style.ts'
import { findingsOf, spansOf } from '../helpers.ts'

describe('nominal-style', () => {
  it.each([
    ['Die Auszahlung erfolgt monatlich.', 'Auszahlung erfolgt'],
    ['Die Prüfung findet im Rathaus statt.', 'Prüfung findet im Rathaus statt'],
    ['Die Anmeldung ist auch per Telefon möglich.', 'Anmeldung ist auch per Telefon möglich'],
    ['Die Beantragung von Wohn·geld ist einfach.', 'Beantragung von Wohn·geld'],
    ['Nach Eingang der Unterlagen bekommen Sie einen Termin.', 'Nach Eingang der'],
    ['Sie haben die Möglichkeit, einen Zuschuss zu bekommen.', 'haben die Möglichkeit'],
    ['Das Amt stellt Ihnen ein Formular zur Verfügung.', 'zur Verfügung'],
    ['Eine Entscheidung über den Antrag trifft das Amt.', 'Entscheidung'],
  ])('finds „%s“', (text, span) => {
    expect(spansOf('nominal-style', text)).toEqual([span])
    expect(findingsOf('nominal-style', text)[0]?.severity).toBe('warning')
  })

  it.each([
    'Die Beratung ist kosten·los.',
    'Die Beratung ist im Rathaus.',
    'Ihr Baby bekommt eine Impfung.',
    'Die Werkstatt ist für Menschen mit Behinderung.',
    'Die Pflege·versicherung bezahlt einen Teil.',
    'Die Wohnung hat einen Balkon.',
    'Wir zahlen das Geld jeden Monat.',
    'Das ist die Aufgabe des Jobcenters.',
    'Menschen mit Behinderung von Geburt an bekommen Hilfe.',
  ])('accepts „%s“', (text) => {
    expect(findingsOf('nominal-style', text)).toEqual([])
  })

  it('suggests the verb where one can be derived', () => {
    expect(findingsOf('nominal-style', 'Die Auszahlung erfolgt monatlich.')[0]?.message).toContain('„auszahlen“')
    expect(verbFor('Auszahlung')).toBe('auszahlen')
    expect(verbFor('Bearbeitung')).toBe('bearbeiten')
    expect(verbFor('Verlängerung')).toBe('verlängern')
    expect(verbFor('Teilnahme')).toBe('teilnehmen')
    expect(verbFor('Terminvergabe')).toBe('vergeben')
    expect(verbFor('Möglichkeit')).toBeUndefined()
  })
})
