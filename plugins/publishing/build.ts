import { cp, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { exportSnapshot } from '../../cms/export/export.ts'
import { writeSyndication } from '../syndication/index.ts'
import { fileHashes } from '../syndication/index.ts'
import { attribute, snapshotSlugs, type Attribution, type ChangedDocument } from './attribution.ts'
import { ChecksFailed, pagePath, type CheckReport, type Finding } from './findings.ts'
import { prewarmGateBrowser, runGate, type A11yMode } from './gate.ts'
import { checkLinks, type LinkIndex } from './links.ts'
import {
  currentRelease,
  newReleaseId,
  pruneReleases,
  releasesDir,
  removeInterruptedBuilds,
  stagingDir,
  switchCurrent,
} from './releases.ts'
import { buildRenderer, pruneRenderers, renderWorkerKeeper, siteCodeHash, type RenderSummary } from './renderer.ts'
import { indexSite, pruneSearchRecords, type SearchRecordIndex } from './search-index.ts'
import { listFiles, mapLimit } from './site-files.ts'
import { publicSiteUrl, settings } from '../../config.ts'

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
  /** List pages among them checked as their changed entries (gate.ts: changedEntries). */
  pagesCheckedAsChanges?: number
  /** Per page what the gate or the link check found. */
  findings?: Finding[]
  warnings?: string[]
}

export interface Release extends CheckSummary {
  id: string
  dir: string
  pages: number
  /** Pages taken over from the live release without rendering them again. */
  pagesCopied?: number
  /** Pages rendered for this release. */
  pagesRendered?: number
  /** Pages read for the search index (the changed ones; every page in a full release). */
  searchPagesRead?: number
  /** Pages whose search record was taken from the record store (unchanged since the live release). */
  searchPagesCached?: number
  /** A full release: the site's code changed (or there was no live release). */
  full?: boolean
  steps: StepTiming[]
}

/** A failed build: which step failed, the timings so far, the checks' findings, the original error as cause. */
export class BuildError extends Error implements CheckSummary {
  readonly pagesChanged?: number
  readonly pagesChecked?: number
  readonly findings: Finding[]
  readonly warnings: string[]
  /**
   * For a check that failed in an incremental release: the changed documents
   * the failing pages come from, and the failing pages none of them explains.
   * Absent for a full release (the site's code changed, or none was live).
   */
  attribution?: Attribution

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
  /** Render every page, not only those a change affects (the result is the same); LOTSE_INCREMENTAL=off by default. */
  full?: boolean
  log?: (line: string) => void
  /** Told when a step begins (the runner records it for the editors' status). */
  onStep?: (step: StepTiming['step']) => void
  /** The documents the release's requests changed: a failing check names the ones its pages come from. */
  changedDocs?: ChangedDocument[]
}

/** Per release: the code it was rendered with and what the renderer recorded of each page. */
const stateDir = (dataDir: string) => path.join(dataDir, 'render-state')
const renderStateFile = (dataDir: string, id: string) => path.join(stateDir(dataDir), `${id}.json`)
const releaseMetaFile = (dataDir: string, id: string) => path.join(stateDir(dataDir), `${id}.meta.json`)
const linkIndexFile = (dataDir: string, id: string) => path.join(stateDir(dataDir), `${id}.links.json`)
/** Per release: the search record of each page (search-index.ts); the records themselves in one store. */
const searchIndexFile = (dataDir: string, id: string) => path.join(stateDir(dataDir), `${id}.search.json`)
const searchRecordsDir = (dataDir: string) => path.join(stateDir(dataDir), 'search-records')

async function readSearchIndex(dataDir: string, id: string): Promise<SearchRecordIndex | null> {
  try {
    return JSON.parse(await readFile(searchIndexFile(dataDir, id), 'utf8')) as SearchRecordIndex
  } catch {
    return null
  }
}

async function readLinkIndex(dataDir: string, id: string): Promise<LinkIndex | null> {
  try {
    return JSON.parse(await readFile(linkIndexFile(dataDir, id), 'utf8')) as LinkIndex
  } catch {
    return null
  }
}

interface ReleaseMeta {
  /** The site's code the release was rendered with (renderer.ts: siteCodeHash). */
  code: string
  /** The uploads the release holds, with size and time, to link them again unchanged. */
  uploads: Record<string, [number, number]>
}

async function readMeta(dataDir: string, id: string): Promise<ReleaseMeta | null> {
  try {
    return JSON.parse(await readFile(releaseMetaFile(dataDir, id), 'utf8')) as ReleaseMeta
  } catch {
    return null
  }
}

/** The render worker of a renderer build, kept running between releases (one per build folder). */
const { workerFor } = renderWorkerKeeper()

/** Folders of a release that their own steps write (syndication, search index): never taken over. */
const ownFolders = new Set(['api', 'pagefind'])

/**
 * Fills the staging folder with hard links to every file of the live release
 * except what this release writes anew: a release is complete on its own, and
 * a file shared by two releases is never written to (changed files are
 * replaced by a rename).
 */
async function linkFromLive(liveDir: string, staging: string, skip: Set<string>): Promise<number> {
  const files = (await listFiles(liveDir)).filter((file) => !ownFolders.has(file.split('/')[0]) && !skip.has(file))
  const folders = new Set(files.map((file) => path.dirname(file)))
  for (const folder of [...folders].sort()) await mkdir(path.join(staging, folder), { recursive: true })
  await mapLimit(files, 32, (file) => link(path.join(liveDir, file), path.join(staging, file)))
  return files.length
}

/**
 * Puts the uploads (media, videos) into the release: a file unchanged since
 * the live release (same size and time) is linked from there, any other one
 * copied (an upload may be rewritten in place later; the release must not
 * change with it).
 */
async function placeUploads(
  dataDir: string,
  staging: string,
  liveDir: string | null,
  liveUploads: ReleaseMeta['uploads'],
): Promise<ReleaseMeta['uploads']> {
  const uploads: ReleaseMeta['uploads'] = {}
  for (const kind of ['media', 'videos']) {
    const from = path.join(dataDir, 'uploads', kind)
    const files = await listFiles(from).catch(() => [] as string[])
    await mapLimit(files, 16, async (file) => {
      const relative = `${kind}/${file}`
      const info = await stat(path.join(from, file))
      uploads[relative] = [info.size, Math.round(info.mtimeMs)]
      const target = path.join(staging, relative)
      const known = liveUploads[relative]
      await mkdir(path.dirname(target), { recursive: true })
      await rm(target, { force: true })
      if (liveDir && known && known[0] === info.size && known[1] === Math.round(info.mtimeMs)) {
        try {
          return await link(path.join(liveDir, relative), target)
        } catch {
          // not in the live release after all: copy
        }
      }
      await cp(path.join(from, file), target)
    })
  }
  // Uploads deleted since the live release leave with it.
  for (const relative of Object.keys(liveUploads))
    if (!(relative in uploads)) await rm(path.join(staging, relative), { force: true })
  return uploads
}

/** The file of a site path in a release folder (`/x/` → `x/index.html`). */
const fileOf = (sitePath: string) => (sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath).replace(/^\/+/, '')

/**
 * Builds one release of the public site: exports the published snapshot,
 * renders the pages the change affects with the site's on-demand renderer
 * (every page when the site's code changed or no release is live) and takes
 * every other file over from the live release, writes the partner data,
 * indexes the site with Pagefind, checks the changed pages (accessibility
 * gate, internal links), then switches `current` to it and prunes old
 * releases. Any failure leaves `current` as it was and removes the half-built
 * folder; the BuildError names the step and carries the checks' findings.
 */
export async function buildRelease({
  payload,
  dataDir,
  root,
  keep = 10,
  a11y = 'changed',
  full = settings.LOTSE_INCREMENTAL === 'off',
  log = () => {},
  onStep,
  changedDocs = [],
}: BuildOptions): Promise<Release> {
  const id = newReleaseId()
  const staging = stagingDir(dataDir, id)
  const dir = path.join(releasesDir(dataDir), id)
  const snapshotDir = path.join(dataDir, 'snapshots', id)
  const steps: StepTiming[] = []
  let current: StepTiming['step'] = 'export'
  const siteUrl = publicSiteUrl()
  let gate: CheckReport | undefined
  /** Set once the render has decided: the live snapshot an incremental release was rendered against. */
  let incrementalFrom: string | null = null
  const timed = async <T>(step: StepTiming['step'], run: () => Promise<T>): Promise<T> => {
    current = step
    onStep?.(step)
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
    const live = await currentRelease(dataDir)
    const liveDir = live ? path.join(releasesDir(dataDir), live) : null
    const liveMeta = live ? await readMeta(dataDir, live) : null
    prewarmGateBrowser(a11y)
    // Only what changed since the live release's snapshot is read; the rest is taken over from it.
    const exported = await timed('export', () =>
      exportSnapshot(payload, snapshotDir, {
        previousDir: live ? path.join(dataDir, 'snapshots', live) : null,
        root,
      }),
    )
    log(
      `export: ${exported.full ? `full${exported.fullReason ? ` (${exported.fullReason})` : ''}` : 'incremental'}, ${exported.read} document(s) read from the CMS`,
    )

    let rendered!: RenderSummary
    let code = ''
    let fullRelease = false
    let copied = 0
    let uploads: ReleaseMeta['uploads'] = {}
    await timed('build', async () => {
      code = await siteCodeHash(root)
      const rendererDir = await buildRenderer(root, code, log)
      const liveSnapshot = live ? path.join(dataDir, 'snapshots', live) : null
      const previous =
        !full && live && liveMeta?.code === code && liveSnapshot
          ? { snapshotDir: liveSnapshot, stateFile: renderStateFile(dataDir, live) }
          : null
      const usable =
        previous && (await stat(previous.stateFile).catch(() => null)) && (await stat(liveSnapshot!).catch(() => null))
      fullRelease = !usable
      if (usable) incrementalFrom = liveSnapshot
      await mkdir(staging, { recursive: true })
      rendered = await workerFor(root, rendererDir).render({
        snapshotDir,
        previous: usable ? previous : null,
        outDir: staging,
        siteUrl,
        stateFile: renderStateFile(dataDir, id),
      })
      const written = new Set(rendered.changed.map(fileOf))
      if (fullRelease) await cp(path.join(rendererDir, 'client'), staging, { recursive: true })
      else {
        const skip = new Set([...written, ...rendered.removed.map(fileOf)])
        copied = await linkFromLive(liveDir!, staging, skip)
      }
      uploads = await placeUploads(dataDir, staging, fullRelease ? null : liveDir, liveMeta?.uploads ?? {})
      log(
        `build: ${fullRelease ? 'full' : 'incremental'}; ${rendered.rendered.length} of ${rendered.outputs} outputs rendered, ${rendered.changed.length} changed, ${rendered.removed.length} removed${fullRelease ? '' : `, ${copied} files taken over from the live release`}`,
      )
    })
    await timed('syndicate', async () => {
      const { files, reused, incremental } = await writeSyndication({
        snapshotDir,
        outDir: staging,
        previousDir: liveDir,
        releaseId: id,
        builtAt: new Date().toISOString(),
        siteUrl,
        hashesDir: syndicationHashesDir(dataDir),
        incremental: { changes: exported.changes, root },
      })
      log(
        `syndicate: ${incremental ? 'incremental' : 'full'}; ${files} files, ${reused} unchanged ones linked from the live release`,
      )
    })
    const previousSearch = fullRelease || !live ? null : await readSearchIndex(dataDir, live)
    const search = await timed('index', () =>
      indexSite(staging, {
        log,
        recordsDir: searchRecordsDir(dataDir),
        previous: previousSearch && {
          records: previousSearch,
          // Rendered anew, or written by another step (never hard-linked from the live release).
          changed: new Set(rendered.changed.map(fileOf)),
        },
      }),
    )
    const pages = search.pages
    const changedPages = rendered.changed.filter((output) => output.endsWith('/') || output.endsWith('.html'))
    const passed = await readPassed(dataDir, code)
    const gateReport = await timed('gate', () =>
      runGate({
        dir: staging,
        liveDir,
        root,
        mode: a11y,
        changed: fullRelease ? null : changedPages.map((output) => pagePath(fileOf(output))),
        totalPages: pages,
        passed,
        log,
      }),
    )
    const { passedHashes, ...checks } = gateReport
    gate = checks
    const previousLinks = fullRelease || !live ? null : await readLinkIndex(dataDir, live)
    const links = await timed('links', async () => {
      const result = await checkLinks({
        dir: staging,
        siteUrl,
        scope: previousLinks
          ? {
              previous: previousLinks,
              changed: rendered.changed.map(fileOf).filter((file) => file.endsWith('.html') || file === 'sitemap.xml'),
              removed: [
                ...rendered.removed.map(fileOf),
                ...Object.keys(liveMeta?.uploads ?? {}).filter((file) => !(file in uploads)),
              ],
            }
          : undefined,
      })
      log(`links: ${result.checked} page(s) checked`)
      return result
    })
    current = 'switch'
    await writeFile(releaseMetaFile(dataDir, id), JSON.stringify({ code, uploads } satisfies ReleaseMeta))
    await writeFile(linkIndexFile(dataDir, id), JSON.stringify(links.index))
    await writeFile(searchIndexFile(dataDir, id), JSON.stringify(search.records))
    await writePassed(dataDir, code, passed, passedHashes)
    await rename(staging, dir)
    await timed('switch', async () => {
      await switchCurrent(dataDir, id)
      const kept = await pruneReleases(dataDir, keep).then(() => readdir(releasesDir(dataDir)))
      await pruneSnapshots(path.join(dataDir, 'snapshots'), keep)
      await fileHashes.prune(syndicationHashesDir(dataDir), kept)
      await pruneState(dataDir, kept, code)
      const searchIndexes = await Promise.all(kept.map((release) => readSearchIndex(dataDir, release)))
      await pruneSearchRecords(
        searchRecordsDir(dataDir),
        searchIndexes.filter((records): records is SearchRecordIndex => !!records),
      )
      await pruneRenderers(root, code)
    })
    return {
      id,
      dir,
      pages,
      full: fullRelease,
      pagesRendered: rendered.rendered.length,
      pagesCopied: rendered.outputs - rendered.rendered.length,
      searchPagesRead: search.parsed,
      searchPagesCached: search.cached,
      steps,
      ...gate,
      warnings: [...(gate?.warnings ?? []), ...links.warnings],
    }
  } catch (error) {
    const attribution =
      error instanceof ChecksFailed && incrementalFrom
        ? await attributeFailure(error.report.findings, {
            stateFile: renderStateFile(dataDir, id),
            snapshots: [snapshotDir, incrementalFrom],
            changedDocs,
          }).catch((cause) => {
            log(`could not attribute the failing pages: ${cause instanceof Error ? cause.message : cause}`)
            return undefined
          })
        : undefined
    await rm(staging, { recursive: true, force: true })
    await rm(snapshotDir, { recursive: true, force: true })
    await rm(renderStateFile(dataDir, id), { force: true })
    await rm(linkIndexFile(dataDir, id), { force: true })
    await rm(searchIndexFile(dataDir, id), { force: true })
    await rm(releaseMetaFile(dataDir, id), { force: true })
    const failure = new BuildError(current, steps, error, gate)
    if (attribution) failure.attribution = attribution
    throw failure
  }
}

/** The changed documents behind the failing pages, from the new render state and both snapshots' slugs. */
async function attributeFailure(
  findings: Finding[],
  { stateFile, snapshots, changedDocs }: { stateFile: string; snapshots: string[]; changedDocs: ChangedDocument[] },
): Promise<Attribution> {
  const state = JSON.parse(await readFile(stateFile, 'utf8')) as { outputs: Record<string, { deps: string[] }> }
  const deps: Record<string, string[]> = {}
  for (const [output, { deps: tokens }] of Object.entries(state.outputs)) deps[pagePath(fileOf(output))] = tokens
  const slugs = await Promise.all(snapshots.map((dir) => snapshotSlugs(dir)))
  return attribute({ findings, deps, changed: changedDocs, slugs })
}

/** sha1 of the pages that passed the gate with one version of the site's code (a new version starts afresh). */
const passedFile = (dataDir: string, code: string) => path.join(stateDir(dataDir), `gate-passed-${code}.txt`)
/** The most page hashes remembered: a few times the pages of a large site. */
const PASSED_MAX = 100_000

async function readPassed(dataDir: string, code: string): Promise<Set<string>> {
  const text = await readFile(passedFile(dataDir, code), 'utf8').catch(() => '')
  return new Set(text.split('\n').filter(Boolean))
}

async function writePassed(dataDir: string, code: string, passed: Set<string>, added: string[]): Promise<void> {
  if (!added.length) return
  const all = [...passed, ...added].slice(-PASSED_MAX)
  await mkdir(stateDir(dataDir), { recursive: true })
  await writeFile(`${passedFile(dataDir, code)}.tmp`, all.join('\n') + '\n')
  await rename(`${passedFile(dataDir, code)}.tmp`, passedFile(dataDir, code))
}

/** The hash lists of the releases' syndication files (see plugins/syndication/writer.ts). */
const syndicationHashesDir = (dataDir: string) => path.join(dataDir, 'syndication-hashes')

async function pruneSnapshots(dir: string, keep: number): Promise<void> {
  const ids = (await readdir(dir).catch(() => [] as string[])).sort()
  for (const id of ids.slice(0, Math.max(0, ids.length - keep)))
    await rm(path.join(dir, id), { recursive: true, force: true })
}

/** Removes the render state of releases that are gone. */
async function pruneState(dataDir: string, releases: string[], code: string): Promise<void> {
  const kept = new Set(releases)
  for (const name of await readdir(stateDir(dataDir)).catch(() => [] as string[])) {
    if (name.startsWith('gate-passed-')) {
      if (name !== path.basename(passedFile(dataDir, code)))
        await rm(path.join(stateDir(dataDir), name), { force: true })
      continue
    }
    if (name === path.basename(searchRecordsDir(dataDir))) continue
    if (!kept.has(name.replace(/(\.meta|\.links|\.search)?\.json$/, '')))
      await rm(path.join(stateDir(dataDir), name), { force: true })
  }
}
