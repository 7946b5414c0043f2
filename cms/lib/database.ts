import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Config } from 'payload'
import { migrations as mongodbMigrations } from '../migrations/mongodb/index.ts'
import { migrations as postgresMigrations } from '../migrations/postgres/index.ts'
import { migrationsDir, withMigrationsOnConnect } from './migrations.ts'
import { withSafeSqliteTransactions } from './sqliteTransactions.ts'
import { settings } from '../../config.ts'

type DatabaseAdapterResult = Config['db']

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  throw new Error(`DATABASE_URL must start with file:, postgres:// or mongodb:// (got "${url.split(':')[0]}:…")`)
}

/**
 * Chooses the Payload database adapter from DATABASE_URL. `LOTSE_DB_PUSH=off`
 * skips the development schema push: the test setup copies every test
 * database from a template that already has the schema.
 */
export function databaseAdapter(url: string): DatabaseAdapterResult {
  const push = settings.LOTSE_DB_PUSH !== 'off'
  switch (databaseKind(url)) {
    case 'sqlite': {
      const file = url.slice('file:'.length)
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
      // Transactions on (the adapter's default is off: a failed save could leave half its rows), taking
      // turns within the process; WAL so that readers do not wait for writers (cms/lib/sqliteTransactions.ts).
      return withSafeSqliteTransactions(
        sqliteAdapter({ client: { url }, push, transactionOptions: { behavior: 'immediate' }, wal: true }),
      )
    }
    case 'postgres':
      // Schema changes only through the committed migrations (cms/lib/migrations.ts), never the dev push.
      return withMigrationsOnConnect(
        postgresAdapter({ pool: { connectionString: url }, push: false, migrationDir: migrationsDir('postgres') }),
        postgresMigrations,
      )
    case 'mongodb':
      return withMigrationsOnConnect(
        mongooseAdapter({ url, migrationDir: migrationsDir('mongodb') }),
        mongodbMigrations,
      )
  }
}

/**
 * Closes the database connections of a Payload instance. `payload.destroy()`
 * resets the adapter but leaves PostgreSQL's pool and SQLite's client open.
 * A closed SQLite database is one file (its write-ahead log checkpointed).
 */
export async function closeDatabase(db: unknown): Promise<void> {
  const adapter = db as {
    pool?: {
      end: () => Promise<void>
      on?: (event: 'error', listener: () => void) => void
      _clients?: Array<{ end: () => Promise<void> }>
      _idle?: Array<{ client?: unknown }>
    }
    client?: { close: () => void; execute?: (sql: string) => Promise<unknown> }
    connection?: { close: () => Promise<void> }
  }
  try {
    // SQLite runs in WAL mode: fold the log into the database file, so that the file alone is the whole
    // database once it is closed (a copied test template, a file an administrator copies).
    if (adapter.client?.execute) await adapter.client.execute('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => {})
    if (adapter.pool) {
      const pool = adapter.pool
      // Connections ended by the server afterwards must not crash the process.
      pool.on?.('error', () => {})
      const ended = pool.end().catch(() => {})
      // The PostgreSQL adapter checks out one connection when it connects and
      // never gives it back, so end() would wait for it forever: end the
      // connections still checked out (pg keeps them in `_clients`; the idle
      // ones are in `_idle`), which lets end() finish at once.
      const idle = new Set((pool._idle ?? []).map((item) => item.client))
      for (const client of pool._clients ?? []) if (!idle.has(client)) void client.end().catch(() => {})
      await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 3000))])
    }
    adapter.client?.close?.()
    await adapter.connection?.close?.()
  } catch {
    // already closed
  }
}
