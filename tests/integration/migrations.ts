import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Migration,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrationsDir, runMigrations } from '../../cms/lib/migrations.ts'
import { migrations as postgresMigrations } from '../../cms/migrations/postgres/index.ts'
import { seedDemoContent } from '../../cms/seed/index.ts'
import { startCms, type TestCms } from '../helpers/cms.ts'
import type { TestDatabase } from '../helpers/database.ts'

const migrations = postgresMigrations as unknown as Migration[]
type Row = Record<string, unknown> & { id: number | string }

/**
 * The columns the last migration adds to tables that existed before it, from
 * its schema snapshot against the one before (drizzle's `tables.*.columns`).
 * A database from before that migration has no values in them.
 */
function columnsAddedByLastMigration(): { table: string; column: string }[] {
  const dir = migrationsDir('postgres')
  const snapshots = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
  if (snapshots.length < 2) return []
  type Snapshot = { tables: Record<string, { name: string; columns: Record<string, unknown> }> }
  const [previous, last] = snapshots
    .slice(-2)
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Snapshot)
  return Object.entries(last!.tables).flatMap(([key, table]) => {
    const before = previous!.tables[key]
    if (!before) return []
    return Object.keys(table.columns)
      .filter((column) => !(column in before.columns))
      .map((column) => ({ table: table.name, column }))
  })
}

/**
 * Production databases (PostgreSQL) get their schema from the committed
 * migrations, never from Payload's development push: a new database is set
 * up by them, they match the config, an older database keeps its content
 * when it is migrated, and a database set up by an earlier Lotse's push is
 * adopted without a question.
 */
export function migrationsSuite(kind: Extract<TestDatabase, 'postgres'>) {
  describe(`migrations on ${kind}`, () => {
    let cms: TestCms

    beforeAll(async () => {
      cms = await startCms(kind)
    })
    afterAll(async () => cms?.close())

    const recorded = async () =>
      (
        await cms.payload.find({
          collection: 'payload-migrations',
          pagination: false,
          limit: 0,
          depth: 0,
          sort: 'name',
        })
      ).docs.map((m) => ({ name: m.name, batch: m.batch }))

    it('sets up a new database with the committed migrations, not with a push', async () => {
      const names = (await recorded()).map((m) => m.name)
      expect(names).toEqual(migrations.map((m) => m.name))
      expect((await recorded()).every((m) => (m.batch ?? 0) >= 1)).toBe(true)
    })

    it('the committed migrations describe exactly the schema of the config (run `npm run migrate:create` when this fails)', async () => {
      const dir = migrationsDir('postgres')
      const snapshots = readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
      expect(snapshots.length).toBeGreaterThan(0)
      for (const file of snapshots) expect(existsSync(path.join(dir, file.replace(/\.json$/, '.ts'))), file).toBe(true)
      // The same comparison `payload migrate:create` makes: the last snapshot against the schema built from the config.
      const db = cms.payload.db as unknown as {
        schema: unknown
        requireDrizzleKit: () => {
          generateDrizzleJson: (schema: unknown) => Promise<unknown>
          generateMigration: (before: unknown, after: unknown) => Promise<string[]>
        }
      }
      const kit = db.requireDrizzleKit()
      const before = JSON.parse(readFileSync(path.join(dir, snapshots.at(-1)!), 'utf8'))
      const after = await kit.generateDrizzleJson(db.schema)
      expect(await kit.generateMigration(before, after)).toEqual([])
      expect(migrations.map((m) => m.name)).toEqual(snapshots.map((f) => f.replace(/\.json$/, '')))
    })

    it('migrating a database with content keeps every document and version', async () => {
      const payload = cms.payload
      await seedDemoContent(payload)
      const pool = (payload.db as unknown as { pool: { query: (text: string) => Promise<unknown> } }).pool
      // The content as a database from before the last migration holds it: nothing in the columns it adds
      // (the seed fills them, and its `down` drops them).
      for (const { table, column } of columnsAddedByLastMigration())
        await pool.query(`UPDATE "${table}" SET "${column}" = NULL`)
      const collections = payload.config.collections
        .map((c) => c.slug as CollectionSlug)
        .filter((slug) => !slug.startsWith('payload-'))
      const contents = async () => {
        const all: Record<string, unknown> = {}
        for (const collection of collections) {
          const docs = (await payload.db.find({ collection, pagination: false, limit: 0, sort: 'id' })).docs as Row[]
          all[collection] = docs.map(({ firstPublishedAt: _, ...rest }) => rest)
          const versioned = payload.collections[collection].config.versions
          if (versioned) {
            const versions = await payload.db.findVersions({ collection, pagination: false, limit: 0, sort: 'id' })
            all[`${collection} versions`] = versions.docs.map((v) => {
              const { firstPublishedAt: _, ...version } = v.version as Row
              return { id: v.id, parent: v.parent, latest: (v as { latest?: boolean }).latest, version }
            })
          }
        }
        return JSON.parse(JSON.stringify(all)) as Record<string, unknown[]>
      }
      const before = await contents()
      expect(before.services.length).toBeGreaterThanOrEqual(40)

      // The database as it was before the last migration: run its `down` (as `payload migrate:down` would).
      const last = migrations.at(-1)!
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      try {
        const session = (payload.db as unknown as { sessions: Record<string, { db: unknown }> }).sessions[
          String(await req.transactionID)
        ]
        await last.down({ db: session.db, payload, req })
        await payload.delete({ collection: 'payload-migrations', where: { name: { equals: last.name } }, req })
        await commitTransaction(req)
      } catch (error) {
        await killTransaction(req)
        throw error
      }

      // And as before "Erstmals veröffentlicht" existed: its migration runs again (it is re-runnable) and
      // must fill the field in from the versions, on a schema newer than its own.
      const backfill = migrations.find((m) => m.name.endsWith('_first_published_at'))!
      await pool.query('UPDATE "services" SET "first_published_at" = NULL')
      await payload.delete({ collection: 'payload-migrations', where: { name: { equals: backfill.name } } })

      await runMigrations(payload.db, migrations)
      expect((await recorded()).map((m) => m.name).sort()).toEqual(migrations.map((m) => m.name).sort())
      expect(await contents()).toEqual(before)
      // The migration filled in "Erstmals veröffentlicht" for what was published.
      const services = (await payload.db.find({ collection: 'services', pagination: false, limit: 0 })).docs as Row[]
      const live = services.filter((s) => s._status === 'published')
      expect(live.length).toBeGreaterThan(0)
      expect(live.filter((s) => !s.firstPublishedAt)).toEqual([])
    })

    it('adopts a database an earlier Lotse set up by push, without asking', async () => {
      const payload = cms.payload
      // What Payload's push leaves: a marker of batch -1 instead of the migrations.
      await payload.delete({ collection: 'payload-migrations', where: { batch: { greater_than: 0 } } })
      await payload.create({ collection: 'payload-migrations', data: { name: 'dev', batch: -1 } })
      await runMigrations(payload.db, migrations)
      const after = await recorded()
      expect(after.map((m) => m.name)).toEqual(migrations.map((m) => m.name))
      expect(after.some((m) => m.batch === -1)).toBe(false)
      expect((await payload.count({ collection: 'services', overrideAccess: true })).totalDocs).toBeGreaterThanOrEqual(
        40,
      )
    })
  })
}
