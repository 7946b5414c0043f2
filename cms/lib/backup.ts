/**
 * Backup and restore of everything that cannot be rebuilt: the database and
 * the uploaded files. Releases, snapshots and caches are left out: `npm start`
 * builds the site again from the database.
 *
 * A backup is one tar.gz (readable by its owner only) holding
 *   lotse-backup.json   what is inside (database kind, files with SHA-256)
 *   database/…          SQLite: a consistent copy (VACUUM INTO);
 *                       PostgreSQL: pg_dump (custom format)
 *   uploads/…           the upload folders, as under the data folder
 *   payload-secret, demo-logins.json  when the data folder has them
 *
 * It is taken while the CMS runs. The database copy is one consistent
 * snapshot; the files are hard-linked into the backup before and after it,
 * and every file the snapshot refers to must be there (otherwise, say when a
 * delete was half way, the backup is taken again). The database's own tools
 * do the copying (SQLite's VACUUM INTO, pg_dump/pg_restore, tar): written
 * around them here because there is nothing to add but the coordination.
 */
import { createClient } from '@libsql/client'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import {
  chmod,
  copyFile,
  cp,
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { SanitizedConfig } from 'payload'
import { databaseKind, type DatabaseKind } from './database.ts'
import { childEnv } from '../../config.ts'

export interface BackupManifest {
  format: 'lotse-backup'
  version: 1
  createdAt: string
  database: DatabaseKind
  /** Upload files, relative to the data folder. */
  files: { path: string; size: number; sha256: string }[]
}

export class BackupError extends Error {}

const MANIFEST = 'lotse-backup.json'
const EXTRA_FILES = ['payload-secret', 'demo-logins.json']

/** The upload folders of the config, relative to the data folder (e.g. uploads/media). */
export function uploadFolders(config: SanitizedConfig, dataDir: string): { table: string; dir: string }[] {
  return config.collections
    .filter((c) => c.upload && typeof c.upload === 'object' && c.upload.staticDir)
    .map((c) => {
      const staticDir = path.resolve(dataDir, (c.upload as { staticDir: string }).staticDir)
      const dir = path.relative(dataDir, staticDir)
      if (dir.startsWith('..') || path.isAbsolute(dir))
        throw new BackupError(`the uploads of ${c.slug} (${staticDir}) are outside the data folder ${dataDir}`)
      return { table: c.slug.replace(/-/g, '_'), dir }
    })
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = childEnv()): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', (error) =>
      reject(
        new BackupError(
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? `${command} is not installed (needed for this database)`
            : `${command}: ${error.message}`,
        ),
      ),
    )
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${command} failed (${code}): ${stderr.trim().slice(-2000)}`)),
    )
  })
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

async function filesUnder(root: string, dir = ''): Promise<string[]> {
  const full = path.join(root, dir)
  if (!existsSync(full)) return []
  const out: string[] = []
  for (const entry of await readdir(full, { withFileTypes: true })) {
    const rel = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await filesUnder(root, rel)))
    else if (entry.isFile()) out.push(rel)
  }
  return out
}

/** Hard-links (or copies, across file systems) the files of `dir` into `target`, keeping what is there. */
async function linkTree(source: string, target: string): Promise<void> {
  for (const rel of await filesUnder(source)) {
    const to = path.join(target, rel)
    if (existsSync(to)) continue
    await mkdir(path.dirname(to), { recursive: true })
    try {
      await link(path.join(source, rel), to)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') continue // deleted meanwhile
      if (code === 'EXDEV' || code === 'EPERM') await copyFile(path.join(source, rel), to)
      else throw error
    }
  }
}

type Query = (sql: string) => Promise<Record<string, unknown>[]>

/** The upload files the database refers to (filename and image sizes of every upload collection). */
async function referencedFiles(query: Query, folders: { table: string; dir: string }[], kind: DatabaseKind) {
  const referenced: string[] = []
  for (const { table, dir } of folders) {
    const columns =
      kind === 'sqlite'
        ? (await query(`pragma table_info("${table}")`)).map((r) => String(r.name))
        : (
            await query(
              `select column_name as name from information_schema.columns where table_schema = 'public' and table_name = '${table}'`,
            )
          ).map((r) => String(r.name))
    const names = columns.filter((c) => c === 'filename' || /^sizes_.+_filename$/.test(c))
    if (names.length === 0) continue
    for (const row of await query(`select ${names.map((n) => `"${n}"`).join(', ')} from "${table}"`))
      for (const n of names) if (typeof row[n] === 'string' && row[n]) referenced.push(path.join(dir, row[n] as string))
  }
  return referenced
}

/** A consistent copy of the database into `target`; returns the upload files that copy refers to. */
async function snapshotDatabase(
  kind: DatabaseKind,
  url: string,
  target: string,
  folders: { table: string; dir: string }[],
): Promise<string[]> {
  await mkdir(target, { recursive: true })
  if (kind === 'sqlite') {
    const file = path.join(target, 'lotse.db')
    const live = createClient({ url })
    try {
      // One read transaction: consistent while the CMS writes (WAL), and it does not block it.
      await live.execute({ sql: 'vacuum into ?', args: [file] })
    } finally {
      live.close()
    }
    const copy = createClient({ url: `file:${file}` })
    try {
      return await referencedFiles(
        async (sql) => (await copy.execute(sql)).rows as Record<string, unknown>[],
        folders,
        kind,
      )
    } finally {
      copy.close()
    }
  }
  if (kind === 'postgres') {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      // pg_dump reads the very snapshot this transaction sees, so the references below match the dump.
      await client.query('begin isolation level repeatable read, read only')
      const { rows } = await client.query<{ snapshot: string }>('select pg_export_snapshot() as snapshot')
      const referenced = await referencedFiles(async (sql) => (await client.query(sql)).rows, folders, kind)
      await run('pg_dump', [
        `--snapshot=${rows[0].snapshot}`,
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--file=${path.join(target, 'postgres.dump')}`,
        `--dbname=${url}`,
      ])
      await client.query('commit')
      return referenced
    } finally {
      await client.end()
    }
  }
  // MongoDB: mongodump's own point-in-time archive (untested here: no MongoDB on the development machines).
  await run('mongodump', [`--uri=${url}`, `--archive=${path.join(target, 'mongodb.archive')}`, '--gzip'])
  return []
}

export interface BackupOptions {
  out: string
  dataDir: string
  databaseUrl: string
  config: SanitizedConfig
  /** How often a backup that caught a half-done delete is taken again. */
  attempts?: number
}

/** Writes a backup of the database and the uploads to `out` while the CMS may be running. */
export async function createBackup({ out, dataDir, databaseUrl, config, attempts = 10 }: BackupOptions) {
  const kind = databaseKind(databaseUrl)
  const folders = uploadFolders(config, dataDir)
  for (let attempt = 1; ; attempt++) {
    const staging = await mkdtemp(path.join(tmpdir(), 'lotse-backup-'))
    try {
      for (const { dir } of folders) await linkTree(path.join(dataDir, dir), path.join(staging, dir))
      const referenced = await snapshotDatabase(kind, databaseUrl, path.join(staging, 'database'), folders)
      // Files written just before the snapshot (a new upload is stored before its row).
      for (const { dir } of folders) await linkTree(path.join(dataDir, dir), path.join(staging, dir))
      const missing = referenced.filter((rel) => !existsSync(path.join(staging, rel)))
      if (missing.length > 0) {
        // An upload deleted between the snapshot and the second pass (its row is in the snapshot, its file
        // gone): take the snapshot again. A CMS at work makes this rare per attempt; a busy one needed more than 3.
        if (attempt < attempts) continue
        throw new BackupError(
          `the database refers to upload files that are missing: ${missing.slice(0, 10).join(', ')}`,
        )
      }
      for (const name of EXTRA_FILES)
        if (existsSync(path.join(dataDir, name))) await copyFile(path.join(dataDir, name), path.join(staging, name))
      const files: BackupManifest['files'] = []
      for (const { dir } of folders)
        for (const rel of await filesUnder(path.join(staging, dir))) {
          const file = path.join(staging, dir, rel)
          files.push({ path: path.join(dir, rel), size: (await stat(file)).size, sha256: await sha256(file) })
        }
      const manifest: BackupManifest = {
        format: 'lotse-backup',
        version: 1,
        createdAt: new Date().toISOString(),
        database: kind,
        files,
      }
      await writeFile(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2) + '\n')
      const target = path.resolve(out)
      await mkdir(path.dirname(target), { recursive: true })
      const partial = `${target}.partial-${process.pid}`
      await run('tar', ['-czf', partial, '-C', staging, '.'])
      await chmod(partial, 0o600)
      await rename(partial, target)
      return { file: target, manifest }
    } finally {
      await rm(staging, { recursive: true, force: true })
    }
  }
}

export interface RestoreOptions {
  file: string
  dataDir: string
  databaseUrl: string
}

/** Brings a backup back into an empty data folder (and, for PostgreSQL, an empty database). */
export async function restoreBackup({ file, dataDir, databaseUrl }: RestoreOptions): Promise<BackupManifest> {
  const kind = databaseKind(databaseUrl)
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0)
    throw new BackupError(`the data folder ${dataDir} is not empty; restore into an empty one`)
  const staging = await mkdtemp(path.join(tmpdir(), 'lotse-restore-'))
  try {
    await run('tar', ['-xzf', path.resolve(file), '-C', staging])
    const manifest = JSON.parse(await readFile(path.join(staging, MANIFEST), 'utf8')) as BackupManifest
    if (manifest.format !== 'lotse-backup' || manifest.version !== 1)
      throw new BackupError(`${file} is not a Lotse backup`)
    if (manifest.database !== kind)
      throw new BackupError(`the backup holds a ${manifest.database} database, DATABASE_URL names ${kind}`)
    for (const entry of manifest.files) {
      const staged = path.join(staging, entry.path)
      if (!existsSync(staged) || (await sha256(staged)) !== entry.sha256)
        throw new BackupError(`the backup is damaged: ${entry.path} is missing or changed`)
    }
    await mkdir(dataDir, { recursive: true })
    if (kind === 'sqlite') {
      const target = path.resolve(databaseUrl.slice('file:'.length))
      if (existsSync(target)) throw new BackupError(`${target} exists; restore into an empty data folder`)
      await mkdir(path.dirname(target), { recursive: true })
      await copyFile(path.join(staging, 'database', 'lotse.db'), target)
    } else if (kind === 'postgres') {
      const { default: pg } = await import('pg')
      const client = new pg.Client({ connectionString: databaseUrl })
      await client.connect()
      try {
        const { rows } = await client.query<{ n: number }>(
          "select count(*)::int as n from information_schema.tables where table_schema = 'public'",
        )
        if (rows[0].n > 0) throw new BackupError('the database of DATABASE_URL is not empty; restore into an empty one')
      } finally {
        await client.end()
      }
      await run('pg_restore', [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${databaseUrl}`,
        path.join(staging, 'database', 'postgres.dump'),
      ])
    } else {
      await run('mongorestore', [
        `--uri=${databaseUrl}`,
        `--archive=${path.join(staging, 'database', 'mongodb.archive')}`,
        '--gzip',
      ])
    }
    for (const entry of await readdir(staging)) {
      if (entry === MANIFEST || entry === 'database') continue
      await cp(path.join(staging, entry), path.join(dataDir, entry), {
        recursive: true,
        errorOnExist: true,
        force: false,
      })
    }
    if (existsSync(path.join(dataDir, 'payload-secret'))) await chmod(path.join(dataDir, 'payload-secret'), 0o600)
    if (existsSync(path.join(dataDir, 'demo-logins.json'))) await chmod(path.join(dataDir, 'demo-logins.json'), 0o600)
    return manifest
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
