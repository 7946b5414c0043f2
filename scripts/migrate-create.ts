/**
 * `npm run migrate:create -- <name>`: writes a migration for the changes of
 * the Payload config since the last one, into cms/migrations/postgres/ (or
 * cms/migrations/mongodb/ with a mongodb:// DATABASE_URL). The adapter is not
 * connected; with no DATABASE_URL a placeholder PostgreSQL address is used.
 * Check the generated file, then commit it with the config change.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { databaseKind } from '../cms/lib/database.ts'
import { childEnv, settings } from '../config.ts'

const root = path.resolve(import.meta.dirname, '..')
const url = settings.DATABASE_URL ?? 'postgres://lotse@127.0.0.1:5432/lotse'
if (databaseKind(url) === 'sqlite') {
  console.error(
    'The embedded SQLite database has no migrations (its schema is pushed). Set DATABASE_URL=postgres://… or mongodb://…',
  )
  process.exit(1)
}
const name = process.argv[2]
if (!name) {
  console.error('Usage: npm run migrate:create -- <name>   (for example: add_event_location)')
  process.exit(1)
}
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules', 'payload', 'bin.js'), 'migrate:create', name, '--config', 'cms/payload.config.ts'],
  {
    cwd: root,
    stdio: 'inherit',
    env: childEnv({ DATABASE_URL: url, PAYLOAD_SECRET: settings.PAYLOAD_SECRET ?? 'migrate-create' }),
  },
)
process.exit(result.status ?? 1)
