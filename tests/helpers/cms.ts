import { rmSync } from 'node:fs'
import type { Payload, SanitizedConfig } from 'payload'
import { closeDatabase } from '../../cms/lib/database.ts'
import { freshDatabase, tempDataDir, type TestDatabase } from './database.ts'

export interface TestCms {
  payload: Payload
  config: SanitizedConfig
  dataDir: string
  close: () => Promise<void>
}

/**
 * Starts Payload on a fresh database of the given kind, in a temporary data
 * folder. One per test file: the config reads its environment when imported.
 */
export async function startCms(kind: TestDatabase): Promise<TestCms> {
  const dataDir = tempDataDir()
  const db = await freshDatabase(kind, dataDir)
  process.env.LOTSE_DATA_DIR = dataDir
  process.env.DATABASE_URL = db.url
  process.env.PAYLOAD_SECRET = 'test-secret-' + dataDir
  process.env.LOTSE_JOBS = 'off'
  process.env.LOTSE_PUBLISH = 'off'
  const [{ getPayload }, { default: configPromise }] = await Promise.all([
    import('payload'),
    import('../../cms/payload.config.ts'),
  ])
  const config = await configPromise
  const payload = await getPayload({ config })
  return {
    payload,
    config,
    dataDir,
    close: async () => {
      const adapter = payload.db
      await payload.destroy?.()
      await closeDatabase(adapter)
      await db.drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
