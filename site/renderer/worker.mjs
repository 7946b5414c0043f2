/**
 * The render worker: a long-lived process that keeps one build of the site's
 * on-demand renderer (the bundle named by argv[2]) and the snapshots it
 * rendered last in memory, and renders releases when the publish pipeline
 * asks (plugins/publishing/renderer.ts). Plain JavaScript: all logic
 * lives in the typed bundle; this file only answers messages.
 *
 *   → { id, snapshotDir, previous: { snapshotDir, stateFile } | null, outDir, siteUrl, stateFile }
 *   ← { id, ok: true, result } | { id, ok: false, error }
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const bundle = await import(pathToFileURL(process.argv[2]).href)

/** The last snapshots read, by folder (a release's snapshot never changes). */
const snapshots = new Map()
function snapshotOf(dir) {
  if (!snapshots.has(dir)) {
    snapshots.set(dir, bundle.readSnapshot(dir))
    while (snapshots.size > 3) snapshots.delete(snapshots.keys().next().value)
  }
  return snapshots.get(dir)
}

let queue = Promise.resolve()
process.on('message', (message) => {
  // One render at a time: the render context is global to this process.
  queue = queue.then(async () => {
    try {
      const previous = message.previous
        ? {
            snapshot: snapshotOf(message.previous.snapshotDir),
            state: JSON.parse(await readFile(message.previous.stateFile, 'utf8')),
          }
        : null
      const result = await bundle.renderRelease({
        snapshot: snapshotOf(message.snapshotDir),
        previous,
        outDir: message.outDir,
        siteUrl: message.siteUrl,
      })
      await mkdir(path.dirname(message.stateFile), { recursive: true })
      await writeFile(message.stateFile, JSON.stringify(result.state))
      const { state, ...summary } = result
      process.send({ id: message.id, ok: true, result: { ...summary, outputs: Object.keys(state.outputs).length } })
    } catch (error) {
      process.send({
        id: message.id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      })
    }
  })
})
// The pipeline's process has gone: so does its worker (an answer it can no longer take is dropped).
process.on('disconnect', () => process.exit(0))
process.on('error', () => process.exit(0))
process.send({ ready: true })
