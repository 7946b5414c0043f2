import { createHash } from 'node:crypto'
import { link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** The files a release's syndication wrote: path below the release folder → SHA-256 of the content. */
export type FileHashes = Record<string, string>

export interface ReleaseWriterOptions {
  /** The release folder being built. */
  outDir: string
  /** The live release folder and the hashes of its syndication files, to reuse unchanged files. */
  previous?: { dir: string; hashes: FileHashes } | null
  /** How many writes run at once. */
  limit?: number
}

/**
 * Writes the many small files of a release (a release has tens of thousands
 * of JSON files; creating a file costs far more than the bytes in it):
 *
 * - several writes are in flight at once; `write` waits only while `limit`
 *   are running, so memory stays bounded, and `done` waits for all and throws
 *   the first error;
 * - a file whose content is byte-for-byte the one the live release has at
 *   the same path (same SHA-256 in its hash list) is hard-linked from there
 *   instead of written again. Releases are never changed after they are
 *   built, so sharing the file is safe; deleting an old release only removes
 *   its name for it.
 */
export class ReleaseWriter {
  private readonly running = new Set<Promise<void>>()
  private readonly folders = new Map<string, Promise<unknown>>()
  private readonly limit: number
  private error: unknown = null
  readonly hashes: FileHashes = {}
  written = 0
  linked = 0

  constructor(private readonly options: ReleaseWriterOptions) {
    this.limit = options.limit ?? 32
  }

  /** Queues `content` for `relative` (a path below the release folder, with forward slashes). */
  async write(relative: string, content: string): Promise<void> {
    if (this.error) throw this.error
    if (relative in this.hashes) throw new Error(`${relative} is written twice`)
    const hash = createHash('sha256').update(content).digest('hex')
    this.hashes[relative] = hash
    while (this.running.size >= this.limit) await Promise.race(this.running)
    const file = path.join(this.options.outDir, relative)
    const folder = path.dirname(file)
    let made = this.folders.get(folder)
    if (!made) this.folders.set(folder, (made = mkdir(folder, { recursive: true })))
    const previous = this.options.previous
    const reuse = previous?.hashes[relative] === hash ? path.join(previous.dir, relative) : null
    const task: Promise<void> = made
      .then(async () => {
        if (reuse) {
          try {
            await link(reuse, file)
            this.linked++
            return
          } catch {
            // Gone from the live release, or another file system: write it.
          }
        }
        await writeFile(file, content)
        this.written++
      })
      .catch((error: unknown) => {
        this.error ??= error
      })
      .finally(() => this.running.delete(task))
    this.running.add(task)
  }

  /**
   * Takes `relative` over from the live release without making its content:
   * the caller knows that nothing it is made from changed. Only when the live
   * release has no such file (or no hash list) is `make` called and the
   * result written as usual.
   */
  async reuse(relative: string, make: () => string): Promise<void> {
    const hash = this.options.previous?.hashes[relative]
    if (!hash) return this.write(relative, make())
    if (this.error) throw this.error
    if (relative in this.hashes) throw new Error(`${relative} is written twice`)
    this.hashes[relative] = hash
    while (this.running.size >= this.limit) await Promise.race(this.running)
    const file = path.join(this.options.outDir, relative)
    const folder = path.dirname(file)
    let made = this.folders.get(folder)
    if (!made) this.folders.set(folder, (made = mkdir(folder, { recursive: true })))
    const from = path.join(this.options.previous!.dir, relative)
    const task: Promise<void> = made
      .then(async () => {
        try {
          await link(from, file)
          this.linked++
        } catch {
          // Gone from the live release, or another file system: make it after all.
          const content = make()
          this.hashes[relative] = createHash('sha256').update(content).digest('hex')
          await writeFile(file, content)
          this.written++
        }
      })
      .catch((error: unknown) => {
        this.error ??= error
      })
      .finally(() => this.running.delete(task))
    this.running.add(task)
  }

  /** Waits for every queued file; returns how many files there are. */
  async done(): Promise<number> {
    while (this.running.size) await Promise.all(this.running)
    if (this.error) throw this.error
    return this.written + this.linked
  }
}

/**
 * Hash lists of releases, one file per release id in `dir` (outside the
 * release folders, so they are not published).
 */
export const fileHashes = {
  async read(dir: string, releaseId: string): Promise<FileHashes | null> {
    try {
      const parsed = JSON.parse(await readFile(path.join(dir, `${releaseId}.json`), 'utf8')) as unknown
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as FileHashes) : null
    } catch {
      return null
    }
  },
  async write(dir: string, releaseId: string, hashes: FileHashes): Promise<void> {
    await mkdir(dir, { recursive: true })
    const file = path.join(dir, `${releaseId}.json`)
    await writeFile(`${file}.tmp`, JSON.stringify(hashes))
    await rename(`${file}.tmp`, file)
  },
  /** Removes the lists of releases that are no longer in `releases`. */
  async prune(dir: string, releases: Iterable<string>): Promise<void> {
    const keep = new Set(releases)
    for (const name of await readdir(dir).catch(() => [] as string[]))
      if (!keep.has(name.replace(/\.json(\.tmp)?$/, ''))) await rm(path.join(dir, name), { force: true })
  },
}
