/**
 * Reads the published snapshot (the only input of the site) and builds the
 * lookup maps the pages need.
 *
 * Every file is parsed with the public zod schemas from content-models/: they
 * are the contract between CMS and site, so a snapshot that does not match
 * them stops the build instead of producing a broken page.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import {
  manifestSchema,
  publicTypes,
  schemas,
  type ContactPerson,
  type Department,
  type EasyLanguageText,
  type GlossaryTerm,
  type Location,
  type Manifest,
  type Page,
  type PublicItem,
  type PublicType,
  type Region,
  type Service,
  type Topic,
  type VideoTutorial,
} from '../../content-models/schemas/index.ts'
import { SNAPSHOT_ENV } from './constants.ts'
import { currentView } from './renderContext.ts'
import { settings } from '../../config.ts'
import type { Collection, Snapshot } from './snapshotTypes.ts'

export type { Collection, Snapshot } from './snapshotTypes.ts'

export type {
  ContactPerson,
  Department,
  EasyLanguageText,
  GlossaryTerm,
  Location,
  Page,
  Region,
  Service,
  Topic,
  VideoTutorial,
} from '../../content-models/schemas/index.ts'

/** The snapshot could not be read or does not match the public schemas. */
export class SnapshotError extends Error {
  override name = 'SnapshotError'
}

/** Key of the top-level topics in `topicChildren`. */
export const ROOT_TOPIC = ''

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true })

/** Compares two strings the way a German reader sorts them. */
export const compareGerman = (a: string, b: string): number => collator.compare(a, b)

function readJson(dir: string, file: string): unknown {
  const full = path.join(dir, file)
  let text: string
  try {
    text = readFileSync(full, 'utf8')
  } catch (error) {
    throw new SnapshotError(`Cannot read snapshot file ${full}`, { cause: error })
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new SnapshotError(`Snapshot file ${full} is not valid JSON`, { cause: error })
  }
}

function parseItems<T extends PublicType>(dir: string, type: T): PublicItem<T>[] {
  const file = `${type}.json`
  const result = z.array(schemas[type]).safeParse(readJson(dir, file))
  if (!result.success) {
    throw new SnapshotError(
      `Snapshot file ${path.join(dir, file)} does not match the public schema of "${type}":\n${z.prettifyError(result.error)}`,
    )
  }
  return result.data as PublicItem<T>[]
}

function collection<T extends { id: string; slug: string }>(items: T[], sortKey: (item: T) => string): Collection<T> {
  const all = [...items].sort((a, b) => compareGerman(sortKey(a), sortKey(b)))
  return {
    all,
    byId: new Map(all.map((item) => [item.id, item])),
    bySlug: new Map(all.map((item) => [item.slug, item])),
  }
}

/** Looks up ids in a map, leaving out ids that are not in the snapshot (e.g. unpublished in the meantime). */
export function resolve<T>(ids: readonly string[] | undefined, map: Map<string, T>): T[] {
  const found: T[] = []
  for (const id of ids ?? []) {
    const item = map.get(id)
    if (item !== undefined && !found.includes(item)) found.push(item)
  }
  return found
}

/** Adds `value` to the list under `key`, once. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (!list) map.set(key, [value])
  else if (!list.includes(value)) list.push(value)
}

function sortAll<V>(map: Map<string, V[]>, key: (value: V) => string): void {
  for (const list of map.values()) list.sort((a, b) => compareGerman(key(a), key(b)))
}

/** Reads and validates the snapshot in `dir` and builds the lookup maps. */
export function readSnapshot(dir: string): Snapshot {
  const manifestResult = manifestSchema.safeParse(readJson(dir, 'manifest.json'))
  if (!manifestResult.success) {
    throw new SnapshotError(
      `Snapshot manifest ${path.join(dir, 'manifest.json')} is invalid:\n${z.prettifyError(manifestResult.error)}`,
    )
  }

  // Types the site does not show are still validated: the whole snapshot must match the contract.
  const shown = new Set<PublicType>([
    'service',
    'easyLanguageText',
    'glossaryTerm',
    'contactPerson',
    'location',
    'videoTutorial',
    'page',
    'topic',
    'department',
    'region',
  ])
  for (const type of publicTypes) if (!shown.has(type)) parseItems(dir, type)

  const services = collection(parseItems(dir, 'service'), (s) => s.name)
  const easyLanguageTexts = collection(parseItems(dir, 'easyLanguageText'), (e) => e.title)
  const glossaryTerms = collection(parseItems(dir, 'glossaryTerm'), (g) => g.term)
  const contactPersons = collection(parseItems(dir, 'contactPerson'), (c) => c.function)
  const locations = collection(parseItems(dir, 'location'), (l) => l.name)
  const videos = collection(parseItems(dir, 'videoTutorial'), (v) => v.title)
  const pages = collection(parseItems(dir, 'page'), (p) => p.title)
  const topics = collection(parseItems(dir, 'topic'), (t) => t.title)
  const departments = collection(parseItems(dir, 'department'), (d) => d.name)
  const regions = collection(parseItems(dir, 'region'), (r) => r.name)

  const servicesByTopic = new Map<string, Service[]>()
  const servicesByLocation = new Map<string, Service[]>()
  const servicesByContact = new Map<string, Service[]>()
  const servicesByDepartment = new Map<string, Service[]>()
  for (const service of services.all) {
    for (const topic of resolve(service.topics, topics.byId)) addTo(servicesByTopic, topic.id, service)
    for (const location of resolve(service.locations, locations.byId)) addTo(servicesByLocation, location.id, service)
    for (const contact of resolve(service.contactPersons, contactPersons.byId))
      addTo(servicesByContact, contact.id, service)
    addTo(servicesByDepartment, service.department, service)
  }
  for (const location of locations.all) {
    for (const service of resolve(location.services, services.byId)) addTo(servicesByLocation, location.id, service)
  }

  const contactsByLocation = new Map<string, ContactPerson[]>()
  const contactsByDepartment = new Map<string, ContactPerson[]>()
  for (const contact of contactPersons.all) {
    for (const service of resolve(contact.responsibility.services, services.byId))
      addTo(servicesByContact, contact.id, service)
    if (contact.location && locations.byId.has(contact.location)) addTo(contactsByLocation, contact.location, contact)
    addTo(contactsByDepartment, contact.department, contact)
  }
  for (const location of locations.all) {
    for (const contact of resolve(location.contactPersons, contactPersons.byId))
      addTo(contactsByLocation, location.id, contact)
  }

  const locationsByDepartment = new Map<string, Location[]>()
  for (const location of locations.all) addTo(locationsByDepartment, location.department, location)

  const videosByService = new Map<string, VideoTutorial[]>()
  for (const video of videos.all) {
    for (const service of resolve(video.services, services.byId)) addTo(videosByService, service.id, video)
  }

  const easyLanguageByService = new Map<string, EasyLanguageText>()
  const easyLanguageByPage = new Map<string, EasyLanguageText>()
  for (const text of easyLanguageTexts.all) {
    if (text.service && services.byId.has(text.service) && !easyLanguageByService.has(text.service))
      easyLanguageByService.set(text.service, text)
    if (text.page && pages.byId.has(text.page) && !easyLanguageByPage.has(text.page))
      easyLanguageByPage.set(text.page, text)
  }

  const topicChildren = new Map<string, Topic[]>()
  for (const topic of topics.all) {
    const parent = topic.parent && topics.byId.has(topic.parent) ? topic.parent : ROOT_TOPIC
    addTo(topicChildren, parent, topic)
  }
  for (const list of topicChildren.values()) list.sort((a, b) => a.order - b.order || compareGerman(a.title, b.title))

  const pageByKind = new Map<Page['kind'], Page>()
  for (const page of [...pages.all].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))) {
    if (page.kind !== 'other') pageByKind.set(page.kind, page)
  }

  sortAll(servicesByLocation, (s) => s.name)
  sortAll(servicesByContact, (s) => s.name)
  sortAll(contactsByLocation, (c) => c.function)

  return {
    dir,
    manifest: manifestResult.data,
    services,
    easyLanguageTexts,
    glossaryTerms,
    contactPersons,
    locations,
    videos,
    pages,
    topics,
    departments,
    regions,
    servicesByTopic,
    servicesByLocation,
    servicesByContact,
    servicesByDepartment,
    videosByService,
    easyLanguageByService,
    easyLanguageByPage,
    contactsByLocation,
    contactsByDepartment,
    locationsByDepartment,
    topicChildren,
    pageByKind,
  }
}

let cached: Snapshot | undefined

/**
 * The snapshot named by LOTSE_SNAPSHOT_DIR, read once per build (or, in the
 * publish pipeline's renderer, the one it renders, see lib/renderContext.ts).
 * Throws (and so fails the build) when the variable is missing or the snapshot is invalid.
 */
export function getSnapshot(): Snapshot {
  // The publish pipeline's renderer: the snapshot it renders, as a view that records what the page reads.
  const view = currentView()
  if (view) return view
  if (cached) return cached
  const dir = settings.LOTSE_SNAPSHOT_DIR
  if (!dir) {
    throw new SnapshotError(
      `${SNAPSHOT_ENV} is not set. Set it to the snapshot folder written by "npm run export -- --out DIR", e.g. ${SNAPSHOT_ENV}=/tmp/snapshot npx astro build`,
    )
  }
  const started = performance.now()
  cached = readSnapshot(path.resolve(dir))
  const counts = Object.entries(cached.manifest.counts)
    .map(([type, count]) => `${type} ${count}`)
    .join(', ')
  console.info(`[lotse] snapshot read from ${cached.dir} in ${Math.round(performance.now() - started)} ms (${counts})`)
  return cached
}

/** The topic and its ancestors, nearest first (cycles are cut). */
export function topicWithAncestors(snapshot: Snapshot, topic: Topic): Topic[] {
  const chain: Topic[] = []
  let current: Topic | undefined = topic
  while (current && !chain.includes(current)) {
    chain.push(current)
    current = current.parent ? snapshot.topics.byId.get(current.parent) : undefined
  }
  return chain
}
