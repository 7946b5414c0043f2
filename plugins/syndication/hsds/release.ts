/**
 * The HSDS 3.0 export of a release: static JSON files under /api/hsds/ in the
 * release folder, laid out like the HSDS API paths (see README.md).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { SyndicationOptions } from '../index.ts'
import { ReleaseWriter } from '../writer.ts'
import { hsdsMeta, toPage } from './api.ts'
import {
  buildHsdsDataset,
  toHsdsOrganizationListItem,
  toHsdsServiceAtLocationListItem,
  toHsdsServiceBasic,
  type HsdsSource,
} from './map.ts'

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

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n'

/**
 * Writes `<outDir>/api/hsds/`: index.json (API root), each list as one page
 * holding every item (services.json, organizations.json,
 * service_at_locations.json, taxonomies.json, taxonomy_terms.json), and each
 * full object as `<list>/<uuid>.json`. Returns the number of files written.
 */
export async function writeHsdsRelease(
  options: SyndicationOptions,
  /** A writer shared with the other syndication outputs; by default one of its own. */
  shared?: ReleaseWriter,
): Promise<{ files: number }> {
  const dataset = buildHsdsDataset(await readHsdsSource(options.snapshotDir), { siteUrl: options.siteUrl })
  const files = new Map<string, unknown>()
  const all = <T>(items: readonly T[]) => toPage(items, 1, Math.max(1, items.length))

  files.set('index.json', hsdsMeta())
  files.set('services.json', all(dataset.services.map(toHsdsServiceBasic)))
  files.set('organizations.json', all(dataset.organizations.map(toHsdsOrganizationListItem)))
  files.set('service_at_locations.json', all(dataset.serviceAtLocations.map(toHsdsServiceAtLocationListItem)))
  files.set('taxonomies.json', all(dataset.taxonomies))
  files.set('taxonomy_terms.json', all(dataset.taxonomyTerms))
  for (const item of dataset.services) files.set(`services/${item.id}.json`, item)
  for (const item of dataset.organizations) files.set(`organizations/${item.id}.json`, item)
  for (const item of dataset.serviceAtLocations) files.set(`service_at_locations/${item.id}.json`, item)
  for (const item of dataset.taxonomies) files.set(`taxonomies/${item.id}.json`, item)
  for (const item of dataset.taxonomyTerms) files.set(`taxonomy_terms/${item.id}.json`, item)

  const writer = shared ?? new ReleaseWriter({ outDir: options.outDir })
  for (const [file, value] of files) await writer.write(`${HSDS_RELEASE_PATH}/${file}`, json(value))
  if (!shared) await writer.done()
  return { files: files.size }
}
