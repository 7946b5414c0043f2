import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** Every file below `dir`, as paths relative to it with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}

/**
 * Runs `run` over `items` with at most `limit` at once, in order of the results.
 * Hand-written: a dozen lines where a library (p-limit) would add a dependency for the same loop.
 */
export async function mapLimit<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await run(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export interface HtmlFile {
  /** Relative path in the release: `leistungen/x/index.html`. */
  file: string
  hash: string
  size: number
}

/** The HTML files of a release folder with a content hash each. */
export async function htmlFiles(dir: string): Promise<HtmlFile[]> {
  const files = (await listFiles(dir)).filter((f) => f.endsWith('.html'))
  return mapLimit(files, 16, async (file) => {
    const content = await readFile(path.join(dir, file))
    return { file, hash: createHash('sha256').update(content).digest('hex'), size: content.length }
  })
}
