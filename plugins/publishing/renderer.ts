import { fork, spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises'
import path from 'node:path'
import { childEnv, publicCmsUrl, publicSiteUrl } from '../../config.ts'

/** What the render worker reports of one render (site/renderer/render.ts, without the state). */
export interface RenderSummary {
  rendered: string[]
  changed: string[]
  removed: string[]
  dirty: string[] | null
  outputs: number
}

export interface RenderRequest {
  snapshotDir: string
  /** The live release's snapshot and render state; null renders everything. */
  previous: { snapshotDir: string; stateFile: string } | null
  outDir: string
  siteUrl: string
  /** Where the new render state is written. */
  stateFile: string
}

/** Everything the built site depends on besides content: its code, the packages, and the addresses it prints. */
// The site's code and what it imports from elsewhere in the checkout (the Leichte-Sprache layout rules).
const codeInputs = [
  'site',
  'content-models',
  'packages/easy-language-checker/structure.ts',
  'astro.config.mjs',
  'config.ts',
  'package-lock.json',
]
const ignoredInCode = /(^|\/)(node_modules|\.astro|json-schema)(\/|$)|\.test\.ts$/

async function filesBelow(root: string, entry: string): Promise<string[]> {
  const full = path.join(root, entry)
  const info = await stat(full).catch(() => null)
  if (!info) return []
  if (info.isFile()) return [entry]
  const entries = await readdir(full, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((file) => !ignoredInCode.test(file))
}

/**
 * The identity of the site's code: a hash over every source file of the site
 * and the contract, the lock file, and the addresses baked into the pages.
 * When it changes, the renderer is built again and the next release is a full
 * one (every page rendered and checked).
 */
export async function siteCodeHash(root: string): Promise<string> {
  const hash = createHash('sha256')
  hash.update(`SITE_URL=${publicSiteUrl()}\nCMS_URL=${publicCmsUrl()}\n`)
  const files = (await Promise.all(codeInputs.map((entry) => filesBelow(root, entry)))).flat().sort()
  for (const file of files) {
    hash.update(`${file}\n`)
    hash.update(await readFile(path.join(root, file)))
  }
  return hash.digest('hex').slice(0, 16)
}

/** Where builds of the renderer are kept: inside node_modules, so the bundle resolves the site's packages. */
export const rendererCache = (root: string) => path.join(root, 'node_modules', '.cache', 'lotse-renderer')

/**
 * Builds the renderer for the current code once (`astro build` with
 * LOTSE_RENDERER=1 into a temporary folder, renamed into place), and returns
 * its folder: `server/entry.mjs` and the static assets in `client/`.
 */
export async function buildRenderer(
  root: string,
  hash: string,
  log: (line: string) => void = () => {},
): Promise<string> {
  const dir = path.join(rendererCache(root), hash)
  if (existsSync(path.join(dir, 'server', 'entry.mjs'))) {
    await markUsed(dir)
    return dir
  }
  const temporary = path.join(rendererCache(root), `.build-${randomUUID()}`)
  const workDir = path.join(root, '.astro', `renderer-${path.basename(temporary)}`)
  await mkdir(workDir, { recursive: true })
  const started = performance.now()
  try {
    const env = childEnv({ LOTSE_RENDERER: '1', ASTRO_TELEMETRY_DISABLED: '1' })
    // Vite gives variables of these names precedence over the Astro config: the site's address comes from SITE_URL only.
    for (const name of ['SITE', 'BASE_URL', 'ASSETS_PREFIX', 'LOTSE_SNAPSHOT_DIR']) delete env[name]
    await new Promise<void>((resolve, reject) => {
      const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs')
      const child = spawn(process.execPath, [astro, 'build', '--root', root, '--outDir', temporary], {
        cwd: workDir,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      child.stdout.on('data', (d) => (output += d))
      child.stderr.on('data', (d) => (output += d))
      child.on('error', reject)
      child.on('exit', (code) =>
        code === 0
          ? resolve()
          : reject(new Error(`Astro build of the renderer failed (exit ${code}):\n${output.slice(-6000)}`)),
      )
    })
    await rename(temporary, dir).catch(async (error: NodeJS.ErrnoException) => {
      // Another process built the same code at the same time: keep theirs.
      if (!existsSync(path.join(dir, 'server', 'entry.mjs'))) throw error
      await rm(temporary, { recursive: true, force: true })
    })
    await markUsed(dir)
    log(`renderer built for code ${hash} in ${Math.round(performance.now() - started)} ms`)
    return dir
  } catch (error) {
    await rm(temporary, { recursive: true, force: true })
    throw error
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}

/** A build's folder time says when a release last used it (pruneRenderers). */
async function markUsed(dir: string): Promise<void> {
  const now = new Date()
  await utimes(dir, now, now).catch(() => {})
}

/**
 * How long a build of the renderer stays after its last use. Other processes
 * on the same checkout (a second CMS, `npm run build:site`, test stacks: a
 * different SITE_URL is a different build) render with theirs, and a render
 * worker loads its chunks lazily: a build deleted under it fails its pages.
 */
const RENDERER_KEEP_MS = 24 * 60 * 60_000

/** Removes builds of the renderer other than `keep` (and unfinished builds) that nobody used for a day. */
export async function pruneRenderers(root: string, keep: string): Promise<void> {
  const entries = await readdir(rendererCache(root)).catch(() => [] as string[])
  for (const entry of entries) {
    if (entry === keep) continue
    const dir = path.join(rendererCache(root), entry)
    const used = await stat(dir).then(
      (info) => info.mtimeMs,
      () => Date.now(),
    )
    if (Date.now() - used > RENDERER_KEEP_MS) await rm(dir, { recursive: true, force: true })
  }
}

/**
 * A render worker (site/renderer/worker.mjs) for one build of the renderer,
 * started on first use and kept running: it keeps the last snapshots in
 * memory, so an incremental render costs only the pages a change affects.
 */
export class RenderWorker {
  private child: ChildProcess | null = null
  private ready: Promise<void> | null = null
  private readonly pending = new Map<string, { resolve: (r: RenderSummary) => void; reject: (e: Error) => void }>()

  constructor(
    readonly root: string,
    /** The renderer build (from buildRenderer). */
    readonly rendererDir: string,
  ) {}

  private start(): Promise<void> {
    if (this.ready) return this.ready
    const worker = path.join(this.root, 'site', 'renderer', 'worker.mjs')
    const entry = path.join(this.rendererDir, 'server', 'entry.mjs')
    const env = childEnv()
    for (const name of ['SITE', 'BASE_URL', 'ASSETS_PREFIX', 'LOTSE_SNAPSHOT_DIR']) delete env[name]
    // The worker is a file of the checkout run by Node, not a module of the admin's bundle.
    const child = fork(/* turbopackIgnore: true */ worker, [entry], {
      cwd: this.root,
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [],
    })
    this.child = child
    // An idle worker does not keep this process alive (see hold()); a starting one does.
    child.unref()
    this.ready = new Promise((resolve, reject) => {
      child.once('error', reject)
      child.on(
        'message',
        (message: { ready?: boolean; id?: string; ok?: boolean; result?: RenderSummary; error?: string }) => {
          if (message.ready) {
            this.hold()
            return resolve()
          }
          const waiting = message.id ? this.pending.get(message.id) : undefined
          if (!waiting) return
          this.pending.delete(message.id!)
          this.hold()
          if (message.ok) waiting.resolve(message.result!)
          else waiting.reject(new Error(message.error))
        },
      )
      child.once('exit', (code) => {
        const error = new Error(`the render worker stopped (exit ${code})`)
        reject(error)
        for (const waiting of this.pending.values()) waiting.reject(error)
        this.pending.clear()
        this.child = null
        this.ready = null
      })
    })
    return this.ready
  }

  async render(request: RenderRequest): Promise<RenderSummary> {
    await this.start()
    const id = randomUUID()
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.hold()
      this.child!.send({ id, ...request })
    })
  }

  /** While a render is pending, the channel keeps this process alive (a command-line build waits for it). */
  private hold(): void {
    if (this.pending.size) this.child?.channel?.ref()
    else this.child?.channel?.unref()
  }

  async close(): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null) return
    await new Promise((resolve) => {
      child.once('exit', resolve)
      child.kill()
    })
  }
}

/**
 * A keeper of one long-running render worker per renderer build: asked for another build's worker, it closes the
 * old one. Each caller keeps its own (the publish pipeline's, the preview's), so a preview never waits for a
 * release.
 */
export function renderWorkerKeeper(): {
  workerFor: (root: string, rendererDir: string) => RenderWorker
  closeAll: () => Promise<void>
} {
  const workers = new Map<string, RenderWorker>()
  const workerFor = (root: string, rendererDir: string) => {
    let worker = workers.get(rendererDir)
    if (!worker) {
      for (const [dir, old] of workers) {
        void old.close()
        workers.delete(dir)
      }
      worker = new RenderWorker(root, rendererDir)
      workers.set(rendererDir, worker)
    }
    return worker
  }
  const closeAll = async () => {
    await Promise.all([...workers.values()].map((worker) => worker.close()))
    workers.clear()
  }
  return { workerFor, closeAll }
}
