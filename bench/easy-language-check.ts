/**
 * The Leichte-Sprache check benchmark (`npm run bench -- --easy-language`, or
 * `npx tsx bench/easy-language-check.ts`): checks a text of 2,000 words, as the
 * editor does live while typing, many times, and compares the median with the
 * target of 100 ms. The text is made of the labelled corpus sentences (clean
 * ones and ones with findings), one per line, so every rule has work to do.
 *
 * Writes bench/results/easy-language.json and a timestamped copy.
 *
 * Options: --runs N (default 200), --words N (default 2000).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { DRAFTS } from '../packages/easy-language-checker/corpus/drafts.ts'
import { CORPUS } from '../packages/easy-language-checker/corpus/sentences.ts'
import { analyze, check } from '../packages/easy-language-checker/index.ts'

const root = path.resolve(import.meta.dirname, '..')
const resultsDir = path.join(root, 'bench', 'results')

export const EASY_LANGUAGE_TARGET_MEDIAN_MS = 100

export interface EasyLanguageBenchOptions {
  runs: number
  words: number
}

export function parseEasyLanguageArgs(argv: string[]): EasyLanguageBenchOptions {
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`)
    if (i < 0) return fallback
    const n = Number(argv[i + 1])
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} expects a positive whole number`)
    return n
  }
  return { runs: value('runs', 200), words: value('words', 2000) }
}

/** A text of at least `words` words from the corpus sentences, one sentence per line. */
export function benchmarkText(words: number): string {
  const sentences = [...DRAFTS, ...CORPUS].map((entry) => entry.text)
  const lines: string[] = []
  let count = 0
  for (let i = 0; count < words; i++) {
    const sentence = sentences[i % sentences.length] ?? ''
    lines.push(sentence)
    count += analyze(sentence).stats.words
  }
  return lines.join('\n')
}

function quantile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN
}

export function runEasyLanguageBenchmark({ runs, words }: EasyLanguageBenchOptions) {
  const text = benchmarkText(words)
  const { stats } = analyze(text)
  // warm-up: the first call decodes the verb lexicon and compiles the patterns
  const coldStart = performance.now()
  const findings = check(text).length
  const coldMs = performance.now() - coldStart
  for (let i = 0; i < 10; i++) check(text)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    check(text)
    times.push(performance.now() - start)
  }
  const sorted = [...times].sort((a, b) => a - b)
  const round = (value: number) => Math.round(value * 100) / 100
  const medianMs = round(quantile(sorted, 0.5))
  const cpus = os.cpus()
  const result = {
    benchmark: 'easy-language-check',
    date: new Date().toISOString(),
    text: { words: stats.words, sentences: stats.sentences, characters: text.length, findings },
    runs,
    firstRunMs: round(coldMs),
    medianMs,
    p95Ms: round(quantile(sorted, 0.95)),
    minMs: round(sorted[0] ?? NaN),
    maxMs: round(sorted.at(-1) ?? NaN),
    target: { medianMsMax: EASY_LANGUAGE_TARGET_MEDIAN_MS, pass: medianMs <= EASY_LANGUAGE_TARGET_MEDIAN_MS },
    machine: {
      cores: cpus.length,
      cpu: cpus[0]?.model ?? 'unknown',
      ramMb: Math.round(os.totalmem() / 2 ** 20),
      node: process.version,
      note: 'Shared machine: other people run builds and tests at the same time, so times vary between runs.',
    },
  }
  mkdirSync(resultsDir, { recursive: true })
  const json = `${JSON.stringify(result, null, 2)}\n`
  writeFileSync(path.join(resultsDir, 'easy-language.json'), json)
  writeFileSync(path.join(resultsDir, `easy-language-${result.date.replace(/[:.]/g, '-')}.json`), json)
  return result
}

/** Runs the benchmark and prints one line per figure; used by bench/run.ts. */
export function printEasyLanguageBenchmark(argv: string[]): boolean {
  const result = runEasyLanguageBenchmark(parseEasyLanguageArgs(argv))
  console.log(
    `easy-language: ${result.text.words} words, ${result.text.sentences} sentences, ${result.text.findings} findings, ` +
      `${result.runs} runs: median ${result.medianMs} ms, p95 ${result.p95Ms} ms, first run ${result.firstRunMs} ms ` +
      `(${result.machine.cores} cores)`,
  )
  console.log(
    `${result.target.pass ? 'PASS' : 'MISS'} check median: ${result.medianMs} ms (target ≤ ${EASY_LANGUAGE_TARGET_MEDIAN_MS} ms)`,
  )
  console.log('written: bench/results/easy-language.json')
  return result.target.pass
}

if (import.meta.url === `file://${process.argv[1]}`) printEasyLanguageBenchmark(process.argv.slice(2))
