/**
 * Open data of a release under /api/v1/: one list file per public type (the
 * snapshot's items, unchanged, in the public shape of content-models/), one
 * document per service (by slug and by stable id), the JSON Schemas, an
 * OpenAPI 3.1 description, the index and the change feed. Everything is read
 * from the snapshot, which holds published content only: drafts, unpublished
 * changes and names without consent never get here.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { generateJsonSchemas, toJsonSchema } from '../../content-models/json-schema.ts'
import { telUrl, urls } from '../../content-models/urls.ts'
import {
  SCHEMA_VERSION,
  type ContactPerson,
  type Department,
  type EasyLanguageText,
  type Location,
  type PublicType,
  type Service,
} from '../../content-models/schemas/index.ts'
import type { SnapshotChanges } from '../../cms/export/export.ts'
import { nextFeed, type ItemsByType, type PublicItem } from './changes.ts'
import {
  changeFeedSchema,
  openDataIndexSchema,
  openDataTypeList,
  openDataTypes,
  serviceDocumentSchema,
  type OpenDataIndex,
  type OpenDataType,
  type ServiceDocument,
} from './open-data-schemas.ts'
import { buildOpenApi } from './openapi.ts'
import { jsonFile as json, type ReleaseFilesOptions } from './release-options.ts'
import { ReleaseWriter } from './writer.ts'

/** Where the open data lives in a release. */
export const OPEN_DATA_PATH = '/api/v1/'

/** Licence of the open data (change here if the operator publishes under another one). */
export const OPEN_DATA_LICENSE = {
  id: 'dl-de/by-2-0',
  name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
  url: 'https://www.govdata.de/dl-de/by-2-0',
} as const

/** Site paths of the pages the documents link to (the site's URL scheme, content-models/urls.ts). */
const pagePath = {
  service: urls.service,
  easyLanguageText: urls.easyLanguageText,
  contactPerson: urls.contact,
  location: urls.location,
  department: urls.department,
}

/** Names of the generated schemas of the open-data documents (besides the item schemas). */
export const documentSchemaFiles = {
  index: 'index.schema.json',
  serviceDocument: 'service-document.schema.json',
  changes: 'changes.schema.json',
} as const


async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown
}

async function readSnapshotItems(snapshotDir: string): Promise<Record<OpenDataType, PublicItem[]>> {
  const entries = await Promise.all(
    openDataTypeList.map(async (type) => {
      const items = await readJson(path.join(snapshotDir, `${type satisfies PublicType}.json`))
      if (!Array.isArray(items)) throw new Error(`Snapshot file ${type}.json in ${snapshotDir} is not a list`)
      return [type, items as PublicItem[]] as const
    }),
  )
  return Object.fromEntries(entries) as Record<OpenDataType, PublicItem[]>
}

/** The previous release's lists, or null when it has no open data (first build, or older than the feed). */
async function readPreviousRelease(
  previousDir: string | null,
): Promise<{ release: string | null; items: ItemsByType | null; feed: unknown }> {
  if (!previousDir) return { release: null, items: null, feed: null }
  const dir = path.join(previousDir, OPEN_DATA_PATH)
  const index = (await readJson(path.join(dir, 'index.json')).catch(() => null)) as { release?: unknown } | null
  if (!index) return { release: path.basename(previousDir), items: null, feed: null }
  const items: ItemsByType = {}
  for (const type of openDataTypeList) {
    const list = await readJson(path.join(dir, openDataTypes[type])).catch(() => null)
    if (Array.isArray(list)) items[type] = list as PublicItem[]
  }
  const feed = await readJson(path.join(dir, 'changes.json')).catch(() => null)
  return { release: typeof index.release === 'string' ? index.release : path.basename(previousDir), items, feed }
}

/** The document of one service: the service and what a card or page needs next to it. */
export function serviceDocument(
  service: Service,
  lookup: {
    departments: Map<string, Department>
    contacts: Map<string, ContactPerson>
    locations: Map<string, Location>
    easyLanguageByService: Map<string, EasyLanguageText>
  },
  absolute: (p: string) => string,
): ServiceDocument {
  const department = lookup.departments.get(service.department)
  if (!department)
    throw new Error(`Service ${service.id} refers to department ${service.department}, not in the snapshot`)
  const easy = lookup.easyLanguageByService.get(service.id)
  const contacts = service.contactPersons
    .map((id) => lookup.contacts.get(id))
    .filter((c): c is ContactPerson => Boolean(c))
  const locations = service.locations.map((id) => lookup.locations.get(id)).filter((l): l is Location => Boolean(l))
  return serviceDocumentSchema.parse({
    service,
    url: absolute(pagePath.service(service.slug)),
    ...(easy
      ? {
          easyLanguage: {
            id: easy.id,
            slug: easy.slug,
            title: easy.title,
            url: absolute(pagePath.easyLanguageText(easy.slug)),
          },
        }
      : {}),
    department: {
      id: department.id,
      slug: department.slug,
      name: department.name,
      url: absolute(pagePath.department(department.slug)),
    },
    contacts: contacts.map((c) => ({
      id: c.id,
      slug: c.slug,
      function: c.function,
      // The snapshot holds a name only with recorded consent; nothing else of the person is added here.
      ...(c.name ? { name: c.name } : {}),
      phone: c.phone,
      tel: telUrl(c.phone),
      email: c.email,
      dgs: c.dgs,
      easyLanguage: c.easyLanguage,
      url: absolute(pagePath.contactPerson(c.slug)),
    })),
    locations: locations.map((l) => ({
      id: l.id,
      slug: l.slug,
      name: l.name,
      city: l.address.city,
      url: absolute(pagePath.location(l.slug)),
    })),
  })
}

/** Ids of the items that may differ from the live release's, per type (all others are the same). */
function changedIds(changes: SnapshotChanges): Record<OpenDataType, ReadonlySet<string>> {
  return Object.fromEntries(
    openDataTypeList.map((type) => [type, new Set([...changes[type].changed, ...changes[type].removed])]),
  ) as unknown as Record<OpenDataType, ReadonlySet<string>>
}

/**
 * The services whose document (serviceDocument) may differ from the live
 * release's: changed services, and those naming a changed department,
 * contact person or location, or a Leichte-Sprache text that changed or
 * was removed (its old and new service).
 */
export function affectedServiceDocuments(
  items: Record<OpenDataType, PublicItem[]>,
  previous: ItemsByType | null,
  changes: SnapshotChanges,
): Set<string> {
  const ids = changedIds(changes)
  const affected = new Set(changes.service.changed)
  for (const service of items.service as unknown as Service[]) {
    if (
      ids.department.has(service.department) ||
      service.contactPersons.some((id) => ids.contactPerson.has(id)) ||
      service.locations.some((id) => ids.location.has(id))
    )
      affected.add(service.id)
  }
  const texts = [...items.easyLanguageText, ...(previous?.easyLanguageText ?? [])] as unknown as EasyLanguageText[]
  for (const text of texts) if (ids.easyLanguageText.has(text.id) && text.service) affected.add(text.service)
  return affected
}

/** Writes /api/v1/ into the release folder; returns how many files were written. */
export async function writeOpenData(
  options: ReleaseFilesOptions,
  /** A writer shared with the other syndication outputs; by default one of its own. */
  shared?: ReleaseWriter,
  /** What changed since the live release: files made only from unchanged items are taken over from it. */
  changes: SnapshotChanges | null = null,
): Promise<{ files: number }> {
  const { snapshotDir, outDir, previousDir, releaseId, builtAt, siteUrl } = options
  const base = siteUrl.replace(/\/+$/, '')
  const absolute = (p: string) => `${base}${p}`
  const writer = shared ?? new ReleaseWriter({ outDir })
  const apiDir = OPEN_DATA_PATH.replace(/^\/+/, '')
  let files = 0
  const write = (relative: string, value: unknown) => {
    files++
    return writer.write(`${apiDir}${relative}`, typeof value === 'string' ? value : json(value))
  }
  const reuse = (relative: string, make: () => unknown) => {
    files++
    return writer.reuse(`${apiDir}${relative}`, () => {
      const value = make()
      return typeof value === 'string' ? value : json(value)
    })
  }
  const unchanged = (type: OpenDataType) =>
    changes !== null && changes[type].changed.length === 0 && changes[type].removed.length === 0

  const items = await readSnapshotItems(snapshotDir)
  const previous = await readPreviousRelease(previousDir)

  // The list files: the snapshot's items as they are.
  for (const type of openDataTypeList)
    if (unchanged(type)) await reuse(openDataTypes[type], () => items[type])
    else await write(openDataTypes[type], items[type])

  // One document per service, by slug and by stable id.
  const byId = <T extends { id: string }>(list: PublicItem[]) =>
    new Map((list as unknown as T[]).map((item) => [item.id, item]))
  const easyLanguageByService = new Map<string, EasyLanguageText>()
  for (const text of items.easyLanguageText as unknown as EasyLanguageText[]) {
    // The first text by slug wins, as on the site (site/lib/snapshot.ts).
    if (text.service && !easyLanguageByService.has(text.service)) easyLanguageByService.set(text.service, text)
  }
  const lookup = {
    departments: byId<Department>(items.department),
    contacts: byId<ContactPerson>(items.contactPerson),
    locations: byId<Location>(items.location),
    easyLanguageByService,
  }
  const affected = changes ? affectedServiceDocuments(items, previous.items, changes) : null
  for (const service of items.service as unknown as Service[]) {
    if (affected && !affected.has(service.id)) {
      let document: string | undefined
      const make = () => (document ??= json(serviceDocument(service, lookup, absolute)))
      await reuse(`services/${service.slug}.json`, make)
      await reuse(`services/id/${service.id}.json`, make)
      continue
    }
    const document = json(serviceDocument(service, lookup, absolute))
    await write(`services/${service.slug}.json`, document)
    await write(`services/id/${service.id}.json`, document)
  }

  // JSON Schemas: the item schemas of content-models/ and those of the documents above.
  for (const [name, content] of generateJsonSchemas()) await write(`schema/${name}`, content)
  await write(`schema/${documentSchemaFiles.index}`, toJsonSchema(openDataIndexSchema, documentSchemaFiles.index))
  await write(
    `schema/${documentSchemaFiles.serviceDocument}`,
    toJsonSchema(serviceDocumentSchema, documentSchemaFiles.serviceDocument),
  )
  await write(`schema/${documentSchemaFiles.changes}`, toJsonSchema(changeFeedSchema, documentSchemaFiles.changes))

  // The change feed.
  const feed = nextFeed({
    release: releaseId,
    builtAt,
    previousRelease: previous.release,
    previousItems: previous.items,
    previousFeed: previous.feed,
    items,
    ...(changes ? { candidates: changedIds(changes) } : {}),
  })
  await write('changes.json', changeFeedSchema.parse(feed))

  // The index and the OpenAPI description.
  const latest = (list: PublicItem[]) =>
    list
      .map((item) => item.updatedAt)
      .filter((d): d is string => typeof d === 'string')
      .sort()
      .at(-1)
  const index: OpenDataIndex = openDataIndexSchema.parse({
    release: releaseId,
    builtAt,
    schemaVersion: SCHEMA_VERSION,
    siteUrl: `${base}/`,
    license: OPEN_DATA_LICENSE,
    datasets: openDataTypeList.map((type) => {
      const updatedAt = latest(items[type])
      return {
        type,
        path: `${OPEN_DATA_PATH}${openDataTypes[type]}`,
        url: absolute(`${OPEN_DATA_PATH}${openDataTypes[type]}`),
        schema: `${OPEN_DATA_PATH}schema/${type}.schema.json`,
        count: items[type].length,
        ...(updatedAt ? { updatedAt } : {}),
      }
    }),
    links: {
      changes: `${OPEN_DATA_PATH}changes.json`,
      openapi: `${OPEN_DATA_PATH}openapi.json`,
      schemas: `${OPEN_DATA_PATH}schema/`,
      service: `${OPEN_DATA_PATH}services/{slug}.json`,
      serviceById: `${OPEN_DATA_PATH}services/id/{id}.json`,
      hsds: '/api/hsds/',
      embed: '/embed/lotse.js',
      documentation: '/partner/',
    },
  })
  await write('index.json', index)
  await write('openapi.json', buildOpenApi({ siteUrl: base, releaseId }))
  if (!shared) await writer.done()
  return { files }
}
