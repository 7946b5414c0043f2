import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Folder for the database file, uploads, snapshots and releases. */
export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.LOTSE_DATA_DIR || './data')
}

/** The database URL; the embedded SQLite file in the data folder by default. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || `file:${path.join(dataDir(), 'lotse.db')}`
}

/**
 * PAYLOAD_SECRET, or a secret generated once into the data folder so that the
 * embedded default works without configuration. A shared database (PostgreSQL,
 * MongoDB) must be given an explicit secret, or sessions would differ per host.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET // an empty value counts as unset
  if (!databaseUrl().startsWith('file:')) {
    throw new Error('PAYLOAD_SECRET must be set when DATABASE_URL points to a database server')
  }
  const file = path.join(dataDir(), 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir(), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret + '\n', { mode: 0o600 })
  return secret
}
