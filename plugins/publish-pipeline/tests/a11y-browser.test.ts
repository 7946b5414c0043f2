import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requires } from '../../../tests/helpers/requirements.ts'
import { A11yBrowser } from '../a11y-browser.ts'

describe.runIf(requires('chromium'))('A11yBrowser', () => {
  let dir: string
  let browser: A11yBrowser
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lotse-a11y-browser-'))
    // The form below the fold, as the feedback form sits in the footer of a long page.
    const page = (n: number) =>
      `<!doctype html><html lang="de"><title>Seite ${n}</title><main><h1>Seite ${n}</h1><p style="height:3000px">Text</p>` +
      `<details id="melden"><summary>Barriere melden</summary><p id="frage">Was ist das Problem?</p></details></main></html>`
    for (const n of [1, 2, 3]) await writeFile(path.join(dir, `${n}.html`), page(n))
    // A short protocol timeout: a check that hangs fails within the test's time instead of after 3 minutes.
    browser = await A11yBrowser.launch({ concurrency: 3, protocolTimeout: 15_000 })
  })
  afterAll(async () => {
    await browser?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('runs pa11y actions on every tab of a concurrent check, not only the one in front', async () => {
    const actions = ['click element #melden > summary', 'wait for element #frage to be visible']
    const started = Date.now()
    const results = await browser.all(
      [1, 2, 3].map((n) => ({ url: `file://${path.join(dir, `${n}.html`)}`, actions })),
      (target) => browser.pa11y(target),
    )
    expect(results.map((r) => ('error' in r ? r.error : r.issues))).toEqual([[], [], []])
    // Seconds, not a protocol timeout followed by a retry in a fresh tab.
    expect(Date.now() - started).toBeLessThan(14_000)
  }, 60_000)
})
