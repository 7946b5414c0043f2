/**
 * Writes the snapshot: every published item of every public collection, in
 * its public shape, validated, as one JSON file per type plus manifest.json.
 *
 * Either the whole snapshot is written or nothing: all items are mapped and
 * validated first, the files go to a temporary folder next to the target,
 * and that folder is renamed into place.
 */
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, Where } from 'payload'
import { z } from 'zod'
import type { Media as CmsMedia } from '../payload-types.ts'
import {
  createMapContext,
  locationRefs,
  reverseLists,
  toPublicContactPerson,
  toPublicDepartment,
  toPublicEasyLanguageText,
  toPublicGlossaryTerm,
  toPublicLocation,
  toPublicPage,
  toPublicRegion,
  toPublicService,
  toPublicTopic,
  toPublicVideoTutorial,
  type CmsDocs,
  type MapContext,
  type PublishedDocs,
  type ReverseEntry,
} from './map.ts'
import {
  EXPORT_STATE_FILE,
  exportFormat,
  readExportState,
  trackLookups,
  type DocState,
  type ExportCollection,
  type ExportState,
} from './export-state.ts'
import {
  collectionOf,
  manifestSchema,
  publicTypes,
  SCHEMA_VERSION,
  schemas,
  type Manifest,
  type PublicCollection,
  type PublicType,
} from '../../content-models/schemas/index.ts'

/** Thrown when published content does not fit the public shape; lists every problem. */
export class SnapshotValidationError extends Error {
  readonly problems: string[]

  constructor(problems: string[]) {
    super(
      `Der Export wurde abgebrochen: ${problems.length} Problem${problems.length === 1 ? '' : 'e'} in veröffentlichten Inhalten.\n` +
        problems.map((problem) => `- ${problem}`).join('\n'),
    )
    this.name = 'SnapshotValidationError'
    this.problems = problems
  }
}

/** Collections with Payload drafts: only documents whose status is "published" are read. Departments and regions have none. */
const withDrafts: Record<PublicCollection, boolean> = {
  services: true,
  'easy-language-texts': true,
  'glossary-terms': true,
  'contact-persons': true,
  locations: true,
  'video-tutorials': true,
  pages: true,
  topics: true,
  departments: false,
  regions: false,
}

type Mapper<T extends PublicType> = (doc: CmsDocs[(typeof collectionOf)[T]], ctx: MapContext) => unknown

const mappers: { [T in PublicType]: Mapper<T> } = {
  service: toPublicService,
  easyLanguageText: toPublicEasyLanguageText,
  glossaryTerm: toPublicGlossaryTerm,
  contactPerson: toPublicContactPerson,
  location: toPublicLocation,
  videoTutorial: toPublicVideoTutorial,
  page: toPublicPage,
  topic: toPublicTopic,
  department: toPublicDepartment,
  region: toPublicRegion,
}

/** zod messages in German (the export errors reach editors); schema-specific messages take precedence. */
const germanErrors = z.locales.de().localeError

type SnapshotItem = { id: string; slug: string }

/** A field path as Payload writes it, e.g. "openingHours.1.closes". */
function fieldPath(issuePath: readonly PropertyKey[]): string {
  return issuePath.length === 0 ? '(Eintrag)' : issuePath.map(String).join('.')
}

function bySlugThenId(a: SnapshotItem, b: SnapshotItem): number {
  if (a.slug !== b.slug) return a.slug < b.slug ? -1 : 1
  if (a.id !== b.id) return a.id < b.id ? -1 : 1
  return 0
}

/** Payload's where clause for the published documents of a collection. */
function publishedWhere(collection: PublicCollection): Where | undefined {
  return withDrafts[collection] ? { _status: { equals: 'published' } } : undefined
}

function findArgs(collection: ExportCollection, where: Where | undefined) {
  return {
    collection,
    ...(where ? { where } : {}),
    draft: false,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    // Join fields (locations.offeredServices) are not used: they do not know about publication.
    ...(collection === 'locations' ? { joins: false as const } : {}),
  } as Parameters<Payload['find']>[0]
}

async function readDocs(payload: Payload, collection: PublicCollection): Promise<unknown[]> {
  const result = await payload.find(findArgs(collection, publishedWhere(collection)))
  return result.docs
}

/** How many ids go into one `in` query (SQLite limits the number of parameters of a statement). */
const IDS_PER_QUERY = 500

/** The documents each exported collection holds. */
type ExportDocs = CmsDocs & { media: CmsMedia }

/** Reads the published documents of `collection` with the given ids (media: any). */
async function readByIds<C extends ExportCollection>(
  payload: Payload,
  collection: C,
  ids: Iterable<string>,
): Promise<ExportDocs[C][]> {
  const all = [...ids]
  const docs: ExportDocs[C][] = []
  for (let i = 0; i < all.length; i += IDS_PER_QUERY) {
    const byId: Where = { id: { in: all.slice(i, i + IDS_PER_QUERY) } }
    const published = collection === 'media' ? undefined : publishedWhere(collection)
    const result = await payload.find(findArgs(collection, published ? { and: [published, byId] } : byId))
    // findArgs takes any collection, so Payload types the result as a document of any; these are C's.
    docs.push(...(result.docs as ExportDocs[C][]))
  }
  return docs
}

/**
 * Id → `updatedAt` of every published document of `collection` (media: every
 * one), without reading the documents: straight from the database adapter
 * (no hooks run, only two columns are read), as this runs on every publish
 * over the whole site.
 */
async function readUpdatedAt(payload: Payload, collection: ExportCollection): Promise<Map<string, string>> {
  const where = collection === 'media' ? undefined : publishedWhere(collection)
  const result = await payload.db.find<{ id: number | string; updatedAt?: string | null }>({
    collection,
    ...(where ? { where } : {}),
    select: { updatedAt: true },
    pagination: false,
    limit: 0,
  })
  return new Map(result.docs.map((doc) => [String(doc.id), String(doc.updatedAt ?? '')]))
}

/** Reads every published document of each public collection, and all media (images have no drafts). */
export async function readPublishedDocs(payload: Payload): Promise<PublishedDocs> {
  const collections = publicTypes.map((type) => collectionOf[type])
  const [media, ...lists] = await Promise.all([
    payload.find({ collection: 'media', pagination: false, depth: 0, overrideAccess: true }).then((r) => r.docs),
    ...collections.map((collection) => readDocs(payload, collection)),
  ])
  const docs = Object.fromEntries(collections.map((collection, i) => [collection, lists[i]]))
  return { ...docs, media } as PublishedDocs
}

type DocRef = { id: number | string; slug?: unknown; updatedAt?: unknown }

/** The items mapped from some documents, with what each was made from. */
interface Mapped {
  items: Record<PublicType, SnapshotItem[]>
  states: Record<PublicCollection, Record<string, DocState>>
}

/** Maps and validates documents with a recording context; problems are added to `problems`. */
function mapDocs(docs: Partial<Record<PublicCollection, unknown[]>>, ctx: MapContext, problems: Problems): Mapped {
  const tracker = trackLookups(ctx)
  const items = {} as Mapped['items']
  const states = {} as Mapped['states']
  for (const type of publicTypes) {
    const collection = collectionOf[type]
    const mapper = mappers[type] as (doc: unknown, ctx: MapContext) => unknown
    const valid: SnapshotItem[] = []
    const recorded: Record<string, DocState> = {}
    for (const doc of (docs[collection] ?? []) as DocRef[]) {
      const label = `${collection}/${String(doc.id)} (${typeof doc.slug === 'string' && doc.slug ? doc.slug : 'ohne Kurzadresse'})`
      let mapped: unknown
      let deps: string[]
      try {
        ;[mapped, deps] = tracker.record(() => mapper(doc, tracker.ctx))
      } catch (error) {
        problems[type].push(`${label}: (Eintrag): ${error instanceof Error ? error.message : String(error)}`)
        continue
      }
      const result = schemas[type].safeParse(mapped, { error: germanErrors })
      if (!result.success) {
        for (const issue of result.error.issues)
          problems[type].push(`${label}: ${fieldPath(issue.path)}: ${issue.message}`)
        continue
      }
      valid.push(result.data as SnapshotItem)
      const at = locationRefs(collection, doc)
      recorded[String(doc.id)] = {
        u: String(doc.updatedAt ?? ''),
        ...(collection === 'services' || collection === 'contact-persons' ? { s: String(doc.slug ?? ''), at } : {}),
        ...(deps.length ? { d: deps } : {}),
      }
    }
    items[type] = valid
    states[collection] = recorded
  }
  return { items, states }
}

/** Sorts each type's items by slug, then id, and adds a problem for every slug used twice. */
function finishItems(items: Record<PublicType, SnapshotItem[]>, problems: Problems): void {
  for (const type of publicTypes) {
    const collection = collectionOf[type]
    const seen = new Map<string, string>()
    for (const item of items[type].sort(bySlugThenId)) {
      const other = seen.get(item.slug)
      if (other !== undefined) {
        problems[type].push(
          `${collection}/${item.id} (${item.slug}): slug: Kurzadresse doppelt vergeben (auch ${collection}/${other})`,
        )
      } else seen.set(item.slug, item.id)
    }
  }
}

/** Problems per type: a mapped document's, then slugs used twice. */
type Problems = Record<PublicType, string[]>

const noProblems = (): Problems => Object.fromEntries(publicTypes.map((type) => [type, []])) as unknown as Problems

/** Throws SnapshotValidationError with every problem, type by type. */
function throwProblems(problems: Problems): void {
  const all = publicTypes.flatMap((type) => problems[type])
  if (all.length > 0) throw new SnapshotValidationError(all)
}

/** Maps and validates every published document; returns the items and the export state of each. */
function buildWithState(docs: PublishedDocs): Mapped {
  const problems = noProblems()
  const mapped = mapDocs(docs, createMapContext(docs), problems)
  finishItems(mapped.items, problems)
  throwProblems(problems)
  return mapped
}

/**
 * Maps and validates all published documents. Returns the items per type
 * (sorted by slug, then id), or throws SnapshotValidationError naming every
 * problem as "<collection>/<id> (<slug>): <field path>: <message>".
 */
export function buildSnapshot(docs: PublishedDocs): Record<PublicType, SnapshotItem[]> {
  return buildWithState(docs).items
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch {
    return false
  }
}

/** Only an empty folder or an earlier snapshot (with manifest.json) may be replaced. */
async function assertReplaceable(dir: string): Promise<void> {
  if (!(await exists(dir))) return
  if (!(await stat(dir)).isDirectory()) throw new Error(`Cannot write the snapshot: ${dir} exists and is not a folder.`)
  const entries = await readdir(dir)
  if (entries.length > 0 && !entries.includes('manifest.json')) {
    throw new Error(`Refusing to replace ${dir}: it is not empty and holds no snapshot (manifest.json).`)
  }
}

/** Moves the finished folder into place; an existing snapshot is swapped out and removed. */
async function moveIntoPlace(tmp: string, dir: string): Promise<void> {
  if (!(await exists(dir))) {
    await rename(tmp, dir)
    return
  }
  const old = `${tmp}.old`
  await rename(dir, old)
  try {
    await rename(tmp, dir)
  } catch (error) {
    await rename(old, dir)
    throw error
  }
  await rm(old, { recursive: true, force: true })
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n'

/** Writes a validated snapshot to `outDir` (replacing an earlier snapshot there) and returns the counts. */
export async function writeSnapshot(
  items: Record<PublicType, SnapshotItem[]>,
  outDir: string,
  now: Date = new Date(),
  /** The export state to record beside the snapshot (see export-state.ts); none by default. */
  state?: ExportState,
): Promise<{ counts: Record<PublicType, number>; dir: string }> {
  const dir = path.resolve(outDir)
  const counts = Object.fromEntries(publicTypes.map((type) => [type, items[type].length])) as Record<PublicType, number>
  const manifest: Manifest = manifestSchema.parse({
    generatedAt: now.toISOString(),
    schemaVersion: SCHEMA_VERSION,
    counts,
  })
  await mkdir(path.dirname(dir), { recursive: true })
  await assertReplaceable(dir)
  const tmp = await mkdtemp(path.join(path.dirname(dir), `.${path.basename(dir)}.tmp-`))
  try {
    // mkdtemp makes the folder private (0700); a snapshot is public content that other processes read.
    await chmod(tmp, 0o755)
    for (const type of publicTypes) await writeFile(path.join(tmp, `${type}.json`), json(items[type]))
    await writeFile(path.join(tmp, 'manifest.json'), json(manifest))
    if (state) await writeFile(path.join(tmp, EXPORT_STATE_FILE), JSON.stringify(state))
    await moveIntoPlace(tmp, dir)
  } catch (error) {
    await rm(tmp, { recursive: true, force: true })
    throw error
  }
  return { counts, dir }
}

/** Per type, the ids whose record differs from the previous snapshot's (new ones included), and the ids no longer there. */
export type SnapshotChanges = Record<PublicType, { changed: string[]; removed: string[] }>

export interface ExportOptions {
  /**
   * Export only what changed since this earlier snapshot (the live
   * release's) and take every other record over from it. Needs the export
   * state recorded there by an export with `root` set; without it (or when
   * the export's code changed since) the export is a full one.
   */
  previousDir?: string | null
  /** The repository root: with it, the export records its state beside the snapshot for the next export. */
  root?: string
}

export interface ExportResult {
  counts: Record<string, number>
  dir: string
  /** Whether every document was read (no usable previous snapshot). */
  full: boolean
  /** Why the export was a full one although a previous snapshot was given. */
  fullReason?: string
  /** Documents read in full from Payload (media included). */
  read: number
  /** The same per collection (only collections with documents read). */
  readBy: Partial<Record<ExportCollection, number>>
  /** What differs from the previous snapshot; null after a full export (everything may have). */
  changes: SnapshotChanges | null
}

const exportCollections: ExportCollection[] = [...publicTypes.map((type) => collectionOf[type]), 'media']

/** The previous snapshot's items by id, or null when a file is missing or damaged. */
async function readSnapshotItems(dir: string): Promise<Record<PublicType, Map<string, SnapshotItem>> | null> {
  try {
    const lists = await Promise.all(
      publicTypes.map(async (type) => {
        const list = JSON.parse(await readFile(path.join(dir, `${type}.json`), 'utf8')) as SnapshotItem[]
        if (!Array.isArray(list)) throw new Error(`${type}.json is not a list`)
        return [type, new Map(list.map((item) => [item.id, item]))] as const
      }),
    )
    return Object.fromEntries(lists) as Record<PublicType, Map<string, SnapshotItem>>
  } catch {
    return null
  }
}

const sameList = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((value, i) => value === b[i])

/**
 * The incremental export. Reads `updatedAt` of every published document
 * (one narrow query per collection), then in full only
 *
 * 1. the documents changed or newly published since the previous export, and
 * 2. the documents whose record looked at something that changed: a document
 *    that was published or unpublished (references to it are kept or
 *    dropped), a medium that changed (images are embedded), a reverse list of
 *    a location that changed (a service or contact person naming the location
 *    was added, removed, renamed or moved),
 *
 * and the media those records embed. Every other record is taken over from
 * the previous snapshot unchanged. When the previous snapshot cannot be
 * used, returns why (the caller then exports in full).
 */
async function exportIncremental(
  payload: Payload,
  previousDir: string,
  format: string,
): Promise<
  | {
      mapped: Mapped & { media: Record<string, DocState> }
      read: number
      readBy: ExportResult['readBy']
      changes: SnapshotChanges
    }
  | string
> {
  const previous = await readExportState(previousDir)
  if (!previous) return 'the previous snapshot has no export state'
  if (previous.format !== format) return 'the export code or schema changed'
  const previousItems = await readSnapshotItems(previousDir)
  if (!previousItems) return 'the previous snapshot cannot be read'
  for (const type of publicTypes) {
    const recorded = previous.docs[collectionOf[type]] ?? {}
    const items = previousItems[type]
    if (Object.keys(recorded).length !== items.size || Object.keys(recorded).some((id) => !items.has(id)))
      return `the previous snapshot's ${type}.json does not match its export state`
  }

  const now = Object.fromEntries(
    await Promise.all(exportCollections.map(async (c) => [c, await readUpdatedAt(payload, c)] as const)),
  ) as Record<ExportCollection, Map<string, string>>

  // What a record may have looked at and is different now.
  const touched = new Set<string>()
  const changedIds = {} as Record<PublicCollection, string[]>
  const removedIds = {} as Record<PublicCollection, string[]>
  for (const c of exportCollections) {
    const before = previous.docs[c] ?? {}
    const changed: string[] = []
    for (const [id, updatedAt] of now[c]) {
      if (before[id]?.u === updatedAt) continue
      changed.push(id)
      // A new or unpublished document changes the published sets; a changed medium is embedded as it is.
      if (!before[id] || c === 'media') touched.add(`${c}:${id}`)
    }
    const removed = Object.keys(before).filter((id) => !now[c].has(id))
    for (const id of removed) touched.add(`${c}:${id}`)
    if (c !== 'media') {
      changedIds[c] = changed
      removedIds[c] = removed
    }
  }

  let read = 0
  const readBy: ExportResult['readBy'] = {}
  const readDocsById = async <C extends ExportCollection>(c: C, ids: string[]): Promise<ExportDocs[C][]> => {
    const docs = ids.length ? await readByIds(payload, c, ids) : []
    read += docs.length
    if (docs.length) readBy[c] = (readBy[c] ?? 0) + docs.length
    return docs
  }
  const docs = {} as Record<PublicCollection, DocRef[]>
  await Promise.all(
    Object.entries(changedIds).map(
      async ([c, ids]) => (docs[c as PublicCollection] = await readDocsById(c as PublicCollection, ids)),
    ),
  )
  for (const c of Object.keys(changedIds) as PublicCollection[]) {
    // Unpublished between the two queries: gone, as in a full export made now.
    const got = new Set(docs[c].map((doc) => String(doc.id)))
    for (const id of changedIds[c])
      if (!got.has(id)) {
        now[c].delete(id)
        if (previous.docs[c]?.[id]) removedIds[c].push(id)
        touched.add(`${c}:${id}`)
      }
  }

  // Services and contact persons that changed their slug or locations change the locations' reverse lists.
  const entry = (c: 'services' | 'contact-persons', doc: DocRef) => ({
    s: String(doc.slug ?? ''),
    at: locationRefs(c, doc),
  })
  for (const [c, prefix] of [
    ['services', 'services-at'],
    ['contact-persons', 'contacts-at'],
  ] as const) {
    const fresh = new Map(docs[c].map((doc) => [String(doc.id), entry(c, doc)]))
    for (const id of [...changedIds[c], ...removedIds[c]]) {
      const old = previous.docs[c]?.[id]
      const next = fresh.get(id)
      if (old && next && old.s === next.s && sameList(old.at, next.at)) continue
      for (const location of new Set([...(old?.at ?? []), ...(next?.at ?? [])])) touched.add(`${prefix}:${location}`)
    }
  }

  // Records that looked at something touched are made again from their (unchanged) documents.
  await Promise.all(
    (Object.keys(changedIds) as PublicCollection[]).map(async (c) => {
      const again = new Set(changedIds[c])
      const dependents = Object.entries(previous.docs[c] ?? {})
        .filter(([id, state]) => now[c].has(id) && !again.has(id) && state.d?.some((key) => touched.has(key)))
        .map(([id]) => id)
      docs[c].push(...(await readDocsById(c, dependents)))
    }),
  )

  // The mapping context: published sets from the narrow queries, reverse lists from the state and the new documents.
  const published = Object.fromEntries(
    publicTypes.map((type) => [collectionOf[type], new Set(now[collectionOf[type]].keys())]),
  ) as unknown as MapContext['published']
  const reverse = (c: 'services' | 'contact-persons'): ReverseEntry[] => {
    const fresh = new Map(docs[c].map((doc) => [String(doc.id), entry(c, doc)]))
    return [...now[c].keys()].map((id) => {
      const known = fresh.get(id) ?? previous.docs[c][id]!
      return { id, slug: known.s ?? '', at: known.at ?? [] }
    })
  }
  const ctx: MapContext = {
    published,
    media: new Map(),
    ...reverseLists(reverse('services'), reverse('contact-persons')),
  }
  // The media the records embed: found by mapping once without media (the lookups are recorded), then read.
  const probe = mapDocs(docs, ctx, noProblems())
  const wanted = new Set<string>()
  for (const states of Object.values(probe.states))
    for (const state of Object.values(states))
      for (const key of state.d ?? [])
        if (key.startsWith('media:') && now.media.has(key.slice(6))) wanted.add(key.slice(6))
  const media = await readDocsById('media', [...wanted])
  const problems = noProblems()
  const mapped = mapDocs(docs, { ...ctx, media: new Map(media.map((doc) => [String(doc.id), doc])) }, problems)

  // Merge with the records taken over, and note what differs from the previous snapshot.
  const reread = Object.fromEntries(
    Object.entries(docs).map(([c, list]) => [c, new Set(list.map((doc) => String(doc.id)))]),
  ) as Record<PublicCollection, Set<string>>
  const changes = {} as SnapshotChanges
  const items = {} as Record<PublicType, SnapshotItem[]>
  const states = {} as Mapped['states']
  for (const type of publicTypes) {
    const c = collectionOf[type]
    const fresh = new Map(mapped.items[type].map((item) => [item.id, item]))
    const old = previousItems[type]
    const merged: SnapshotItem[] = [...mapped.items[type]]
    const recorded: Record<string, DocState> = {}
    for (const id of now[c].keys()) {
      if (fresh.has(id)) continue
      const item = old.get(id)
      // A re-read document that failed validation has no record: its problem is reported below.
      if (item && !reread[c].has(id)) {
        merged.push(item)
        recorded[id] = previous.docs[c][id]!
      }
    }
    Object.assign(recorded, mapped.states[c])
    items[type] = merged
    states[c] = recorded
    changes[type] = {
      changed: [...fresh.values()]
        .filter((item) => {
          const before = old.get(item.id)
          return !before || JSON.stringify(before) !== JSON.stringify(item)
        })
        .map((item) => item.id)
        .sort(),
      removed: [...old.keys()].filter((id) => !now[c].has(id)).sort(),
    }
  }
  finishItems(items, problems)
  throwProblems(problems)
  const mediaStates = Object.fromEntries([...now.media].map(([id, u]) => [id, { u }]))
  return { mapped: { items, states, media: mediaStates }, read, readBy, changes }
}

/**
 * Reads the published documents with the Local API, maps them to their
 * public shape, validates them and writes `<outDir>/<type>.json` (arrays
 * sorted by slug, then id) and `<outDir>/manifest.json`. On any invalid item
 * nothing is written and a SnapshotValidationError lists every problem.
 *
 * With `previousDir` (and `root`), only what changed since that snapshot is
 * read (see exportIncremental); the result is byte for byte the snapshot a
 * full export would write.
 */
export async function exportSnapshot(
  payload: Payload,
  outDir: string,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const { previousDir, root } = options
  const format = root ? await exportFormat(root) : null
  let fullReason: string | undefined
  if (format && previousDir) {
    const incremental = await exportIncremental(payload, previousDir, format)
    if (typeof incremental !== 'string') {
      const { items, states, media } = incremental.mapped
      const written = await writeSnapshot(items, outDir, new Date(), {
        format,
        docs: { ...states, media },
      })
      const { read, readBy, changes } = incremental
      return { ...written, full: false, read, readBy, changes }
    }
    fullReason = incremental
  }
  const docs = await readPublishedDocs(payload)
  const { items, states } = buildWithState(docs)
  const media = Object.fromEntries(docs.media.map((doc) => [String(doc.id), { u: String(doc.updatedAt ?? '') }]))
  const readBy = Object.fromEntries(exportCollections.map((c) => [c, docs[c].length]))
  const read = exportCollections.reduce((sum, c) => sum + docs[c].length, 0)
  const written = await writeSnapshot(
    items,
    outDir,
    new Date(),
    format ? { format, docs: { ...states, media } } : undefined,
  )
  return { ...written, full: true, ...(fullReason ? { fullReason } : {}), read, readBy, changes: null }
}
