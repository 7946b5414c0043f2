import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { corpusCounts, random } from './corpus.ts'
import { htmlPages, median, parseArgs, percentile } from './publish.ts'
import { processTree, RssMonitor } from './rss.ts'

describe('publish benchmark helpers', () => {
  it('takes median and nearest-rank p95', () => {
    const values = [5, 1, 9, 3, 7, 2, 8, 4, 6, 10]
    expect(median(values)).toBe(6)
    expect(median([3, 1, 2])).toBe(2)
    expect(percentile(values, 95)).toBe(10)
    expect(
      percentile(
        [...Array(20).keys()].map((i) => i + 1),
        95,
      ),
    ).toBe(19)
  })

  it('reads its flags and refuses unknown or misspelt ones, which would run another benchmark', () => {
    expect(parseArgs([])).toEqual({ services: 5000, changes: 10, keep: false, a11y: 'changed' })
    expect(parseArgs(['--services', '200', '--changes', '3', '--keep'])).toEqual({
      services: 200,
      changes: 3,
      keep: true,
      a11y: 'changed',
    })
    expect(parseArgs(['--demo'])).toMatchObject({ demo: true, changes: 10, a11y: 'changed' })
    expect(parseArgs(['--a11y', 'off']).a11y).toBe('off')
    expect(parseArgs(['--corpus', 'x']).corpusDir).toBe(path.resolve('x'))
    expect(() => parseArgs(['--a11y', 'manchmal'])).toThrow(/--a11y/)
    expect(() => parseArgs(['--services', 'viele'])).toThrow(/--services/)
    expect(() => parseArgs(['--changes', '0'])).toThrow(/--changes/)
    // Before: an unknown flag was ignored, so `--demmo` silently ran the 5,000-service benchmark.
    expect(() => parseArgs(['--demmo'])).toThrow(/demmo[\s\S]*Aufruf/)
    expect(() => parseArgs(['--demo', '--services', '200'])).toThrow(/--demo/)
  })

  it('sizes the corpus in the demo proportion (46 services : 26 contacts : 18 locations), half with Leichte Sprache', () => {
    expect(corpusCounts(5000)).toEqual({
      services: 5000,
      easyLanguageTexts: 2500,
      contactPersons: 2826,
      locations: 1957,
    })
    // Never fewer than the demo content itself.
    expect(corpusCounts(10).services).toBe(46)
  })

  it('generates the same sequence for the same seed', () => {
    const a = random(42)
    const b = random(42)
    const first = [a(), a(), a()]
    expect([b(), b(), b()]).toEqual(first)
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(random(43)()).not.toBe(first[0])
  })

  it('counts HTML pages and bytes, ignoring the Pagefind folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lotse-bench-test-'))
    try {
      mkdirSync(path.join(dir, 'a'))
      mkdirSync(path.join(dir, 'pagefind'))
      writeFileSync(path.join(dir, 'index.html'), 'x'.repeat(100))
      writeFileSync(path.join(dir, 'a', 'index.html'), 'x'.repeat(50))
      writeFileSync(path.join(dir, 'a', 'style.css'), 'x'.repeat(1000))
      writeFileSync(path.join(dir, 'pagefind', 'ui.html'), 'x')
      expect(htmlPages(dir)).toEqual({ pages: 2, bytes: 150 })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it.runIf(process.platform === 'linux')(
    'includes child processes in the tree and their memory in the peak',
    async () => {
      const child = spawn(process.execPath, [
        '-e',
        'globalThis.b = Buffer.alloc(64 * 2 ** 20, 1); console.log("ready"); setTimeout(() => {}, 10000)',
      ])
      try {
        await new Promise((r) => child.stdout.once('data', r))
        expect(processTree()).toContain(child.pid)
        const monitor = new RssMonitor()
        monitor.sample()
        const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))![1])
        // The child's 64 MB buffer is counted on top of this process, by both measures.
        expect(monitor.peakKb).toBeGreaterThan(own + 60 * 1024)
        expect(monitor.peakPssKb).toBeGreaterThan(60 * 1024)
        expect(monitor.peakPssKb).toBeLessThanOrEqual(monitor.peakKb)
      } finally {
        child.kill()
      }
    },
  )
})
