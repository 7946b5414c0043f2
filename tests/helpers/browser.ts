import { chromium, type Browser } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../../plugins/publish-pipeline/a11y-browser.ts'
import { requires } from './requirements.ts'

/** Debian's Chromium (never a downloaded browser): CHROME_PATH, else `chromium` on the PATH. */
export const chromePath = chromiumPath()

/** Whether browser tests can run; in CI a missing Chromium fails the run instead. */
export const hasChromium = requires('chromium')

export const chromeArgs = chromiumArgs

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, headless: true, args: chromeArgs })
}
