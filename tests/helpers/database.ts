import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export type TestDatabase = 'sqlite' | 'postgres' | 'mongodb'

/** PostgreSQL runs where CI (or a developer) provides a server; MongoDB likewise. */
export const postgresServerUrl = process.env.LOTSE_TEST_POSTGRES_URL
export const mongodbServerUrl = process.env.MONGODB_URL

export function available(kind: TestDatabase): boolean {
  if (kind === 'postgres') return Boolean(postgresServerUrl)
  if (kind === 'mongodb') return Boolean(mongodbServerUrl)
  return true
}

/**
 * A fresh, empty database of the given kind, and a function that removes it.
 * SQLite: a file in a temporary data folder. PostgreSQL: a new database on
 * the server. MongoDB: a new database name.
 */
export async function freshDatabase(
  kind: TestDatabase,
  dataDir: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `lotse_test_${Date.now()}_${randomBytes(3).toString('hex')}`
  if (kind === 'sqlite') return { url: `file:${path.join(dataDir, 'lotse.db')}`, drop: async () => {} }
  if (kind === 'postgres') {
    const { default: pg } = await import('pg')
    const admin = new pg.Client({ connectionString: postgresServerUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const url = new URL(postgresServerUrl!)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      drop: async () => {
        const c = new pg.Client({ connectionString: postgresServerUrl })
        await c.connect()
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await c.end()
      },
    }
  }
  const url = new URL(mongodbServerUrl!)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: async () => {} }
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'lotse-test-'))
}
