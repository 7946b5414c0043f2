import { randomBytes } from 'node:crypto'
import { copyFileSync, cpSync, existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type pg from 'pg'

export type TestDatabase = 'sqlite' | 'postgres' | 'mongodb'

export const testDatabases: TestDatabase[] = ['sqlite', 'postgres', 'mongodb']

/** PostgreSQL runs where CI (or a developer) provides a server; MongoDB likewise. */
export const postgresServerUrl = process.env.LOTSE_TEST_POSTGRES_URL
export const mongodbServerUrl = process.env.MONGODB_URL

/**
 * The database of this test run: each vitest project `int:<database>` runs
 * the integration suites on one database and sets LOTSE_TEST_DB.
 */
export function testDatabase(): TestDatabase {
  const kind = (process.env.LOTSE_TEST_DB ?? 'sqlite') as TestDatabase
  if (!testDatabases.includes(kind)) throw new Error(`LOTSE_TEST_DB must be one of ${testDatabases.join(', ')}`)
  return kind
}

/**
 * A database the test setup prepared once per run: the schema (`empty`), or
 * the schema with the demo content (`demo`). SQLite: a data folder with the
 * database file; PostgreSQL: a database name on the server. Either way the
 * uploads and demo logins lie in `dataDir`.
 */
export interface DatabaseTemplate {
  kind: TestDatabase
  /** Holds lotse.db (SQLite), uploads/ and demo-logins.json. */
  dataDir: string
  /** PostgreSQL: the template database's name. */
  database?: string
}

export type TemplateName = 'empty' | 'demo'
export type DatabaseTemplates = Record<TemplateName, DatabaseTemplate>

export const uniqueName = (prefix = 'lotse_test') => `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`

/** Runs `work` with a client connected to the PostgreSQL server's maintenance database. */
export async function withPostgresAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  if (!postgresServerUrl) throw new Error('LOTSE_TEST_POSTGRES_URL is not set')
  const { default: pgModule } = await import('pg')
  const client = new pgModule.Client({ connectionString: postgresServerUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** The URL of database `name` on the test server. */
export function postgresUrl(name: string): string {
  const url = new URL(postgresServerUrl!)
  url.pathname = `/${name}`
  return url.toString()
}

export const dropPostgresDatabase = (name: string) =>
  withPostgresAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => {}))

/**
 * A database of the given kind for one test file, and a function that removes
 * it: a copy of `template` (a file copy for SQLite, `CREATE DATABASE …
 * TEMPLATE` for PostgreSQL, with the template's uploads copied into
 * `dataDir`), or an empty one without a template. MongoDB has no templates
 * here: a new database name, filled by the caller.
 */
export async function freshDatabase(
  kind: TestDatabase,
  dataDir: string,
  template?: DatabaseTemplate,
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (template) {
    if (template.kind !== kind) throw new Error(`template for ${template.kind}, not ${kind}`)
    const uploads = path.join(template.dataDir, 'uploads')
    if (existsSync(uploads)) cpSync(uploads, path.join(dataDir, 'uploads'), { recursive: true })
  }
  if (kind === 'sqlite') {
    const file = path.join(dataDir, 'lotse.db')
    if (template) copyFileSync(path.join(template.dataDir, 'lotse.db'), file)
    return { url: `file:${file}`, drop: async () => {} }
  }
  const name = uniqueName()
  if (kind === 'postgres') {
    await withPostgresAdmin((c) =>
      c.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template.database}` : `CREATE DATABASE ${name}`),
    )
    return { url: postgresUrl(name), drop: () => dropPostgresDatabase(name) }
  }
  const url = new URL(mongodbServerUrl!)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: async () => {} }
}

export function tempDataDir(prefix = 'lotse-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix))
}
