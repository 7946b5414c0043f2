import { spawn } from 'node:child_process'
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

  it('leaves no browser behind when the process that launched it is killed', async () => {
    const script = path.join(dir, 'owner.mts')
    const module = path.resolve(import.meta.dirname, '../a11y-browser.ts')
    await writeFile(
      script,
      `import { A11yBrowser } from ${JSON.stringify(module)}\n` +
        `const b = await A11yBrowser.launch()\nconsole.log('PID ' + b.pid)\nsetInterval(() => {}, 1000)\n`,
    )
    const owner = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    const pid = await new Promise<number>((resolve, reject) => {
      let out = ''
      owner.stdout!.on('data', (d) => {
        out += d
        const m = out.match(/PID (\d+)/)
        if (m) resolve(Number(m[1]))
      })
      owner.on('exit', (code) => reject(new Error(`the owner ended (${code}) before it launched a browser`)))
    })
    const alive = () => {
      try {
        process.kill(pid, 0)
        return true
      } catch {
        return false
      }
    }
    expect(alive()).toBe(true)
    owner.kill('SIGKILL')
    const deadline = Date.now() + 10_000
    while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    const left = alive()
    if (left) process.kill(pid, 'SIGKILL')
    expect(left, `Chromium ${pid} outlived its owner`).toBe(false)
  }, 60_000)
})
