/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and template code are unchanged since the previous build is
 * copied from that build instead of being rendered again.
 *
 * A key must change whenever anything the page shows changes, or the site
 * would serve an outdated page. So the keys are deliberately coarse: every key
 * contains the fingerprint of all content except services and
 * Leichte-Sprache texts (topics, departments, contacts, locations, videos,
 * editorial pages, the Wörterbuch, regions) and the CMS address the forms
 * post to. A change there renders every keyed page again; what stays cheap is
 * the common case, a change to one service or one Leichte-Sprache text,
 * which renders only the pages that show it.
 *
 * Only templates whose dependencies are listed here get keys (a service page,
 * a Leichte-Sprache page, a location page); every other page is rendered on
 * each build.
 */
import { createHash } from 'node:crypto'
import { cmsUrl } from '../components/FeedbackForm/cms.ts'
import type { EasyLanguageText, Location, Service, Snapshot } from './snapshot.ts'

const fingerprints = new WeakMap<Snapshot, string>()

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * The fingerprint of everything a keyed page may show besides services and
 * Leichte-Sprache texts: all other collections, item by item in their stable
 * order, and the CMS address. Computed once per snapshot.
 */
export function sharedFingerprint(snapshot: Snapshot): string {
  let fingerprint = fingerprints.get(snapshot)
  if (fingerprint) return fingerprint
  const hash = createHash('sha256')
  hash.update(`cms ${cmsUrl()}\n`)
  const shared = {
    glossaryTerms: snapshot.glossaryTerms,
    contactPersons: snapshot.contactPersons,
    locations: snapshot.locations,
    videos: snapshot.videos,
    pages: snapshot.pages,
    topics: snapshot.topics,
    departments: snapshot.departments,
    regions: snapshot.regions,
  }
  for (const [name, collection] of Object.entries(shared)) {
    hash.update(`${name} ${collection.all.length}\n`)
    for (const item of collection.all) hash.update(`${JSON.stringify(item)}\n`)
  }
  fingerprint = hash.digest('hex')
  fingerprints.set(snapshot, fingerprint)
  return fingerprint
}

/**
 * The key of a service page: the shared fingerprint, the service, its
 * Leichte-Sprache text, and each related service as listed (missing ones as
 * null) with whether it has a Leichte-Sprache text (the list shows a badge).
 */
export function serviceCacheKey(snapshot: Snapshot, service: Service): string {
  const related = (service.relatedServices ?? []).map((id) => {
    const other = snapshot.services.byId.get(id)
    return other ? { service: other, easy: snapshot.easyLanguageByService.has(id) } : null
  })
  return sha256(
    JSON.stringify([
      sharedFingerprint(snapshot),
      service,
      snapshot.easyLanguageByService.get(service.id) ?? null,
      related,
    ]),
  )
}

/** The key of a Leichte-Sprache page: the shared fingerprint, the text and the service it belongs to. */
export function easyLanguageCacheKey(snapshot: Snapshot, text: EasyLanguageText): string {
  const service = text.service ? (snapshot.services.byId.get(text.service) ?? null) : null
  return sha256(JSON.stringify([sharedFingerprint(snapshot), text, service]))
}

/**
 * The key of a location page: the shared fingerprint (which holds the location,
 * its contacts and department), and the services offered there in the
 * order shown, each with whether it has a Leichte-Sprache text (the list
 * shows a badge).
 */
export function locationCacheKey(snapshot: Snapshot, location: Location): string {
  const services = (snapshot.servicesByLocation.get(location.id) ?? []).map((service) => ({
    service,
    easy: snapshot.easyLanguageByService.has(service.id),
  }))
  return sha256(JSON.stringify([sharedFingerprint(snapshot), location, services]))
}
