import { spawn } from 'node:child_process'
import { cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { exportSnapshot } from '../../content-models/export.ts'
import { writeSyndication } from '../syndication/index.ts'
import { currentRelease, newReleaseId, pruneReleases, releasesDir, switchCurrent } from './releases.ts'
import { indexSite } from './search-index.ts'

export interface StepTiming {
  step: 'export' | 'build' | 'syndicate' | 'index' | 'gate' | 'links' | 'switch'
  ms: number
}

export interface Release {
  id: string
  dir: string
  pages: number
  steps: StepTiming[]
}

/** A failed build: which step failed, the timings so far, the original error as cause. */
export class BuildError extends Error {
  constructor(
    readonly step: StepTiming['step'],
    readonly steps: StepTiming[],
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause })
    this.name = 'BuildError'
  }
}

export interface BuildOptions {
  payload: Payload
  /** LOTSE_DATA_DIR: holds uploads/, snapshots/, releases/ and current. */
  dataDir: string
  /** The repository root (Astro project root). */
  root: string
  /** How many releases to keep. */
  keep?: number
  log?: (line: string) => void
}

/**
 * Builds the public site once: exports the published snapshot, builds it with
 * Astro into a new release folder, copies the uploads, indexes it with
 * Pagefind, then switches `current` to it and prunes old releases. Any failure
 * leaves `current` as it was and removes the half-built folder.
 */
export async function buildRelease({
  payload,
  dataDir,
  root,
  keep = 10,
  log = () => {},
}: BuildOptions): Promise<Release> {
  const id = newReleaseId()
  const staging = path.join(releasesDir(dataDir), `.staging-${id}`)
  const dir = path.join(releasesDir(dataDir), id)
  const snapshotDir = path.join(dataDir, 'snapshots', id)
  const steps: StepTiming[] = []
  let current: StepTiming['step'] = 'export'
  const timed = async <T>(step: StepTiming['step'], run: () => Promise<T>): Promise<T> => {
    current = step
    const started = performance.now()
    try {
      return await run()
    } finally {
      const ms = Math.round(performance.now() - started)
      steps.push({ step, ms })
      log(`${step}: ${ms} ms`)
    }
  }
  await mkdir(releasesDir(dataDir), { recursive: true })
  try {
    await timed('export', () => exportSnapshot(payload, snapshotDir))
    await timed('build', async () => {
      await runAstro(root, staging, snapshotDir)
      for (const kind of ['media', 'videos']) {
        const from = path.join(dataDir, 'uploads', kind)
        if (await exists(from)) await cp(from, path.join(staging, kind), { recursive: true })
      }
    })
    const live = await currentRelease(dataDir)
    await timed('syndicate', () =>
      writeSyndication({
        snapshotDir,
        outDir: staging,
        previousDir: live ? path.join(releasesDir(dataDir), live) : null,
        releaseId: id,
        builtAt: new Date().toISOString(),
        siteUrl: process.env.SITE_URL ?? 'http://localhost:4321',
      }),
    )
    const pages = await timed('index', () => indexSite(staging, log))
    current = 'switch'
    await rename(staging, dir)
    await timed('switch', async () => {
      await switchCurrent(dataDir, id)
      await pruneReleases(dataDir, keep)
      await pruneSnapshots(path.join(dataDir, 'snapshots'), keep)
    })
    return { id, dir, pages, steps }
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    await rm(snapshotDir, { recursive: true, force: true })
    throw new BuildError(current, steps, error)
  }
}

/** Astro runs in its own process: it brings its own Vite and must not share module state with Payload. */
function runAstro(root: string, outDir: string, snapshotDir: string): Promise<void> {
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, LOTSE_SNAPSHOT_DIR: snapshotDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve()
      else reject(new Error(`Astro build failed (exit ${code}):\n${output.slice(-6000)}`))
    })
  })
}

async function pruneSnapshots(dir: string, keep: number): Promise<void> {
  const ids = (await readdir(dir).catch(() => [] as string[])).sort()
  for (const id of ids.slice(0, Math.max(0, ids.length - keep)))
    await rm(path.join(dir, id), { recursive: true, force: true })
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  )
}
