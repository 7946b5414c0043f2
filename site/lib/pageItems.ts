/**
 * The item a dynamic page shows, found from the page's parameters. The same
 * lookup serves the static build (getStaticPaths gives only the parameters)
 * and the on-demand renderer of the publish pipeline, which renders one page
 * by its address; reading only the item (not every item) keeps the page's
 * recorded dependencies (lib/renderContext.ts) as narrow as what it shows.
 */
import type { Collection, Region, Snapshot } from './snapshot.ts'

/** No published item has these parameters: the page does not exist. */
export class PageNotFound extends Error {
  override name = 'PageNotFound'
}

type Params = Record<string, string | undefined>

function bySlug<T extends { id: string; slug: string }>(
  collection: Collection<T>,
  slug: string | undefined,
  what: string,
): T {
  const item = slug === undefined ? undefined : collection.bySlug.get(slug)
  if (!item) throw new PageNotFound(`no published ${what} with the slug "${slug}"`)
  return item
}

/** A Kreis or kreisfreie Stadt (the units of the finder's and near-me's static pages), by its slug. */
function kreis(snapshot: Snapshot, slug: string | undefined): Region {
  const region = bySlug(snapshot.regions, slug, 'region')
  if (region.kind === 'gemeinde') throw new PageNotFound(`"${slug}" is a municipality, not a Kreis`)
  return region
}

export const pageItems = {
  service: (s: Snapshot, p: Params) => bySlug(s.services, p.slug, 'service'),
  easyLanguageText: (s: Snapshot, p: Params) => bySlug(s.easyLanguageTexts, p.slug, 'Leichte-Sprache text'),
  location: (s: Snapshot, p: Params) => bySlug(s.locations, p.slug, 'location'),
  department: (s: Snapshot, p: Params) => bySlug(s.departments, p.slug, 'department'),
  topic: (s: Snapshot, p: Params) => bySlug(s.topics, p.slug ?? p.topic, 'topic'),
  video: (s: Snapshot, p: Params) => bySlug(s.videos, p.slug, 'video'),
  otherPage: (s: Snapshot, p: Params) => {
    const page = bySlug(s.pages, p.slug, 'page')
    if (page.kind !== 'other') throw new PageNotFound(`the page "${p.slug}" has its own address`)
    return page
  },
  kreis: (s: Snapshot, p: Params) => kreis(s, p.kreis),
}
