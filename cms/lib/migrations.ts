/**
 * Schema changes of production databases (PostgreSQL, MongoDB) are committed
 * migrations (cms/migrations/<database>/), run when a CMS process connects,
 * never Payload's development push. Only the embedded SQLite demo database is
 * pushed (scripts/start.ts).
 *
 * Creating one after a change of the config:
 *
 *   DATABASE_URL=postgres://… npm run migrate:create -- <name>
 *
 * (the adapter is not connected for that; any PostgreSQL URL will do). The
 * test tests/integration/migrations.ts fails while the config and the
 * migrations differ.
 */
import path from 'node:path'
import type { DatabaseAdapter, Migration, Payload } from 'payload'
import { repositoryRoot, settings } from '../../config.ts'

/** Where the migrations of a database kind live (also for `payload migrate:create`). */
export function migrationsDir(kind: 'postgres' | 'mongodb'): string {
  return path.resolve(/* turbopackIgnore: true */ repositoryRoot(), 'cms', 'migrations', kind)
}

type MigratingAdapter = DatabaseAdapter & {
  connect?: (options?: unknown) => Promise<void>
  pool?: { connect: () => Promise<{ query: (sql: string) => Promise<unknown>; release: () => void }> }
  execute?: (args: { raw: string }) => Promise<{ rows?: unknown[] }>
  migrate: (args?: { migrations?: Migration[] }) => Promise<void>
}

/** Any number that names "Lotse migrations" for PostgreSQL's advisory lock. */
const MIGRATION_LOCK = 582_711_034

/**
 * Runs the given migrations whenever the adapter connects, in every
 * environment (Payload's own `prodMigrations` only does in production, and
 * tests and scripts must see the same schema). Several CMS processes starting
 * at once on PostgreSQL take turns through an advisory lock. A database that
 * an earlier version of Lotse created by push is adopted: its tables are the
 * baseline's, so the baseline is recorded as done instead of being run.
 */
export function withMigrationsOnConnect<T extends { init: (args: never) => unknown }>(
  adapterResult: T,
  // The generated index types each migration with its adapter's arguments.
  generated: { name: string; up: (args: never) => Promise<void>; down: (args: never) => Promise<void> }[],
): T {
  const migrations = generated as unknown as Migration[]
  const init = adapterResult.init
  return {
    ...adapterResult,
    init: (args: never) => {
      const adapter = init(args) as MigratingAdapter
      const connect = adapter.connect?.bind(adapter)
      if (connect)
        adapter.connect = async (options?: unknown) => {
          await connect(options)
          if ((options as { hotReload?: boolean } | undefined)?.hotReload) return
          if (settings.PAYLOAD_MIGRATING === 'true') return // the payload CLI's own migrate commands
          await runMigrations(adapter, migrations)
        }
      return adapter
    },
  } as T
}

/** Brings the database up to date (and adopts a pushed one); several processes take turns on PostgreSQL. */
export async function runMigrations(db: DatabaseAdapter, migrations: Migration[]): Promise<void> {
  const adapter = db as MigratingAdapter
  await withLock(adapter, async () => {
    // Only PostgreSQL was ever pushed (MongoDB has no schema to push).
    if (adapter.name === 'postgres') await adoptPushedDatabase(adapter.payload, migrations)
    await adapter.migrate({ migrations })
  })
}

async function withLock(adapter: MigratingAdapter, run: () => Promise<void>) {
  if (adapter.name !== 'postgres' || !adapter.pool) return run()
  const client = await adapter.pool.connect()
  try {
    await client.query(`select pg_advisory_lock(${MIGRATION_LOCK})`)
    await run()
  } finally {
    await client.query(`select pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => {})
    client.release()
  }
}

/**
 * `npm start` used to push the schema into every database. Payload records
 * that as a migration of batch -1 and would then stop and ask before
 * migrating. Such a database has the baseline's tables: the baseline is
 * recorded as run (batch 1) and the marker removed, so that the later
 * migrations run as usual.
 */
async function adoptPushedDatabase(payload: Payload, migrations: Migration[]) {
  const baseline = migrations[0]
  if (!baseline) return
  let recorded: { id: number | string; name: string; batch?: number | null }[]
  try {
    const found = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false, depth: 0 })
    recorded = found.docs as unknown as typeof recorded
  } catch {
    return // no migrations table yet: a new database
  }
  const pushed = recorded.filter((m) => m.batch === -1)
  if (pushed.length === 0) return
  payload.logger.warn(
    `migrations: this database was set up by Payload's development push; recording ${baseline.name} as its baseline`,
  )
  if (!recorded.some((m) => m.name === baseline.name))
    await payload.create({ collection: 'payload-migrations', data: { name: baseline.name, batch: 1 }, depth: 0 })
  for (const marker of pushed) await payload.delete({ collection: 'payload-migrations', id: marker.id })
}
