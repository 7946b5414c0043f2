import { describe, expect, it } from 'vitest'
import { findingsOf, spansOf } from '../helpers.ts'

describe('impersonal', () => {
  it.each([
    ['Man muss den Antrag unterschreiben.', 'Man', 'Sie müssen'],
    ['Hier kann man Wohn·geld beantragen.', 'man', 'Sie können'],
    ['Man bekommt das Geld auf das Konto.', 'Man', 'Sie bekommen'],
    ['Antragsteller müssen einen Ausweis zeigen.', 'Antragsteller', 'Sie'],
    ['Leistungs·berechtigte müssen jede Änderung melden.', 'Leistungs·berechtigte', 'Sie'],
    ['Teilnehmende bringen bitte einen Stift mit.', 'Teilnehmende', 'Sie'],
    ['Es empfiehlt sich, früh zu kommen.', 'Es empfiehlt sich', undefined],
  ])('finds „%s“', (text, span, suggestion) => {
    const findings = findingsOf('impersonal', text)
    expect(findings.map((f) => text.slice(f.index, f.index + f.length))).toEqual([span])
    if (suggestion !== undefined) expect(findings[0]?.suggestion).toBe(suggestion)
    expect(findings[0]?.severity).toBe('warning')
  })

  it.each([
    'Das nennt man Wohn·geld.',
    'Manche Menschen brauchen mehr Hilfe.',
    'Sie müssen den Antrag unterschreiben.',
    'Der Mieter von oben ist nett.',
    'Mieter/innen haben Rechte.',
    'Alle Bürger·innen können mitmachen.',
    'Das Bürger·amt hilft Ihnen.',
    'Es ist warm.',
  ])('accepts „%s“', (text) => {
    expect(spansOf('impersonal', text)).toEqual([])
  })
})
