import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'
import { tempDataDir } from './database.ts'
import { exclusive } from './exclusive.ts'
import { freePort, startProcess, waitForUrl, type Started } from './process.ts'

const root = path.resolve(import.meta.dirname, '../..')

export interface DemoLogin {
  email: string
  password: string
  role: string
  departments?: string[]
}

/** Where a running stack is reached; what the e2e setup hands to the test files. */
export interface StackInfo {
  /** The CMS (admin and API), e.g. http://127.0.0.1:41234 */
  cmsUrl: string
  /** The static server of `current`. */
  siteUrl: string
  dataDir: string
  /** Everything the stack printed (stdout and stderr). */
  logFile: string
}

export interface Stack extends StackInfo {
  logins: DemoLogin[]
  output: () => string
  stop: () => Promise<void>
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The e2e run's shared `npm start` stack (tests/setup/e2e.ts). */
    stack: StackInfo
  }
}

/**
 * Starts the whole product as `npm start` runs it, on an empty data folder
 * with the embedded SQLite database, and returns at once: the demo content is
 * seeded, the first release built and served, the admin built (once per
 * checkout; parallel starts wait for each other) and served by Next.js, the
 * pipeline rebuilding on every publish. Both addresses use 127.0.0.1, so the
 * browser's origin matches SITE_URL and CMS_URL. `LOTSE_TEST_CMS_DEV=1` runs
 * Next in development mode instead (no admin build; slower first page loads).
 */
export async function launchStack(env: Record<string, string> = {}): Promise<StackInfo & { process: Started }> {
  const dataDir = tempDataDir('lotse-stack-')
  const port = await freePort()
  const sitePort = await freePort()
  const cmsUrl = `http://127.0.0.1:${port}`
  const siteUrl = `http://127.0.0.1:${sitePort}`
  const args = ['--import', 'tsx', 'scripts/start.ts']
  if (process.env.LOTSE_TEST_CMS_DEV === '1') args.push('--dev')
  const logFile = path.join(dataDir, 'stack.log')
  // What the test runner adds to its own environment (NODE_ENV=test, SITE, …) is not the product's.
  const runnerEnv = Object.fromEntries(
    [
      'NODE_ENV',
      'TEST',
      'VITEST',
      'VITEST_MODE',
      'VITEST_POOL_ID',
      'VITEST_WORKER_ID',
      'SITE',
      'BASE_URL',
      'MODE',
      'DEV',
      'PROD',
      'SSR',
    ].map((name) => [name, undefined]),
  )
  const started: Started = startProcess(
    process.execPath,
    args,
    {
      ...runnerEnv,
      LOTSE_DATA_DIR: dataDir,
      PORT: String(port),
      SITE_PORT: String(sitePort),
      SITE_URL: siteUrl,
      CMS_URL: cmsUrl,
      DATABASE_URL: '',
      PAYLOAD_SECRET: '',
      ...env,
    },
    root,
  )
  const log = createWriteStream(logFile)
  started.child.stdout?.pipe(log)
  started.child.stderr?.pipe(log)
  const stop = started.stop
  started.stop = async () => {
    await stop()
    log.end()
  }
  return { cmsUrl, siteUrl, dataDir, logFile, process: started }
}

function readLogins(dataDir: string): DemoLogin[] {
  return JSON.parse(readFileSync(path.join(dataDir, 'demo-logins.json'), 'utf8')) as DemoLogin[]
}

/**
 * A stack of its own for a test that must not share one (it changes settings
 * or stops the process); waits until the admin answers.
 */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  const { process: started, ...info } = await launchStack(env)
  try {
    await waitForUrl(`${info.cmsUrl}/admin/login`, started, 20 * 60 * 1000)
    // The first release too: with the admin already built, the admin can answer before the site is live (the
    // static server answers 503 "Die Website wird gerade erstellt" until then).
    await waitForUrl(`${info.siteUrl}/`, started, 10 * 60 * 1000)
  } catch (error) {
    await started.stop()
    rmSync(info.dataDir, { recursive: true, force: true })
    throw error
  }
  return {
    ...info,
    logins: readLogins(info.dataDir),
    output: started.output,
    stop: async () => {
      await started.stop()
      rmSync(info.dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * The e2e run's shared stack (one `npm start` for all browser tests of the
 * admin and the widgets), once its admin answers and no other test file
 * uses it. The setup stops it after the run; `stop` here lets the next file
 * use it.
 */
export async function sharedStack(): Promise<Stack> {
  const info = inject('stack')
  // One file at a time uses the shared stack (a publish by one would change what another reads; together they
  // would exhaust the widgets' rate limits); all other test files run beside it.
  const release = await exclusive('shared-stack')
  const deadline = Date.now() + 20 * 60_000
  for (;;) {
    const response = await fetch(`${info.cmsUrl}/admin/login`, { redirect: 'manual' }).catch(() => null)
    if (response?.status === 200) break
    if (existsSync(path.join(info.dataDir, 'stack.exit')) || Date.now() > deadline)
      throw new Error(`the shared stack did not start:\n${output().slice(-4000)}`)
    await new Promise((r) => setTimeout(r, 1000))
  }
  function output(): string {
    try {
      return readFileSync(info.logFile, 'utf8')
    } catch {
      return ''
    }
  }
  return { ...info, logins: readLogins(info.dataDir), output, stop: async () => release() }
}
