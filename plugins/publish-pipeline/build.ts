import { spawn } from 'node:child_process'
import { cp, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { exportSnapshot } from '../../content-models/export.ts'
import { writeSyndication } from '../syndication/index.ts'
import { fileHashes } from '../syndication/writer.ts'
import { ChecksFailed, type CheckReport, type Finding } from './findings.ts'
import { runGate, type A11yMode } from './gate.ts'
import { checkLinks } from './links.ts'
import {
  currentRelease,
  newReleaseId,
  pruneReleases,
  releasesDir,
  removeInterruptedBuilds,
  stagingDir,
  switchCurrent,
} from './releases.ts'
import { indexSite } from './search-index.ts'

export interface StepTiming {
  step: 'export' | 'build' | 'syndicate' | 'index' | 'gate' | 'links' | 'switch'
  ms: number
}

/** What the gate and the link check reported, for the release record. */
export interface CheckSummary {
  /** Pages whose HTML differs from the live release. */
  pagesChanged?: number
  /** Pages the accessibility gate checked. */
  pagesChecked?: number
  /** Per page what the gate or the link check found. */
  findings?: Finding[]
  warnings?: string[]
}

export interface Release extends CheckSummary {
  id: string
  dir: string
  pages: number
  /** Pages Astro copied from the previous build instead of rendering them (incremental build). */
  pagesCopied?: number
  steps: StepTiming[]
}

/** A failed build: which step failed, the timings so far, the checks' findings, the original error as cause. */
export class BuildError extends Error implements CheckSummary {
  readonly pagesChanged?: number
  readonly pagesChecked?: number
  readonly findings: Finding[]
  readonly warnings: string[]

  constructor(
    readonly step: StepTiming['step'],
    readonly steps: StepTiming[],
    cause: unknown,
    /** What the checks before the failing step reported. */
    earlier: CheckSummary = {},
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause })
    this.name = 'BuildError'
    const report = cause instanceof ChecksFailed ? cause.report : undefined
    this.pagesChanged = report?.pagesChanged ?? earlier.pagesChanged
    this.pagesChecked = report?.pagesChecked ?? earlier.pagesChecked
    this.findings = report?.findings ?? []
    this.warnings = [...(earlier.warnings ?? []), ...(report?.warnings ?? [])]
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
  /** Which pages the accessibility gate checks: changed ones plus one per template (default), all, or none. */
  a11y?: A11yMode
  log?: (line: string) => void
}

/**
 * Builds the public site once: exports the published snapshot, builds it with
 * Astro into a new release folder, copies the uploads, indexes it with
 * Pagefind, checks it (accessibility gate, internal links), then switches
 * `current` to it and prunes old releases. Any failure leaves `current` as it
 * was and removes the half-built folder; the BuildError names the step and
 * carries the checks' findings.
 */
export async function buildRelease({
  payload,
  dataDir,
  root,
  keep = 10,
  a11y = 'changed',
  log = () => {},
}: BuildOptions): Promise<Release> {
  const id = newReleaseId()
  const staging = stagingDir(dataDir, id)
  const dir = path.join(releasesDir(dataDir), id)
  const snapshotDir = path.join(dataDir, 'snapshots', id)
  const steps: StepTiming[] = []
  let current: StepTiming['step'] = 'export'
  const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321'
  let gate: CheckReport | undefined
  let pagesCopied = 0
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
  const interrupted = await removeInterruptedBuilds(dataDir)
  if (interrupted.length) log(`removed ${interrupted.length} folder(s) of interrupted builds`)
  try {
    await timed('export', () => exportSnapshot(payload, snapshotDir))
    await timed('build', async () => {
      pagesCopied = await runAstro(root, staging, snapshotDir, astroCacheDir(dataDir))
      log(`build: ${pagesCopied} unchanged page(s) copied from the previous build instead of rendered`)
      for (const kind of ['media', 'videos']) {
        const from = path.join(dataDir, 'uploads', kind)
        if (await exists(from)) await cp(from, path.join(staging, kind), { recursive: true })
      }
    })
    const live = await currentRelease(dataDir)
    await timed('syndicate', async () => {
      const { files, reused } = await writeSyndication({
        snapshotDir,
        outDir: staging,
        previousDir: live ? path.join(releasesDir(dataDir), live) : null,
        releaseId: id,
        builtAt: new Date().toISOString(),
        siteUrl,
        hashesDir: syndicationHashesDir(dataDir),
      })
      log(`syndicate: ${files} files, ${reused} unchanged ones linked from the live release`)
    })
    const pages = await timed('index', () => indexSite(staging, log))
    const liveDir = live ? path.join(releasesDir(dataDir), live) : null
    gate = await timed('gate', () => runGate({ dir: staging, liveDir, root, mode: a11y, log }))
    const links = await timed('links', () => checkLinks({ dir: staging, siteUrl }))
    current = 'switch'
    await rename(staging, dir)
    await timed('switch', async () => {
      await switchCurrent(dataDir, id)
      await pruneReleases(dataDir, keep)
      await pruneSnapshots(path.join(dataDir, 'snapshots'), keep)
      await fileHashes.prune(syndicationHashesDir(dataDir), await readdir(releasesDir(dataDir)))
    })
    return { id, dir, pages, pagesCopied, steps, ...gate, warnings: [...(gate?.warnings ?? []), ...links.warnings] }
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    await rm(snapshotDir, { recursive: true, force: true })
    throw new BuildError(current, steps, error, gate)
  }
}

/** The hash lists of the releases' syndication files (see plugins/syndication/writer.ts). */
const syndicationHashesDir = (dataDir: string) => path.join(dataDir, 'syndication-hashes')

/**
 * Where Astro keeps the pages of the previous build for the incremental build
 * (`LOTSE_INCREMENTAL=off` renders every page each time).
 */
export function astroCacheDir(dataDir: string): string | null {
  return process.env.LOTSE_INCREMENTAL === 'off' ? null : path.join(dataDir, 'astro-cache')
}

/**
 * Astro runs in its own process: it brings its own Vite and must not share
 * module state with Payload. With a cache folder, pages whose cache key and
 * template code are unchanged are copied from the previous build. Astro writes
 * the cached pages while it renders and their index at the end, so a build
 * that fails or stops half-way could leave pages that do not match the index:
 * the cache is then thrown away and the next build renders everything.
 */
async function runAstro(root: string, outDir: string, snapshotDir: string, cacheDir: string | null): Promise<number> {
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs')
  const workDir = path.join(root, '.astro', `build-${path.basename(outDir)}`)
  const marker = cacheDir && path.join(cacheDir, 'build-in-progress')
  if (cacheDir && marker) {
    if (await exists(marker)) await rm(cacheDir, { recursive: true, force: true })
    await mkdir(cacheDir, { recursive: true })
    await writeFile(marker, `${process.pid}\n`)
  }
  await mkdir(workDir, { recursive: true })
  try {
    const output = await runAstroIn(workDir, astro, root, outDir, snapshotDir, cacheDir)
    if (marker) await rm(marker, { force: true })
    // Astro marks each page it copied instead of rendering with "(restored)" or "(cached)".
    return output.match(/\((?:restored|cached)\)/g)?.length ?? 0
  } catch (error) {
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true })
    throw error
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

function runAstroIn(
  workDir: string,
  astro: string,
  root: string,
  outDir: string,
  snapshotDir: string,
  cacheDir: string | null,
): Promise<string> {
  return new Promise((resolve, reject) => {
    // Astro writes its temporary prerender bundle to <cwd>/.astro/.prerender
    // (outDir lies outside the working folder): a working folder of its own per
    // build keeps concurrent builds (tests, several CMS processes) from
    // overwriting each other's, and inside the repository the bundle still
    // resolves Astro's dependencies from node_modules.
    const env: NodeJS.ProcessEnv = { ...process.env, LOTSE_SNAPSHOT_DIR: snapshotDir, ASTRO_TELEMETRY_DISABLED: '1' }
    if (cacheDir) env.LOTSE_ASTRO_CACHE_DIR = cacheDir
    else delete env.LOTSE_ASTRO_CACHE_DIR
    const child = spawn(process.execPath, [astro, 'build', '--root', root, '--outDir', outDir], {
      cwd: workDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve(output)
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
