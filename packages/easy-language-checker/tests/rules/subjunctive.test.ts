import { describe, expect, it } from 'vitest'
import { findingsOf, spansOf } from '../helpers.ts'

describe('subjunctive', () => {
  it.each([
    ['Ich würde gern mehr arbeiten.', 'würde'],
    ['Sie könnten einen Antrag stellen.', 'könnten'],
    ['Das wäre eine gute Lösung.', 'wäre'],
    ['Sie sollten früh kommen.', 'sollten'],
    ['Hätten Sie morgen Zeit?', 'Hätten'],
    ['Sie müssten den Brief lesen.', 'müssten'],
    ['Das dürfte reichen.', 'dürfte'],
    ['Wir bräuchten eine größere Wohnung.', 'bräuchten'],
    ['Ich wüsste gern mehr.', 'wüsste'],
  ])('finds the Konjunktiv in „%s“', (text, span) => {
    expect(spansOf('subjunctive', text)).toEqual([span])
  })

  it.each([
    'Ich möchte einen Termin.',
    'Sie können einen Antrag stellen.',
    'Ich konnte gestern zum Arzt gehen.',
    'Sie sollen pünktlich kommen.',
    'Ich hatte Fieber.',
    'Das war schön.',
  ])('accepts „%s“', (text) => {
    expect(findingsOf('subjunctive', text)).toEqual([])
  })

  it('suggests the indicative, with "ich" in the first person', () => {
    expect(findingsOf('subjunctive', 'Das wäre gut.')[0]).toMatchObject({ severity: 'error', suggestion: 'ist' })
    expect(findingsOf('subjunctive', 'Ich wäre gern dabei.')[0]?.suggestion).toBe('bin')
    expect(findingsOf('subjunctive', 'Hätten Sie Zeit?')[0]?.suggestion).toBe('Haben')
    expect(findingsOf('subjunctive', 'Ich würde kommen.')[0]?.suggestion).toBeUndefined()
    expect(findingsOf('subjunctive', 'Sie könnten kommen.')[0]?.message).toBe(
      '„könnten“ ist Konjunktiv. Schreiben Sie klar und direkt, zum Beispiel mit „können“.',
    )
  })

  it('reports "möchte" only when allowMoechte is false', () => {
    expect(spansOf('subjunctive', 'Ich möchte kommen.', { allowMoechte: false })).toEqual(['möchte'])
  })
})

describe('Konjunktiv I', () => {
  it.each([
    ['Das Amt sagt, der Antrag sei zu spät.', 'sei', 'ist'],
    ['Er sagt, er habe Zeit.', 'habe', 'hat'],
    ['Der Vermieter meint, es gebe Hilfe.', 'gebe', 'gibt'],
    ['Die Ärztin meint, das Kind müsse viel schlafen.', 'müsse', 'muss'],
    ['Mein Chef sagt, er brauche eine Bescheinigung.', 'brauche', 'braucht'],
    ['Die Kasse sagt, die Brille koste zu viel.', 'koste', 'kostet'],
    ['Das Amt meint, Sie seien umgezogen.', 'seien', 'sind'],
    ['Laut Bescheid habe Ihr Sohn Anspruch auf Hilfe.', 'habe', 'hat'],
  ])('finds „%s“', (text, span, suggestion) => {
    const findings = findingsOf('subjunctive', text)
    expect(findings.map((finding) => text.slice(finding.index, finding.index + finding.length))).toEqual([span])
    expect(findings[0]?.suggestion).toBe(suggestion)
    expect(findings[0]?.severity).toBe('error')
  })

  it.each([
    'Ich habe Zeit.',
    'Ob ich das Geld habe, weiß ich bald.',
    'Wenn es lange dauert, rufen Sie an.',
    'Seien Sie bitte pünktlich.',
    'Sei vorsichtig.',
    'Sie haben eine Wohnung.',
    'Die rechte Hand tut weh.',
    'Ich gebe Ihnen das Formular.',
  ])('accepts „%s“', (text) => {
    expect(findingsOf('subjunctive', text)).toEqual([])
  })
})
