import { describe, expect, it } from 'vitest'
import { analyze } from '../packages/easy-language-checker/index.ts'
import { benchmarkText, parseEasyLanguageArgs } from './easy-language-check.ts'

describe('Leichte-Sprache check benchmark', () => {
  it('builds a text of at least 2,000 words, one sentence per line, with findings', () => {
    const text = benchmarkText(2000)
    const { stats, findings } = analyze(text)
    expect(stats.words).toBeGreaterThanOrEqual(2000)
    expect(stats.words).toBeLessThan(2030)
    expect(findings.length).toBeGreaterThan(100)
  })

  it('reads --runs and --words', () => {
    expect(parseEasyLanguageArgs(['--ls'])).toEqual({ runs: 200, words: 2000 })
    expect(parseEasyLanguageArgs(['--ls', '--runs', '20', '--words', '500'])).toEqual({ runs: 20, words: 500 })
    expect(parseEasyLanguageArgs(['--easy-language', '--runs', '20'])).toEqual({ runs: 20, words: 2000 })
    expect(() => parseEasyLanguageArgs(['--runs', '0'])).toThrow(/--runs/)
  })
})
