/**
 * Global setup of the end-to-end tests: seeds the demo content into a fresh
 * SQLite database, runs the publish pipeline once and serves the live release
 * on 127.0.0.1. Tests read the addresses with `inject('siteUrl')` etc.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    siteDir: string
    siteDataDir: string
  }
}

const root = path.resolve(import.meta.dirname, '../..')
let server: Server | undefined
let dataDir: string | undefined

export async function setup(project: TestProject) {
  dataDir = mkdtempSync(path.join(tmpdir(), 'lotse-site-'))
  process.env.LOTSE_DATA_DIR = dataDir
  process.env.DATABASE_URL = `file:${path.join(dataDir, 'lotse.db')}`
  process.env.PAYLOAD_SECRET = `site-test-${dataDir}`
  process.env.LOTSE_JOBS = 'off'
  const started = Date.now()
  const [
    { getPayload },
    { default: config },
    { seedDemoContent },
    { buildRelease },
    { serveCurrent },
    { closeDatabase },
  ] = await Promise.all([
    import('payload'),
    import('../../cms/payload.config.ts'),
    import('../../cms/seed/index.ts'),
    import('../../plugins/publish-pipeline/build.ts'),
    import('../../plugins/publish-pipeline/serve.ts'),
    import('../../cms/lib/database.ts'),
  ])
  const payload = await getPayload({ config })
  await seedDemoContent(payload)
  // The gate is off here: tests/e2e/accessibility.e2e.test.ts checks every page with the same settings.
  const release = await buildRelease({ payload, dataDir, root, a11y: 'off' })
  const adapter = payload.db
  await payload.destroy()
  await closeDatabase(adapter)
  server = serveCurrent(dataDir)
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  console.log(
    `demo site: release ${release.id}, ${release.pages} pages, built in ${Math.round((Date.now() - started) / 1000)} s`,
  )
  project.provide('siteUrl', `http://127.0.0.1:${port}`)
  project.provide('siteDir', release.dir)
  project.provide('siteDataDir', dataDir)
}

export async function teardown() {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
}
