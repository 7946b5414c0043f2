import { describe, expect, it } from 'vitest'
import { checkEasyLanguage } from './checker.ts'
import { segmentsOf } from './marks.ts'

describe('segmentsOf', () => {
  it('cuts the text at the findings and numbers them as in the list', () => {
    const text = 'Sie stellen einen Antrag.\nDer Antrag wird vom Amt geprüft.\nSie bekommen Geld nach dem SGB.'
    const { findings } = checkEasyLanguage(text)
    const segments = segmentsOf(text, findings)
    expect(segments.map((s) => s.text).join('')).toBe(text)
    expect(segments.filter((s) => s.covered.length > 0).map((s) => [s.text, s.covered, s.ending, s.severity])).toEqual([
      ['wird vom Amt geprüft', [1], [1], 'error'],
      ['SGB', [2], [2], 'error'],
    ])
  })

  it('handles overlapping findings and the worse severity wins', () => {
    const segments = segmentsOf('abcdef', [
      { index: 1, length: 3, severity: 'warning' },
      { index: 2, length: 3, severity: 'error' },
    ])
    expect(segments.map((s) => [s.text, s.covered, s.ending, s.severity])).toEqual([
      ['a', [], [], null],
      ['b', [1], [], 'warning'],
      ['cd', [1, 2], [1], 'error'],
      ['e', [2], [2], 'error'],
      ['f', [], [], null],
    ])
  })

  it('gives the whole text as one piece without findings', () => {
    expect(segmentsOf('Ein Satz.', [])).toEqual([{ text: 'Ein Satz.', covered: [], ending: [], severity: null }])
    expect(segmentsOf('', [])).toEqual([])
  })
})
