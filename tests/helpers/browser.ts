import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** Debian's Chromium (never a downloaded browser); CHROME_PATH overrides. */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium'
export const hasChromium = existsSync(chromePath)

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

if (!hasChromium) {
  console.warn(`\n!!! Chromium not found at ${chromePath}: browser and accessibility tests are SKIPPED.`)
  console.warn('!!! Install Debian\'s "chromium" package or set CHROME_PATH.\n')
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, headless: true, args: chromeArgs })
}
