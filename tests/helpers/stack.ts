import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { tempDataDir } from './database.ts'
import { freePort, startProcess, waitForUrl, type Started } from './process.ts'

const root = path.resolve(import.meta.dirname, '../..')

export interface DemoLogin {
  email: string
  password: string
  role: string
  departments?: string[]
}

export interface Stack {
  /** The CMS (admin and API), e.g. http://127.0.0.1:41234 */
  cmsUrl: string
  /** The static server of `current`. */
  siteUrl: string
  dataDir: string
  logins: DemoLogin[]
  output: () => string
  stop: () => Promise<void>
}

/**
 * The whole product as `npm start` runs it, on an empty data folder with the
 * embedded SQLite database: demo content seeded, the first release built and
 * served, the admin built (once per checkout; parallel starts wait for each
 * other) and served by Next.js, the pipeline rebuilding on every publish.
 * Both addresses use 127.0.0.1, so the browser's origin matches SITE_URL and
 * CMS_URL. `LOTSE_TEST_CMS_DEV=1` runs Next in development mode instead
 * (no admin build; slower first page loads).
 */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  const dataDir = tempDataDir()
  const port = await freePort()
  const sitePort = await freePort()
  const cmsUrl = `http://127.0.0.1:${port}`
  const siteUrl = `http://127.0.0.1:${sitePort}`
  const args = ['--import', 'tsx', 'scripts/start.ts']
  if (process.env.LOTSE_TEST_CMS_DEV === '1') args.push('--dev')
  const started: Started = startProcess(
    process.execPath,
    args,
    {
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
  try {
    await waitForUrl(`${cmsUrl}/admin/login`, started, 20 * 60 * 1000)
  } catch (error) {
    await started.stop()
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  const logins = JSON.parse(readFileSync(path.join(dataDir, 'demo-logins.json'), 'utf8')) as DemoLogin[]
  return {
    cmsUrl,
    siteUrl,
    dataDir,
    logins,
    output: started.output,
    stop: async () => {
      await started.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
