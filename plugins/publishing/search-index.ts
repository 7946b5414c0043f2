import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { listFiles, mapLimit } from './site-files.ts'

/**
 * What Pagefind indexed of each HTML page of a release: the page file → the
 * key of its search record in the record store, or null for a page Pagefind
 * has nothing to take from (no `data-pagefind-body`).
 */
export type SearchRecordIndex = Record<string, string | null>

export interface IndexSiteOptions {
  log?: (line: string) => void
  /** Where the search records live between releases (content-addressed, shared by the releases). */
  recordsDir: string
  /**
   * The live release's record index and the HTML files this release wrote
   * anew: every other page is the live one (hard-linked), so its record is
   * taken from the store instead of reading the page again. Null: read every page.
   */
  previous?: { records: SearchRecordIndex; changed: Set<string> } | null
}

export interface SiteIndex {
  /** HTML files of the release. */
  pages: number
  /** Pages in the search index. */
  indexed: number
  /** Pages read and reduced to their search record for this release. */
  parsed: number
  /** Pages whose search record came from the record store. */
  cached: number
  records: SearchRecordIndex
}

/**
 * A page's search record is the part of its HTML Pagefind reads: the
 * `<html>` tag, the `<title>` and the `<main data-pagefind-body>` element.
 * Pagefind's custom records (`addCustomRecord`) would be cheaper to add but
 * lose what Pagefind takes from the markup (heading weights, heading anchors
 * for sub-results), so the ranking and excerpts would differ from a full
 * index (measured: 14 of 14 queries differed); the reduced HTML gives
 * byte-for-byte the index the whole page gives, at a seventh of the bytes.
 *
 * The whole page is kept when anything Pagefind reads lies outside `<main>`
 * (a `data-pagefind-*` attribute, an `<h1>` or `<img>` it could take as
 * title or image) or where `<main>` ends is not certain; null when the page
 * has no `data-pagefind-body`.
 * Bumped with any change of this rule, so that no record of an older rule is reused.
 */
const RECORD_VERSION = 'r1'

export function searchRecord(page: string): string | null {
  const start = page.search(/<main\b[^>]*\sdata-pagefind-body[\s>=]/)
  if (start < 0) return page.includes('data-pagefind-body') ? page : null
  const close = page.indexOf('</main>', start)
  // No end, or a second one (a literal "</main>" in a script): where <main> ends is not certain.
  if (close < 0 || page.indexOf('</main>', close + 1) >= 0) return page
  const end = close + '</main>'.length
  const outside = page.slice(0, start) + page.slice(end)
  if (/data-pagefind-|<h1\b|<img\b/i.test(outside)) return page
  const htmlTag = /<html\b[^>]*>/i.exec(page)?.[0] ?? '<html>'
  const title = /<title>[^<]*<\/title>/i.exec(page)?.[0] ?? ''
  return `<!doctype html>${htmlTag}<head>${title}</head><body>${page.slice(start, end)}</body></html>`
}

/** The key of a page's record: its content's hash (and the rule's version). */
const recordKey = (page: Buffer) => createHash('sha256').update(RECORD_VERSION).update(page).digest('hex').slice(0, 40)
const recordFile = (recordsDir: string, key: string) => path.join(recordsDir, `${key}.html`)

/** Pagefind's result URL of a page file (its `build_url`: `index.html` dropped, leading slash). */
const urlOf = (file: string) => `/${file.split(path.sep).join('/').replaceAll('index.html', '')}`

/**
 * Indexes a built site with Pagefind (German stemming, `forceLanguage: 'de'`).
 * Every page goes in as its search record (see `searchRecord`), in the order
 * of the file names: Pagefind numbers pages in the order they are added and
 * ranks equal scores by that number, so the same pages always give the same
 * index, whether their records were read now or taken from the store. With
 * `previous`, only the changed pages are read. Throws with Pagefind's errors
 * as cause.
 */
export async function indexSite(siteDir: string, options: IndexSiteOptions): Promise<SiteIndex> {
  const { log = () => {}, recordsDir, previous } = options
  const started = performance.now()
  const files = (await listFiles(siteDir)).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
  files.sort()
  await mkdir(recordsDir, { recursive: true })
  let parsed = 0
  let cached = 0
  const records: SearchRecordIndex = {}
  const contents = new Map<string, string>()
  /** Reads a page and stores its record (unless the store has it). */
  const read = async (file: string): Promise<void> => {
    parsed++
    const page = await readFile(path.join(siteDir, file))
    const record = searchRecord(page.toString('utf8'))
    if (record === null) {
      records[file] = null
      return
    }
    const key = recordKey(page)
    records[file] = key
    contents.set(file, record)
    const target = recordFile(recordsDir, key)
    // Written under a temporary name: a record file is complete or absent.
    await writeFile(`${target}.${process.pid}.tmp`, record)
    await rename(`${target}.${process.pid}.tmp`, target)
  }
  await mapLimit(files, 16, async (file) => {
    const key = previous && !previous.changed.has(file) ? previous.records[file] : undefined
    if (key === null) {
      cached++
      records[file] = null
      return
    }
    if (key) {
      const record = await readFile(recordFile(recordsDir, key), 'utf8').catch(() => null)
      if (record !== null) {
        cached++
        records[file] = key
        contents.set(file, record)
        return
      }
    }
    await read(file)
  })

  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'de' })
  if (!index) throw new Error('Pagefind could not create an index', { cause: createErrors })
  try {
    // No page has data-pagefind-body: Pagefind indexes every page whole, as before.
    const whole = contents.size === 0 && files.length > 0
    const added = whole ? files : files.filter((file) => contents.has(file))
    for (let i = 0; i < added.length; i += 16) {
      // Sixteen at a time: Pagefind takes them in the order they were sent.
      const batch = added.slice(i, i + 16)
      const results = await Promise.all(
        batch.map(async (file) =>
          index.addHTMLFile({
            url: urlOf(file),
            content: contents.get(file) ?? (await readFile(path.join(siteDir, file), 'utf8')),
          }),
        ),
      )
      const failed = results.flatMap((result, j) => result.errors.map((error) => `${batch[j]}: ${error}`))
      if (failed.length) throw new Error(`Pagefind could not index ${siteDir}`, { cause: failed })
    }
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') })
    if (written.errors.length) throw new Error('Pagefind could not write its files', { cause: written.errors })
    const indexed = whole ? files.length : added.length
    log(
      `pagefind: ${files.length} pages, ${indexed} in the search index; ${parsed} read, ${cached} from the record store; ${Math.round(performance.now() - started)} ms`,
    )
    return { pages: files.length, indexed, parsed, cached, records }
  } finally {
    await index.deleteIndex().catch(() => {})
    await pagefind.close()
  }
}

/** Removes the search records no kept release refers to (and temporary files of interrupted writes). */
export async function pruneSearchRecords(recordsDir: string, kept: SearchRecordIndex[]): Promise<number> {
  const used = new Set(kept.flatMap((records) => Object.values(records).filter((key): key is string => !!key)))
  let removed = 0
  for (const name of await readdir(recordsDir).catch(() => [] as string[])) {
    if (used.has(name.replace(/\.html$/, '')) && name.endsWith('.html')) continue
    await rm(path.join(recordsDir, name), { force: true })
    removed++
  }
  return removed
}
