/**
 * Benchmark of the export and syndication steps alone: per publish of one
 * changed service, the documents read from the CMS and the time of the
 * export and of the syndication, full (every document, as before the
 * incremental export) and incremental (what a publish does now), on the
 * synthetic corpus (bench/corpus.ts) in a fresh SQLite database.
 *
 *   npx tsx bench/export.ts --services 3000 [--changes 5]
 *
 * Writes bench/results/export-<services>.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: { services: { type: 'string', default: '46' }, changes: { type: 'string', default: '5' } },
})
const services = Number(values.services)
const changes = Number(values.changes)
const root = path.resolve(import.meta.dirname, '..')
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-export-'))
process.env.LOTSE_DATA_DIR = dataDir
process.env.DATABASE_URL = `file:${path.join(dataDir, 'lotse.db')}`
process.env.PAYLOAD_SECRET = `bench-${path.basename(dataDir)}`
process.env.LOTSE_JOBS = 'off'
process.env.LOTSE_PUBLISH = 'off'
const siteUrl = 'http://localhost:4321'
const log = (line: string) => console.log(`[bench:export] ${line}`)

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2)
}

const [{ getPayload }, { default: config }, { generateCorpus }, { exportSnapshot }, { writeSyndication }, db] =
  await Promise.all([
    import('payload'),
    import('../cms/payload.config.ts'),
    import('./corpus.ts'),
    import('../cms/export/export.ts'),
    import('../plugins/syndication/index.ts'),
    import('../cms/lib/database.ts'),
  ])
const payload = await getPayload({ config })
try {
  const corpus = await generateCorpus(payload, services, (line) => log(`corpus: ${line}`))
  log(`corpus of ${corpus.counts.services} services in ${(corpus.ms / 1000).toFixed(0)} s`)
  const hashesDir = path.join(dataDir, 'hashes')
  let release = 0
  const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now()
    const result = await run()
    return [result, Math.round(performance.now() - started)]
  }
  /** One export and syndication into a new release; incremental from `live` when given. */
  const publish = async (live: { snapshot: string; release: string } | null, incremental: boolean) => {
    const id = `r${++release}`
    const snapshot = path.join(dataDir, 'snapshots', id)
    const outDir = path.join(dataDir, 'releases', id)
    mkdirSync(outDir, { recursive: true })
    const [exported, exportMs] = await timed(() =>
      exportSnapshot(payload, snapshot, incremental ? { previousDir: live?.snapshot ?? null, root } : { root }),
    )
    const [syndicated, syndicateMs] = await timed(() =>
      writeSyndication({
        snapshotDir: snapshot,
        outDir,
        previousDir: live?.release ?? null,
        releaseId: id,
        builtAt: new Date().toISOString(),
        siteUrl,
        hashesDir,
        incremental: incremental ? { changes: exported.changes, root } : null,
      }),
    )
    return {
      live: { snapshot, release: outDir },
      read: exported.read,
      readBy: exported.readBy,
      full: exported.full,
      exportMs,
      syndicateMs,
      files: syndicated.files,
      reused: syndicated.reused,
    }
  }
  // The synthetic services; on the demo content (no synthetic ones) the demo's.
  const serviceIds = corpus.serviceIds.length
    ? corpus.serviceIds
    : (await payload.find({ collection: 'services', pagination: false, depth: 0, overrideAccess: true })).docs.map(
        (doc) => doc.id,
      )
  let live = (await publish(null, true)).live
  const runs: { full: Awaited<ReturnType<typeof publish>>; incremental: Awaited<ReturnType<typeof publish>> }[] = []
  for (let i = 0; i < changes; i++) {
    const id = serviceIds[(i * 7919) % serviceIds.length]!
    await payload.update({
      collection: 'services',
      id,
      overrideAccess: true,
      depth: 0,
      context: { seeding: true },
      data: { teaser: `Geänderter Anreißer ${i + 1} für den Benchmark.`, _status: 'published' },
    })
    // Both from the same live release: as before (everything read and serialised) and as now.
    const full = await publish(live, false)
    const incremental = await publish(live, true)
    live = incremental.live
    runs.push({ full, incremental })
    log(
      `change ${i + 1}: full ${full.read} read, export ${full.exportMs} ms, syndication ${full.syndicateMs} ms | incremental ${incremental.read} read ${JSON.stringify(incremental.readBy)}, export ${incremental.exportMs} ms, syndication ${incremental.syndicateMs} ms (${incremental.reused} of ${incremental.files} files linked)`,
    )
  }
  const summary = (key: 'full' | 'incremental') => ({
    documentsRead: median(runs.map((r) => r[key].read)),
    exportMs: median(runs.map((r) => r[key].exportMs)),
    syndicateMs: median(runs.map((r) => r[key].syndicateMs)),
    files: median(runs.map((r) => r[key].files)),
    filesLinked: median(runs.map((r) => r[key].reused)),
  })
  const result = {
    benchmark: 'export',
    services: corpus.counts.services,
    changes,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadAtEnd: os.loadavg()[0] },
    medianPerPublish: { full: summary('full'), incremental: summary('incremental') },
    runs: runs.map((r) => ({
      full: { ...r.full, live: undefined },
      incremental: { ...r.incremental, live: undefined },
    })),
  }
  mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
  const file = path.join(root, 'bench', 'results', `export-${corpus.counts.services}.json`)
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n')
  log(`median per publish: ${JSON.stringify(result.medianPerPublish)}`)
  log(`written to ${path.relative(root, file)}`)
} finally {
  const adapter = payload.db
  await payload.destroy?.()
  await db.closeDatabase(adapter)
  rmSync(dataDir, { recursive: true, force: true })
}
