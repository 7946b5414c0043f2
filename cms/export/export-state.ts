/**
 * What an export records beside its snapshot so that the next export can
 * read only what changed: per published document the `updatedAt` it was
 * exported at, and what its record was made from besides the document itself
 * (which other documents' publication it checked, which media it embeds,
 * which reverse lists of a location it copied). The dependencies are not
 * listed by hand: the mapping context records every lookup a mapper makes
 * (see `trackLookups`), so a new reference in map.ts is followed without a
 * change here.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { MapContext } from './map.ts'
import { SCHEMA_VERSION, type PublicCollection } from '../../content-models/schemas/index.ts'

/** The file in a snapshot folder that holds the export state (not part of the public snapshot). */
export const EXPORT_STATE_FILE = 'export-state.json'

/** Collections the export reads: the public ones and media (embedded as images). */
export type ExportCollection = PublicCollection | 'media'

/** One exported document. */
export interface DocState {
  /** `updatedAt` as Payload returned it when the document was exported. */
  u: string
  /** Slug (services and contact persons: the reverse lists of locations are in slug order). */
  s?: string
  /** Locations the document names, as stored (services and contact persons: the locations list them back). */
  at?: string[]
  /** Lookups the mapping made: `<collection>:<id>` (is it published?), `media:<id>`, `services-at:<id>`, `contacts-at:<id>`. */
  d?: string[]
}

export interface ExportState {
  /** Export code, public schema and CMS schema the snapshot was made with (see exportFormat). */
  format: string
  docs: Record<ExportCollection, Record<string, DocState>>
}

/** What the export code depends on besides the data: its own source, the public schema, the CMS schema and migrations. */
const formatInputs = ['content-models', 'cms/payload-types.ts', 'cms/migrations']
const ignoredInFormat = /(^|\/)(json-schema)(\/|$)|\.test\.ts$|test-fixtures\.ts$/

async function filesBelow(root: string, entry: string): Promise<string[]> {
  const full = path.join(root, entry)
  const info = await stat(full).catch(() => null)
  if (!info) return []
  if (info.isFile()) return [entry]
  const entries = await readdir(full, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((file) => !ignoredInFormat.test(file))
}

const hashes = new Map<string, Promise<string>>()

/**
 * A hash over the source files below `inputs` (paths relative to `root`),
 * their names and `seed`, like renderer.ts's siteCodeHash. Computed once per
 * process: it describes the code this process runs.
 */
export function sourceHash(root: string, inputs: readonly string[], seed = ''): Promise<string> {
  const key = JSON.stringify([root, inputs, seed])
  let result = hashes.get(key)
  if (!result) {
    result = (async () => {
      const hash = createHash('sha256').update(`${seed}\n`)
      const files = (await Promise.all(inputs.map((entry) => filesBelow(root, entry)))).flat().sort()
      for (const file of files) {
        hash.update(`${file}\n`)
        hash.update(await readFile(path.join(root, file)))
      }
      return hash.digest('hex').slice(0, 16)
    })()
    hashes.set(key, result)
  }
  return result
}

/**
 * The identity of the export's code: a snapshot made with other code
 * (mapping, schemas, CMS fields, or a migration that may have rewritten
 * stored documents without touching `updatedAt`) is never reused, the next
 * export is a full one.
 */
export const exportFormat = (root: string) => sourceHash(root, formatInputs, `schema ${SCHEMA_VERSION}`)

/** The state recorded beside a snapshot, or null (none, unreadable, or of another shape). */
export async function readExportState(snapshotDir: string): Promise<ExportState | null> {
  try {
    const parsed = JSON.parse(await readFile(path.join(snapshotDir, EXPORT_STATE_FILE), 'utf8')) as ExportState
    return typeof parsed?.format === 'string' && parsed.docs && typeof parsed.docs === 'object' ? parsed : null
  } catch {
    return null
  }
}

/**
 * A mapping context that records every lookup into `deps` (set `deps` to a
 * fresh set before mapping each document). Only the lookups map.ts makes
 * (`published[c].has`, `media.get`, the reverse lists' `get`) are recorded;
 * everything else passes through.
 */
export function trackLookups(ctx: MapContext): { ctx: MapContext; record: <T>(run: () => T) => [T, string[]] } {
  let deps = new Set<string>()
  const watch = <T extends object>(target: T, method: 'has' | 'get', prefix: string): T =>
    new Proxy(target, {
      get(object, property) {
        if (property === method)
          return (id: string) => {
            deps.add(`${prefix}:${id}`)
            return (object as unknown as Map<string, unknown>)[method](id)
          }
        const value: unknown = Reflect.get(object, property, object)
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value
      },
    })
  const tracked: MapContext = {
    published: Object.fromEntries(
      Object.entries(ctx.published).map(([collection, ids]) => [collection, watch(ids, 'has', collection)]),
    ) as MapContext['published'],
    media: watch(ctx.media, 'get', 'media'),
    servicesByLocation: watch(ctx.servicesByLocation, 'get', 'services-at'),
    contactPersonsByLocation: watch(ctx.contactPersonsByLocation, 'get', 'contacts-at'),
  }
  return {
    ctx: tracked,
    record<T>(run: () => T): [T, string[]] {
      deps = new Set()
      const result = run()
      return [result, [...deps].sort()]
    },
  }
}
