import { describe, expect, it } from 'vitest'
import { check } from '../index.ts'

const sentences = (n: number) => Array.from({ length: n }, (_, i) => `Das ist Satz Nummer ${i + 1}.`)

describe('structure: sub-headings and numbered steps', () => {
  it('reads sub-heading and step markers as layout, not as words or special characters', () => {
    const text = ['## So stellen Sie den Antrag', '1. Sie rufen uns an.', '2. Wir schicken Ihnen den Antrag.'].join(
      '\n',
    )
    expect(check(text)).toEqual([])
  })

  it('warns when a text longer than a screen has no sub-heading', () => {
    const findings = check(sentences(13).join('\n')).filter((f) => f.rule === 'sub-heading')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.severity).toBe('warning')
    expect(findings[0]!.index).toBe(0)
    expect(findings[0]!.message).toContain('Zwischen·überschrift')
  })

  it('does not warn for a short text or a long text with sub-headings', () => {
    expect(check(sentences(12).join('\n')).filter((f) => f.rule === 'sub-heading')).toEqual([])
    const structured = ['## Erster Teil', ...sentences(8), '## Zweiter Teil', ...sentences(8)].join('\n')
    expect(check(structured).filter((f) => f.rule === 'sub-heading')).toEqual([])
  })

  it('keeps the positions of findings after a marker', () => {
    const text = '1. Der Antrag wird geprüft.'
    const passive = check(text).find((f) => f.rule === 'passive')
    expect(passive && text.slice(passive.index, passive.index + passive.length)).toBe('wird geprüft')
  })
})
