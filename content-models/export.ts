/**
 * Writes the snapshot: every published item of every public collection, in
 * its public shape, validated, as one JSON file per type plus manifest.json.
 *
 * Either the whole snapshot is written or nothing: all items are mapped and
 * validated first, the files go to a temporary folder next to the target,
 * and that folder is renamed into place.
 */
import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, Where } from 'payload'
import { z } from 'zod'
import {
  createMapContext,
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
} from './map.ts'
import {
  collectionOf,
  manifestSchema,
  publicTypes,
  SCHEMA_VERSION,
  schemas,
  type Manifest,
  type PublicCollection,
  type PublicType,
} from './schemas/index.ts'

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

async function readDocs(payload: Payload, collection: PublicCollection): Promise<unknown[]> {
  const where: Where | undefined = withDrafts[collection] ? { _status: { equals: 'published' } } : undefined
  const result = await payload.find({
    collection,
    ...(where ? { where } : {}),
    draft: false,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    // Join fields (locations.offeredServices) are not used: they do not know about publication.
    ...(collection === 'locations' ? { joins: false as const } : {}),
  } as Parameters<Payload['find']>[0])
  return result.docs
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

/**
 * Maps and validates all published documents. Returns the items per type
 * (sorted by slug, then id), or throws SnapshotValidationError naming every
 * problem as "<collection>/<id> (<slug>): <field path>: <message>".
 */
export function buildSnapshot(docs: PublishedDocs): Record<PublicType, SnapshotItem[]> {
  const ctx = createMapContext(docs)
  const problems: string[] = []
  const items = {} as Record<PublicType, SnapshotItem[]>
  for (const type of publicTypes) {
    const collection = collectionOf[type]
    const mapper = mappers[type] as (doc: unknown, ctx: MapContext) => unknown
    const valid: SnapshotItem[] = []
    for (const doc of docs[collection] as { id: number | string; slug?: unknown }[]) {
      const label = `${collection}/${String(doc.id)} (${typeof doc.slug === 'string' && doc.slug ? doc.slug : 'ohne Kurzadresse'})`
      let mapped: unknown
      try {
        mapped = mapper(doc, ctx)
      } catch (error) {
        problems.push(`${label}: (Eintrag): ${error instanceof Error ? error.message : String(error)}`)
        continue
      }
      const result = schemas[type].safeParse(mapped, { error: germanErrors })
      if (result.success) valid.push(result.data as SnapshotItem)
      else
        for (const issue of result.error.issues) problems.push(`${label}: ${fieldPath(issue.path)}: ${issue.message}`)
    }
    const seen = new Map<string, string>()
    for (const item of valid) {
      const other = seen.get(item.slug)
      if (other !== undefined) {
        problems.push(
          `${collection}/${item.id} (${item.slug}): slug: Kurzadresse doppelt vergeben (auch ${collection}/${other})`,
        )
      } else seen.set(item.slug, item.id)
    }
    items[type] = valid.sort(bySlugThenId)
  }
  if (problems.length > 0) throw new SnapshotValidationError(problems)
  return items
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
    await moveIntoPlace(tmp, dir)
  } catch (error) {
    await rm(tmp, { recursive: true, force: true })
    throw error
  }
  return { counts, dir }
}

/**
 * Reads every published document with the Local API, maps it to its public
 * shape, validates it and writes `<outDir>/<type>.json` (arrays sorted by
 * slug, then id) and `<outDir>/manifest.json`. On any invalid item nothing is
 * written and a SnapshotValidationError lists every problem.
 */
export async function exportSnapshot(
  payload: Payload,
  outDir: string,
): Promise<{ counts: Record<string, number>; dir: string }> {
  const docs = await readPublishedDocs(payload)
  const items = buildSnapshot(docs)
  return writeSnapshot(items, outDir)
}
