/**
 * Makes one template database for the integration tests, in a process of its
 * own (the Payload config binds its database when it is imported):
 *
 *   node --import tsx tests/setup/make-template.ts <empty|demo> <dataDir> <databaseUrl>
 *
 * `empty` pushes the schema; `demo` (run on a copy of `empty`) seeds the demo
 * content and writes its logins to <dataDir>/demo-logins.json.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'

const [which, dataDir, databaseUrl] = process.argv.slice(2)
if (!['empty', 'demo'].includes(which) || !dataDir || !databaseUrl)
  throw new Error('usage: make-template.ts <empty|demo> <dataDir> <databaseUrl>')

Object.assign(process.env, {
  LOTSE_DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: `template-${path.basename(dataDir)}`,
  LOTSE_JOBS: 'off',
  LOTSE_PUBLISH: 'off',
  LOTSE_DB_PUSH: which === 'demo' ? 'off' : 'on',
})
const [{ getPayload }, { default: config }, { closeDatabase }] = await Promise.all([
  import('payload'),
  import('../../cms/payload.config.ts'),
  import('../../cms/lib/database.ts'),
])
const payload = await getPayload({ config })
if (which === 'demo') {
  const { seedDemoContent } = await import('../../cms/seed/index.ts')
  const logins = await seedDemoContent(payload)
  writeFileSync(path.join(dataDir, 'demo-logins.json'), JSON.stringify(logins))
}
const adapter = payload.db
await payload.destroy()
await closeDatabase(adapter)
process.exit(0)
