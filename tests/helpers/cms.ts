import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'
import { inject } from 'vitest'
import { closeDatabase } from '../../cms/lib/database.ts'
import type { DemoLogin } from '../../cms/seed/index.ts'
import { freshDatabase, tempDataDir, testDatabase, type TemplateName, type TestDatabase } from './database.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by tests/setup/database-templates.ts for the int:<database> projects. */
    databaseTemplates: import('./database.ts').DatabaseTemplates | null
  }
}

export interface TestCms {
  payload: Payload
  config: SanitizedConfig
  dataDir: string
  /** The demo logins of the `demo` template (empty otherwise). */
  logins: DemoLogin[]
  close: () => Promise<void>
}

export interface StartOptions {
  /**
   * What the database holds at the start: only the schema (`empty`, the
   * default) or the demo content (`demo`). Both are copies of templates the
   * test setup made once per run and database, so no test file pushes the
   * schema or seeds the demo content itself.
   */
  from?: TemplateName
}

/**
 * Starts Payload on a database of its own (of this project's kind unless
 * given), in a temporary data folder. One per test file: the config reads its
 * environment when imported.
 */
export async function startCms(
  kind: TestDatabase = testDatabase(),
  { from = 'empty' }: StartOptions = {},
): Promise<TestCms> {
  const dataDir = tempDataDir()
  const template = inject('databaseTemplates')?.[from]
  const db = await freshDatabase(kind, dataDir, template?.kind === kind ? template : undefined)
  process.env.LOTSE_DATA_DIR = dataDir
  process.env.DATABASE_URL = db.url
  process.env.PAYLOAD_SECRET = 'test-secret-' + dataDir
  process.env.LOTSE_JOBS = 'off'
  process.env.LOTSE_PUBLISH = 'off'
  // A copy of a template has the schema already.
  if (template?.kind === kind) process.env.LOTSE_DB_PUSH = 'off'
  const [{ getPayload }, { default: configPromise }] = await Promise.all([
    import('payload'),
    import('../../cms/payload.config.ts'),
  ])
  const config = await configPromise
  const payload = await getPayload({ config })
  let logins: DemoLogin[] = []
  if (from === 'demo') {
    if (template?.kind === kind)
      logins = JSON.parse(readFileSync(path.join(template.dataDir, 'demo-logins.json'), 'utf8')) as DemoLogin[]
    else {
      // No template for this database (MongoDB): seed here.
      const { seedDemoContent } = await import('../../cms/seed/index.ts')
      logins = await seedDemoContent(payload)
    }
  }
  return {
    payload,
    config,
    dataDir,
    logins,
    close: async () => {
      const adapter = payload.db
      await payload.destroy?.()
      await closeDatabase(adapter)
      await db.drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
