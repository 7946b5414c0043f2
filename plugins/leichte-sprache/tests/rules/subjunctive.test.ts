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
