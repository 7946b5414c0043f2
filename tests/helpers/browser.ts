import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../../plugins/publishing/a11y-browser.ts'
import { requires } from './requirements.ts'

/** Debian's Chromium (never a downloaded browser): CHROME_PATH, else `chromium` on the PATH. */
export const chromePath = chromiumPath()

/** Whether browser tests can run; in CI a missing Chromium fails the run instead. */
export const hasChromium = requires('chromium')

export const chromeArgs = chromiumArgs

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, headless: true, args: chromeArgs })
}

/**
 * After a failed test: a screenshot of every open page in test-results/ of
 * the checkout (kept after the run, unlike the run's temporary folder), and
 * the end of the stack's output, for whoever reads the log.
 */
export async function recordFailure(
  name: string,
  state: string | undefined,
  contexts: BrowserContext[],
  output?: () => string,
): Promise<void> {
  if (state !== 'fail') return
  const dir = path.resolve(import.meta.dirname, '../../test-results')
  mkdirSync(dir, { recursive: true })
  for (const [i, page] of contexts.flatMap((context) => context.pages()).entries()) {
    const file = path.join(dir, `${name}-failure-${i}.png`)
    await page.screenshot({ path: file, fullPage: true }).catch(() => {})
    console.log(`${name}: screenshot of ${page.url()} in ${file}`)
  }
  if (output) console.log(output().slice(-4000))
}
