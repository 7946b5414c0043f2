import { describe, expect, it } from 'vitest'
import { evaluateCorpus, formatQuality } from '../corpus/evaluate.ts'
import { CORPUS } from '../corpus/sentences.ts'
import { RULE_IDS } from '../types.ts'

describe('quality corpus', () => {
  it('has the required size and composition', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(160)
    expect(CORPUS.filter((entry) => entry.rules.length === 0).length).toBeGreaterThanOrEqual(60)
    for (const rule of RULE_IDS) {
      const onlyThisRule = CORPUS.filter((entry) => entry.rules.length === 1 && entry.rules[0] === rule)
      expect(onlyThisRule.length, rule).toBeGreaterThanOrEqual(10)
    }
    expect(new Set(CORPUS.map((entry) => entry.text)).size).toBe(CORPUS.length)
    expect(new Set(CORPUS.map((entry) => entry.topic)).size).toBe(6)
  })

  const quality = evaluateCorpus()

  it('prints the quality table', () => {
    console.log(`\n${formatQuality(quality)}\n`)
    for (const mismatch of quality.mismatches) {
      console.log(
        `  abweichend: „${mismatch.text}“ erwartet [${mismatch.expected.join(', ')}], gefunden [${mismatch.found.join(', ')}]`,
      )
    }
  })

  it.each(RULE_IDS)('%s has a recall of at least 85 %%', (rule) => {
    const figures = quality.rules.find((entry) => entry.rule === rule)
    expect(figures?.recall ?? 0).toBeGreaterThanOrEqual(0.85)
  })

  it('reports something on less than 10 % of the clean sentences', () => {
    expect(quality.cleanFalsePositiveRate).toBeLessThan(0.1)
  })
})
