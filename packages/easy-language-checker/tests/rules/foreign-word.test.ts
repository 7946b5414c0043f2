import { describe, expect, it } from 'vitest'
import { findingsOf, spansOf } from '../helpers.ts'

describe('foreign-word', () => {
  it.each([
    ['Geben Sie uns bitte ein Feedback.', 'Feedback', 'Rückmeldung'],
    ['Das Meeting ist am Montag.', 'Meeting', 'Treffen'],
    ['Wir checken Ihre Unterlagen.', 'checken', 'prüfen'],
    ['Sie können das Formular downloaden.', 'downloaden', 'herunter·laden'],
    ['Loggen Sie sich mit Ihrem Passwort ein.', 'Loggen', 'anmelden'],
    ['Beim Check-in bekommen Sie den Schlüssel.', 'Check-in', 'Anmeldung'],
    ['Das ist für Sie optional.', 'optional', 'freiwillig'],
    ['Ihr Fitness·tracker zählt die Schritte.', 'tracker', 'Mess·gerät'],
    ['Die Hotlinenummer steht im Brief.', 'Hotlinenummer', 'Telefon·nummer für Fragen'],
  ])('finds „%s“', (text, span, suggestion) => {
    const findings = findingsOf('foreign-word', text)
    expect(findings.map((f) => text.slice(f.index, f.index + f.length))).toEqual([span])
    expect(findings[0]?.suggestion).toBe(suggestion)
    expect(findings[0]?.severity).toBe('warning')
  })

  it.each([
    'Im Team arbeiten acht Menschen.',
    'Mein Job macht mir Spaß.',
    'Sie können uns eine E-Mail schicken.',
    'Sie können den Antrag online stellen.',
    'Das Taxi bringt Sie nach Hause.',
    'Der Computer steht im Büro.',
    'Im Café gibt es Kuchen.',
    'Das Ticket gilt für alle Busse.',
    'Der Transport ist kosten·los.',
  ])('accepts everyday loanwords: „%s“', (text) => {
    expect(findingsOf('foreign-word', text)).toEqual([])
  })

  it('does not report words that the glossary explains', () => {
    expect(spansOf('foreign-word', 'Geben Sie uns ein Feedback.', { glossary: ['Feedback'] })).toEqual([])
    expect(spansOf('foreign-word', 'Das Coaching hilft.', { glossary: ['Job-Coaching'] })).toEqual(['Coaching'])
    expect(spansOf('foreign-word', 'Das Coaching hilft.', { glossary: ['Persönliches Coaching'] })).toEqual([])
  })

  it('takes extra words from the option foreignWords', () => {
    const findings = findingsOf('foreign-word', 'Das Onboarding dauert eine Woche.', {
      foreignWords: { Inklusions·tag: 'Fest für alle' },
    })
    expect(findings.map((f) => f.suggestion)).toEqual(['Einarbeitung'])
    expect(
      findingsOf('foreign-word', 'Der Inklusions·tag ist im Mai.', {
        foreignWords: { Inklusionstag: 'Fest für alle' },
      }),
    ).toEqual([])
    expect(
      findingsOf('foreign-word', 'Wir machen ein Barcamp.', { foreignWords: { Barcamp: 'Treffen' } }).map(
        (f) => f.suggestion,
      ),
    ).toEqual(['Treffen'])
  })
})
