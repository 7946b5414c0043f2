import { describe, expect, it } from 'vitest'
import { analyze, check, RULE_IDS, RULES, TEXT_RULE_IDS } from '../index.ts'

const SAMPLE = [
  'Der Antrag wird vom Amt geprüft.',
  'Ich ging gestern zum Arzt, z. B. wegen der Schmerzen (im Rücken).',
  'Sie bekommen 1.200 Euro für Ihren Schwerbehindertenausweis.',
  'Das hätte ich nicht gedacht.',
  'Die Auszahlung erfolgt, obwohl man uns kein Feedback gibt.',
  'Wir greifen Ihnen unter die Arme.',
].join('\n')

describe('check', () => {
  it('returns an empty list for a clean Leichte-Sprache text', () => {
    expect(check('Sie haben Fragen?\nRufen Sie uns an.\nWir helfen Ihnen gern.')).toEqual([])
  })

  it('finds every rule in a mixed text, sorted by position, with valid spans', () => {
    const findings = check(SAMPLE)
    const rules = new Set(findings.map((finding) => finding.rule))
    // The sample is a few sentences: the whole-text rules (structure.test.ts) have nothing to say.
    for (const rule of RULE_IDS.filter((id) => !TEXT_RULE_IDS.includes(id))) {
      if (rule !== 'sentence-length' || findings.some((finding) => finding.rule === rule)) expect(rules).toContain(rule)
    }
    for (let i = 1; i < findings.length; i++) {
      expect(findings[i]?.index ?? 0).toBeGreaterThanOrEqual(findings[i - 1]?.index ?? 0)
    }
    for (const finding of findings) {
      expect(finding.index).toBeGreaterThanOrEqual(0)
      expect(finding.length).toBeGreaterThan(0)
      expect(finding.index + finding.length).toBeLessThanOrEqual(SAMPLE.length)
      expect(['error', 'warning']).toContain(finding.severity)
      expect(finding.message).toMatch(/[A-ZÄÖÜ„].*[.“]$/u)
    }
  })

  it('uses UTF-16 indices of the original text', () => {
    const text = '👍 Größe: Das ist im SGB.'
    const [finding] = check(text)
    expect(finding?.rule).toBe('abbreviation')
    expect(text.slice(finding?.index, (finding?.index ?? 0) + (finding?.length ?? 0))).toBe('SGB')
  })

  it('can switch rules off', () => {
    const findings = check(SAMPLE, { disable: ['negation', 'preterite'] })
    expect(findings.some((finding) => finding.rule === 'negation' || finding.rule === 'preterite')).toBe(false)
    expect(findings.length).toBeGreaterThan(0)
  })

  it('rejects invalid thresholds with a German message', () => {
    expect(() => check('Text', { sentenceWarningAbove: 0 })).toThrow(/sentenceWarningAbove/u)
    expect(() => check('Text', { longWordMinLetters: 2.5 })).toThrow(RangeError)
  })

  it('keeps the error threshold at least at the warning threshold by default', () => {
    const text = 'Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn.'
    expect(check(text)[0]?.severity).toBe('error')
    expect(check(text, { sentenceWarningAbove: 14 })).toEqual([])
    expect(check(text, { sentenceWarningAbove: 13 })[0]?.severity).toBe('error')
    expect(check(text, { sentenceWarningAbove: 13, sentenceErrorAbove: 20 })[0]?.severity).toBe('warning')
  })
})

describe('analyze', () => {
  it('returns the same findings as check plus stats', () => {
    const result = analyze(SAMPLE)
    expect(result.findings).toEqual(check(SAMPLE))
    expect(result.stats.sentences).toBe(6)
    expect(result.stats.words).toBeGreaterThan(20)
    expect(result.stats.fleschAmstad).not.toBeNull()
  })
})

describe('RULES', () => {
  it('has one rule per id, in the documented order, each with a German title', () => {
    expect(RULES.map((rule) => rule.id)).toEqual([...RULE_IDS])
    for (const rule of RULES) expect(rule.title.length).toBeGreaterThan(2)
  })
})
