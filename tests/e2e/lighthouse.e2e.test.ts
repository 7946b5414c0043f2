/**
 * Lighthouse (performance, with its default simulated mobile throttling) on
 * the two widget pages of the built demo release, in Debian's Chromium: a
 * performance score of at least 98 and a cumulative layout shift below 0.05.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromeArgs, chromePath, hasChromium } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')

describe.skipIf(!hasChromium)('Lighthouse on the finder and near me', () => {
  let chrome: chromeLauncher.LaunchedChrome

  beforeAll(async () => {
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeArgs] })
  })
  afterAll(async () => {
    await chrome?.kill()
  })

  for (const pathname of ['/wer-hilft-mir/', '/standorte/in-meiner-naehe/']) {
    it(`${pathname}: performance at least 98, layout shift below 0.05`, { timeout: 5 * 60_000 }, async () => {
      // The best of two measurements: the machine is shared, and one busy moment is not the page's doing. A run
      // in which Lighthouse itself failed (a runtime error, e.g. no first paint within its own time limit on a
      // saturated machine) measured nothing: it is reported and tried again, up to four runs in all.
      const runs: { score: number; cls: number }[] = []
      const failures: string[] = []
      while (runs.length < 2 && runs.length + failures.length < 4) {
        const result = await lighthouse(siteUrl + pathname, {
          port: chrome.port,
          onlyCategories: ['performance'],
          logLevel: 'error',
          output: 'json',
        })
        const lhr = result!.lhr
        const cls = lhr.audits['cumulative-layout-shift']?.numericValue
        if (lhr.runtimeError || lhr.categories.performance?.score == null || cls === undefined) {
          failures.push(lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : 'no score')
          continue
        }
        runs.push({ score: Math.round(lhr.categories.performance.score * 100), cls })
        if (runs.at(-1)!.score >= 98) break
      }
      console.log(
        `lighthouse ${pathname}: ${runs.map((r) => `score ${r.score}, CLS ${r.cls.toFixed(3)}`).join('; ')}${
          failures.length ? `; Lighthouse failed ${failures.length}×: ${failures.join(' | ')}` : ''
        }`,
      )
      expect(runs.length, `no Lighthouse run measured the page: ${failures.join(' | ')}`).toBeGreaterThan(0)
      expect(Math.max(...runs.map((r) => r.score))).toBeGreaterThanOrEqual(98)
      expect(Math.min(...runs.map((r) => r.cls))).toBeLessThan(0.05)
    })
  }
})
