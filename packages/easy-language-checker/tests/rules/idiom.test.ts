import { describe, expect, it } from 'vitest'
import { findingsOf, spansOf } from '../helpers.ts'

describe('idiom', () => {
  it.each([
    ['Wir greifen Ihnen unter die Arme.', 'unter die Arme', 'helfen'],
    ['Wir stehen Ihnen zur Seite.', 'zur Seite', 'helfen'],
    ['Wir halten Sie auf dem Laufenden.', 'auf dem Laufenden', 'informieren, Bescheid sagen'],
    ['In der Regel dauert das zwei Wochen.', 'In der Regel', 'meistens'],
    ['Der Pflege·dienst ist rund um die Uhr da.', 'rund um die Uhr', 'Tag und Nacht'],
    ['Der Termin ist ins Wasser gefallen.', 'ins Wasser', 'ausfallen, nicht stattfinden'],
    ['Sie kommen kaum über die Runden.', 'über die Runden', 'genug Geld zum Leben haben'],
  ])('finds „%s“', (text, span, meaning) => {
    const findings = findingsOf('idiom', text)
    expect(findings.map((f) => text.slice(f.index, f.index + f.length))).toEqual([span])
    expect(findings[0]?.suggestion).toBe(meaning)
    expect(findings[0]?.severity).toBe('warning')
  })

  it.each([
    'Gehen Sie bitte zur Seite.',
    'Die Ärztin untersucht Ihre Arme.',
    'Das Wasser ist warm.',
    'Die Uhr hängt im Flur.',
    'Die Regel gilt für alle.',
  ])('accepts literal use: „%s“', (text) => {
    expect(spansOf('idiom', text)).toEqual([])
  })
})
