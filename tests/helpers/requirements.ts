import { accessSync, constants, existsSync } from 'node:fs'
import path from 'node:path'
import { findFfmpeg } from '../../plugins/video-renditions/renditions.ts'
import { findChromium } from '../../plugins/publishing/a11y-browser.ts'

/** CI (`CI=true`, as `.ci/run` sets it) must run everything: nothing may be skipped for want of a tool. */
export const inCI = ['true', '1'].includes((process.env.CI ?? '').toLowerCase())

/**
 * Where the HSDS 3.0 schemas are: LOTSE_HSDS_DIR, else ../shared/hsds-3.0
 * beside the checkout, else /work/shared/hsds-3.0 (a fresh clone elsewhere on
 * the development machine, as CI makes).
 */
export const hsdsDir =
  [
    process.env.LOTSE_HSDS_DIR,
    path.resolve(import.meta.dirname, '../../../shared/hsds-3.0'),
    '/work/shared/hsds-3.0',
  ].find((dir): dir is string => !!dir && existsSync(path.join(dir, 'schema/compiled/service.json'))) ??
  path.resolve(import.meta.dirname, '../../../shared/hsds-3.0')

/** Debian's Firefox ESR (firefox-esr), or FIREFOX_PATH. */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

interface Requirement {
  name: string
  present: () => boolean
  /** What to do when it is missing. */
  hint: string
}

const requirements = {
  chromium: {
    name: 'Chromium',
    present: () => findChromium() !== null,
    hint: `install Debian's "chromium" package (it must be on the PATH) or set CHROME_PATH (now: ${process.env.CHROME_PATH ?? 'unset'})`,
  },
  firefox: {
    name: 'Firefox',
    present: () => executable(firefoxPath),
    hint: `install Debian's "firefox-esr" package or set FIREFOX_PATH (now: ${firefoxPath})`,
  },
  ffmpeg: {
    name: 'ffmpeg',
    present: () => findFfmpeg() !== null,
    hint: `install Debian's "ffmpeg" package (it must be on the PATH) or set FFMPEG_PATH`,
  },
  postgres: {
    name: 'PostgreSQL',
    present: () => Boolean(process.env.LOTSE_TEST_POSTGRES_URL),
    hint: 'set LOTSE_TEST_POSTGRES_URL to a server the tests may create databases on (.ci/run starts one on 127.0.0.1)',
  },
  hsds: {
    name: 'the HSDS 3.0 schemas',
    present: () => existsSync(path.join(hsdsDir, 'schema/compiled/service.json')),
    hint: `set LOTSE_HSDS_DIR to the hsds-3.0 folder (looked in ${hsdsDir})`,
  },
} satisfies Record<string, Requirement>

export type RequirementName = keyof typeof requirements

/** The requirements that are missing, each as "name: what to do". */
export function missing(names: RequirementName[]): string[] {
  return names
    .map((name) => requirements[name])
    .filter((r) => !r.present())
    .map((r) => `${r.name} is missing: ${r.hint}`)
}

const warned = new Set<string>()

/**
 * Whether a test can run: true when `name` is there. When it is missing, CI
 * fails (throws, naming what is missing); elsewhere the caller skips, and a
 * loud warning says so once per process.
 */
export function requires(name: RequirementName): boolean {
  const [problem] = missing([name])
  if (!problem) return true
  if (inCI) throw new Error(`CI must not skip tests: ${problem}`)
  if (!warned.has(name)) {
    warned.add(name)
    console.warn(`\n!!! ${problem}. The tests that need it are SKIPPED (in CI this fails the run).\n`)
  }
  return false
}
