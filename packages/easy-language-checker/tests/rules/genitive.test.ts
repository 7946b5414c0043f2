import { describe, expect, it } from 'vitest'
import { findingsOf, spansOf } from '../helpers.ts'

describe('genitive', () => {
  it.each([
    ['Das ist das Auto des Nachbarn.', 'des Nachbarn'],
    ['Die Miete eines Zimmers ist hoch.', 'eines Zimmers'],
    ['Bringen Sie eine Kopie Ihres Ausweises mit.', 'Ihres Ausweises'],
    ['Wegen der Krankheit fehlt Lisa heute.', 'Wegen der Krankheit'],
    ['Trotz des Regens gehen wir raus.', 'Trotz des Regens'],
    ['Aufgrund Ihrer Krankheit bekommen Sie Geld.', 'Aufgrund Ihrer Krankheit'],
    ['Während der Ferien ist die Schule zu.', 'Während der Ferien'],
    ['Innerhalb einer Woche bekommen Sie Antwort.', 'Innerhalb einer Woche'],
    ['Die Ärztin kennt die Sorgen der Eltern.', 'der Eltern'],
    ['Das Zimmer meiner Tochter ist klein.', 'meiner Tochter'],
    ['Peters Wohnung ist sehr hell.', 'Peters Wohnung'],
    ['Annas Sohn geht zur Schule.', 'Annas Sohn'],
    ['Die Hauptstadt Deutschlands ist Berlin.', 'Deutschlands'],
    ['Das ist die Frau, deren Kind krank ist.', 'deren Kind'],
    ['Das Ende dieses Jahres ist nah.', 'dieses Jahres'],
  ])('finds the genitive in „%s“', (text, span) => {
    expect(spansOf('genitive', text)).toEqual([span])
  })

  it.each([
    'Das Amt hilft Ihnen.',
    'Das Auto von Peter ist rot.',
    'Sie warten, während die Ärztin schreibt.',
    'Während Sie warten, lesen Sie den Brief.',
    'Sie warten, während der Arzt spricht.',
    'Innerhalb von einer Woche bekommen Sie Antwort.',
    'Dieses Haus hat einen Garten.',
    'Jedes Kind bekommt ein Geschenk.',
    'Alles Gute zum Geburtstag!',
    'Herr Peters hilft Ihnen gern.',
    'Jonas hat heute Sport.',
    'Die Kitas öffnen um 7 Uhr.',
    'Ich gebe der Frau das Formular.',
    'Das Jobcenter hilft Ihnen bei der Suche.',
    'Dabei hilft Ihnen zum Beispiel der Fach·dienst.',
    'Kaltes Wasser ist gesund.',
    'Im Kurs Deutsch lernen Sie viel.',
    'Trotzdem gehen wir raus.',
  ])('accepts „%s“', (text) => {
    expect(findingsOf('genitive', text)).toEqual([])
  })

  it('is an error with a hint for a simpler wording', () => {
    const [because] = findingsOf('genitive', 'Wegen der Krankheit fehlt Lisa.')
    expect(because?.severity).toBe('error')
    expect(because?.suggestion).toContain('weil')
    expect(findingsOf('genitive', 'Peters Auto ist rot.')[0]?.suggestion).toBe(
      'Schreiben Sie mit „von“: „Auto von Peter“.',
    )
  })
})

describe('genitive after quantities', () => {
  it.each([
    ['Etwa 20 Prozent der Menschen bekommen Wohn·geld.', 'der Menschen'],
    ['Nur 30 % der Eltern kommen.', 'der Eltern'],
    ['Die Hälfte der Kosten zahlt das Amt.', 'der Kosten'],
  ])('finds the genitive in „%s“', (text, span) => {
    expect(spansOf('genitive', text)).toEqual([span])
  })
})

describe('genitive after a noun without article', () => {
  it.each([
    ['Kosten der Unterkunft', 'der Unterkunft'],
    ['Leistungen der Pflege·kasse', 'der Pflege·kasse'],
    ['Sie bekommen Leistungen der Pflege·kasse.', 'der Pflege·kasse'],
    ['Nach Abschluss der Ausbildung bekommen Sie Lohn.', 'der Ausbildung'],
  ])('finds „%s“', (text, span) => {
    expect(spansOf('genitive', text)).toEqual([span])
  })

  it.each([
    'Kommt der Bus heute?',
    'Mit der Karte fahren Sie Bus.',
    'Dann der Termin beim Arzt.',
    'Kosten für die Wohnung',
    'Herr Meier der Leiter ist da.',
  ])('accepts „%s“', (text) => {
    expect(findingsOf('genitive', text)).toEqual([])
  })
})
