/**
 * Renders the files of a release through the site's on-demand renderer (this
 * folder's Astro adapter), page by page, recording what each page reads
 * (lib/renderContext.ts). A full render makes every file of
 * `allOutputs(snapshot)`; an incremental one only the files whose recorded
 * content changed since the previous render, plus new ones. A page's output is
 * written only when its bytes differ from the previous one, so the caller can
 * take every other file from the live release.
 */
import { createHash } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { allOutputs } from '../lib/outputs.ts'
import { dirtyTokens, recordDependencies } from '../lib/renderContext.ts'
import type { Snapshot } from '../lib/snapshot.ts'

/** What the renderer keeps per output between releases. */
export interface OutputState {
  /** The content tokens the output read while it rendered. */
  deps: string[]
  /** sha1 of its bytes. */
  hash: string
}

export interface RenderState {
  outputs: Record<string, OutputState>
}

export interface RenderOptions {
  snapshot: Snapshot
  /** The previous render (its snapshot and state); without it every output is rendered. */
  previous?: { snapshot: Snapshot; state: RenderState } | null
  /** Where changed outputs are written (files below it keep their site paths). */
  outDir: string
  /** The site's public address (requests are made to it, as a visitor would). */
  siteUrl: string
  render: (request: Request) => Promise<Response>
}

export interface RenderResult {
  state: RenderState
  /** Outputs rendered (changed or not). */
  rendered: string[]
  /** Outputs whose bytes changed (written to outDir), new ones included. */
  changed: string[]
  /** Outputs of the previous render that no longer exist. */
  removed: string[]
  /** Content tokens that changed since the previous snapshot (null for a full render). */
  dirty: string[] | null
}

/** The file of a site path in a release folder: `/x/` → `x/index.html`, `/404.html` → `404.html`. */
export const fileOf = (sitePath: string): string =>
  (sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath).replace(/^\/+/, '')

/** The address to ask the renderer for: the error page is a route (`/404/`), everything else its own path. */
const requestPath = (sitePath: string) => (sitePath === '/404.html' ? '/404/' : sitePath)

const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex')

/** Writes through a temporary file and a rename, so a hard link to the previous file is never written into. */
async function replaceFile(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, bytes)
  await rename(temporary, file)
}

export async function renderOutputs({
  snapshot,
  previous,
  outDir,
  siteUrl,
  render,
}: RenderOptions): Promise<RenderResult> {
  const outputs = allOutputs(snapshot)
  const before = previous?.state.outputs ?? {}
  const dirty = previous ? dirtyTokens(previous.snapshot, snapshot) : null
  const needed = outputs.filter((output) => {
    const known = before[output]
    return !dirty || !known || known.deps.some((dep) => dirty.has(dep))
  })
  const rendering = new Set(needed)
  const state: RenderState = { outputs: {} }
  const changed: string[] = []
  for (const output of outputs) if (before[output] && !rendering.has(output)) state.outputs[output] = before[output]
  for (const output of needed) {
    const { result, deps, error } = await recordDependencies(snapshot, async () => {
      const response = await render(new Request(new URL(requestPath(output), siteUrl)))
      return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) }
    })
    const expected = output === '/404.html' ? 404 : 200
    if (result.status !== expected || error) {
      const cause = error instanceof Error ? (error.stack ?? error.message) : error ? String(error) : ''
      throw new Error(`${output} could not be rendered (status ${result.status}, expected ${expected}): ${cause}`, {
        cause: error,
      })
    }
    const bytes = result.bytes
    const hash = sha1(bytes)
    state.outputs[output] = { deps, hash }
    if (before[output]?.hash !== hash) {
      changed.push(output)
      await replaceFile(path.join(outDir, fileOf(output)), bytes)
    }
  }
  const present = new Set(outputs)
  const removed = Object.keys(before).filter((output) => !present.has(output))
  return { state, rendered: needed, changed, removed, dirty: dirty ? [...dirty].sort() : null }
}
