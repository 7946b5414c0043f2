import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type TestCms } from '../helpers/cms.ts'
import { freshDatabase, tempDataDir, type TestDatabase } from '../helpers/database.ts'
import { samplePng, unique } from '../helpers/fixtures.ts'

const root = path.resolve(import.meta.dirname, '../..')

/** Runs one of the npm scripts' files (as `npm run …` does, with tsx) and returns its exit code and output. */
function runScript(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: root,
      env: { ...process.env, ...env, LOTSE_PUBLISH: 'off', LOTSE_JOBS: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

function filesUnder(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))],
  )
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/**
 * `npm run backup` while the CMS writes, `npm run restore` into an empty data
 * folder (and database), and the restored installation publishes exactly
 * what the original does: every published item, every uploaded file.
 */
export function backupRestoreSuite(kind: Exclude<TestDatabase, 'mongodb'>) {
  describe(`backup and restore on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    const work = mkdtempSync(path.join(tmpdir(), 'lotse-backup-test-'))
    let restored: { dataDir: string; url: string; drop: () => Promise<void> } | undefined
    let env: Record<string, string>

    beforeAll(async () => {
      // A copy of the run's seeded demo database and its uploads (tests/setup/database-templates.ts).
      cms = await startCms(kind, { from: 'demo' })
      payload = cms.payload
      env = {
        LOTSE_DATA_DIR: cms.dataDir,
        DATABASE_URL: process.env.DATABASE_URL!,
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET!,
      }
    })
    afterAll(async () => {
      await cms?.close()
      await restored?.drop()
      if (restored) rmSync(restored.dataDir, { recursive: true, force: true })
      rmSync(work, { recursive: true, force: true })
    })

    it('round-trips the demo content taken while the CMS writes: every published item and every upload', async () => {
      const service = (await payload.find({ collection: 'services', limit: 1, depth: 0, overrideAccess: true })).docs[0]
      const department = (await payload.find({ collection: 'departments', limit: 1, depth: 0, overrideAccess: true }))
        .docs[0]
      // The CMS keeps working during the backup: draft saves, and images uploaded and deleted again.
      let writing = true
      let writes = 0
      const writer = (async () => {
        const png = await samplePng()
        while (writing) {
          await payload.update({
            collection: 'services',
            id: service.id,
            draft: true,
            overrideAccess: true,
            depth: 0,
            data: { teaser: `Entwurf während der Sicherung ${writes}` },
          })
          const image = await payload.create({
            collection: 'media',
            overrideAccess: true,
            depth: 0,
            data: { alt: 'Vorübergehendes Bild', department: department.id },
            file: { data: png, mimetype: 'image/png', name: `${unique('tmp')}.png`, size: png.length },
          })
          await payload.delete({ collection: 'media', id: image.id, overrideAccess: true })
          writes++
        }
      })()
      const backupFile = path.join(work, 'lotse-backup.tar.gz')
      const backup = await runScript('scripts/backup.ts', ['--out', backupFile], env).finally(() => (writing = false))
      await writer
      expect(backup.code, backup.output).toBe(0)
      expect(writes, 'writes during the backup').toBeGreaterThan(0)
      expect(statSync(backupFile).mode & 0o077, 'readable by the owner only').toBe(0)

      const dataDir = tempDataDir()
      const db = await freshDatabase(kind, dataDir)
      restored = { dataDir, url: db.url, drop: db.drop }
      const restoredEnv = { LOTSE_DATA_DIR: dataDir, DATABASE_URL: db.url, PAYLOAD_SECRET: env.PAYLOAD_SECRET }
      const restore = await runScript('scripts/restore.ts', [backupFile], restoredEnv)
      expect(restore.code, restore.output).toBe(0)

      // Every published item, as the site and the partners get it.
      const [a, b] = [path.join(work, 'original'), path.join(work, 'restored')]
      const exports = await Promise.all([
        runScript('scripts/export.ts', ['--out', a], env),
        runScript('scripts/export.ts', ['--out', b], restoredEnv),
      ])
      for (const e of exports) expect(e.code, e.output).toBe(0)
      const items = filesUnder(a).filter((f) => f.endsWith('.json'))
      expect(filesUnder(b).sort()).toEqual(filesUnder(a).sort())
      let published = 0
      for (const file of items) {
        const original = JSON.parse(readFileSync(path.join(a, file), 'utf8'))
        const copy = JSON.parse(readFileSync(path.join(b, file), 'utf8'))
        if (file === 'manifest.json') {
          expect({ ...copy, generatedAt: null }, file).toEqual({ ...original, generatedAt: null })
          continue
        }
        expect(copy, file).toEqual(original)
        published += Array.isArray(original) ? original.length : 1
      }
      expect(published).toBeGreaterThan(200)

      // Every uploaded file of the original, byte for byte. Besides, at most a temporary image written during the
      // backup after the database was copied: a file no row refers to, which is harmless.
      const uploads = filesUnder(path.join(cms.dataDir, 'uploads'))
      expect(uploads.length).toBeGreaterThan(0)
      for (const file of uploads)
        expect(sha(path.join(dataDir, 'uploads', file)), file).toBe(sha(path.join(cms.dataDir, 'uploads', file)))
      const extra = filesUnder(path.join(dataDir, 'uploads')).filter((f) => !uploads.includes(f))
      expect(extra.filter((f) => !/^media\/tmp-/.test(f))).toEqual([])
    })

    it('refuses to restore into a data folder that is not empty, and leaves it as it was', async () => {
      const dataDir = tempDataDir()
      try {
        writeFileSync(path.join(dataDir, 'something.txt'), 'bleibt')
        const db = await freshDatabase(kind, dataDir)
        const result = await runScript('scripts/restore.ts', [path.join(work, 'lotse-backup.tar.gz')], {
          LOTSE_DATA_DIR: dataDir,
          DATABASE_URL: db.url,
          PAYLOAD_SECRET: env.PAYLOAD_SECRET,
        })
        await db.drop()
        expect(result.code).toBe(1)
        expect(result.output).toMatch(/not empty/)
        expect(readdirSync(dataDir)).toEqual(['something.txt'])
      } finally {
        rmSync(dataDir, { recursive: true, force: true })
      }
    })
  })
}
