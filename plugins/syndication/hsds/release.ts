/**
 * The HSDS 3.0 export of a release: static JSON files under /api/hsds/ in the
 * release folder, laid out like the HSDS API paths (see README.md).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { jsonFile as json, type ReleaseFilesOptions } from '../release-options.ts'
import { ReleaseWriter } from '../writer.ts'
import type { SnapshotChanges } from '../../../cms/export/export.ts'
import { hsdsMeta, toPage } from './api.ts'
import { hsdsIds } from './ids.ts'
import {
  buildHsdsDataset,
  toHsdsOrganizationListItem,
  toHsdsServiceAtLocationListItem,
  toHsdsServiceBasic,
  type HsdsSource,
} from './toHsds.ts'

/** Folder of the export inside a release. */
export const HSDS_RELEASE_PATH = 'api/hsds'

/** Reads the snapshot files the HSDS data is made from. */
export async function readHsdsSource(snapshotDir: string): Promise<HsdsSource> {
  const read = async <K extends keyof HsdsSource>(type: K): Promise<HsdsSource[K]> =>
    JSON.parse(await readFile(path.join(snapshotDir, `${type}.json`), 'utf8')) as HsdsSource[K]
  const [service, location, contactPerson, department, topic, region] = await Promise.all([
    read('service'),
    read('location'),
    read('contactPerson'),
    read('department'),
    read('topic'),
    read('region'),
  ])
  return { service, location, contactPerson, department, topic, region }
}

/**
 * The snapshot items whose HSDS objects may differ from the live release's,
 * following what buildHsdsDataset nests: a location holds its region's name
 * and its contact persons (with their department's name); a service holds
 * its department, contact persons, locations (as above) and topics.
 */
export function affectedHsds(
  source: HsdsSource,
  changes: SnapshotChanges,
): { services: Set<string>; locations: Set<string> } {
  const ids = (type: keyof HsdsSource) => new Set([...changes[type].changed, ...changes[type].removed])
  const [service, location, person, department, topic, region] = (
    ['service', 'location', 'contactPerson', 'department', 'topic', 'region'] as const
  ).map(ids)
  const persons = new Map(source.contactPerson.map((p) => [p.id, p]))
  const personChanged = (id: string) => person!.has(id) || department!.has(persons.get(id)?.department ?? '')
  const locations = new Set(
    source.location
      .filter((l) => location!.has(l.id) || region!.has(l.region) || l.contactPersons.some(personChanged))
      .map((l) => l.id),
  )
  const services = new Set(
    source.service
      .filter(
        (s) =>
          service!.has(s.id) ||
          department!.has(s.department) ||
          s.contactPersons.some(personChanged) ||
          s.locations.some((id) => locations.has(id) || location!.has(id)) ||
          s.topics.some((id) => topic!.has(id)),
      )
      .map((s) => s.id),
  )
  return { services, locations }
}

/**
 * Writes `<outDir>/api/hsds/`: index.json (API root), each list as one page
 * holding every item (services.json, organizations.json,
 * service_at_locations.json, taxonomies.json, taxonomy_terms.json), and each
 * full object as `<list>/<uuid>.json`. Returns the number of files written.
 * With `changes`, the files of objects made only from unchanged items are
 * taken over from the live release without being serialised.
 */
export async function writeHsdsRelease(
  options: ReleaseFilesOptions,
  /** A writer shared with the other syndication outputs; by default one of its own. */
  shared?: ReleaseWriter,
  changes: SnapshotChanges | null = null,
): Promise<{ files: number }> {
  const source = await readHsdsSource(options.snapshotDir)
  const dataset = buildHsdsDataset(source, { siteUrl: options.siteUrl })
  // Each file with whether it may have changed since the live release.
  const files = new Map<string, { value: () => unknown; changed: boolean }>()
  const all = <T>(items: readonly T[]) => toPage(items, 1, Math.max(1, items.length))
  const affected = changes ? affectedHsds(source, changes) : null
  const touched = (type: keyof HsdsSource) =>
    !changes || changes[type].changed.length > 0 || changes[type].removed.length > 0
  const serviceChanged = affected ? new Set([...affected.services].map((id) => hsdsIds.service(id))) : null
  const locationChanged = affected ? new Set([...affected.locations].map((id) => hsdsIds.location(id))) : null
  const anyService = !affected || serviceChanged!.size > 0 || touched('service')
  const anyLocation = !affected || locationChanged!.size > 0 || touched('location')
  const topicChanged = changes
    ? new Set([...changes.topic.changed, ...changes.topic.removed].map((id) => hsdsIds.taxonomyTerm(id)))
    : null
  const set = (file: string, value: () => unknown, changed: boolean) => files.set(file, { value, changed })

  // Made from constants and the site's address only.
  set('index.json', () => hsdsMeta(), !changes)
  set('taxonomies.json', () => all(dataset.taxonomies), !changes)
  for (const item of dataset.taxonomies) set(`taxonomies/${item.id}.json`, () => item, !changes)
  set('services.json', () => all(dataset.services.map(toHsdsServiceBasic)), anyService || touched('department'))
  set('organizations.json', () => all(dataset.organizations.map(toHsdsOrganizationListItem)), touched('department'))
  set(
    'service_at_locations.json',
    () => all(dataset.serviceAtLocations.map(toHsdsServiceAtLocationListItem)),
    anyService || anyLocation,
  )
  set('taxonomy_terms.json', () => all(dataset.taxonomyTerms), touched('topic'))
  for (const item of dataset.services)
    set(`services/${item.id}.json`, () => item, !serviceChanged || serviceChanged.has(item.id))
  // A department's file nests all its locations and services: there are few, each is made again.
  for (const item of dataset.organizations) set(`organizations/${item.id}.json`, () => item, true)
  for (const item of dataset.serviceAtLocations)
    set(
      `service_at_locations/${item.id}.json`,
      () => item,
      !serviceChanged || serviceChanged.has(item.service_id) || locationChanged!.has(item.location_id),
    )
  for (const item of dataset.taxonomyTerms)
    set(`taxonomy_terms/${item.id}.json`, () => item, !topicChanged || topicChanged.has(item.id))

  const writer = shared ?? new ReleaseWriter({ outDir: options.outDir })
  for (const [file, { value, changed }] of files) {
    const relative = `${HSDS_RELEASE_PATH}/${file}`
    if (changed) await writer.write(relative, json(value()))
    else await writer.reuse(relative, () => json(value()))
  }
  if (!shared) await writer.done()
  return { files: files.size }
}
