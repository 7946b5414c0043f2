/**
 * Every page of the site with its last change, for the sitemap. Kept next to
 * urls.ts; a check in the build README compares it with the built pages.
 */
import type { Snapshot } from './snapshot.ts'
import { urls } from './urls.ts'

export interface Route {
  path: string
  /** Last change (ISO), when known. */
  lastmod?: string
}

const latest = (dates: (string | undefined)[]): string | undefined =>
  dates
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1)

export function allRoutes(snapshot: Snapshot): Route[] {
  const page = (kind: Parameters<Snapshot['pageByKind']['get']>[0]) => snapshot.pageByKind.get(kind)?.updatedAt
  const kreise = snapshot.regions.all.filter((region) => region.kind !== 'gemeinde')
  return [
    { path: urls.home(), lastmod: page('start') },
    { path: urls.topics() },
    ...snapshot.topics.all.map((topic) => ({ path: urls.topic(topic.slug), lastmod: topic.updatedAt })),
    { path: urls.services(), lastmod: latest(snapshot.services.all.map((s) => s.updatedAt)) },
    ...snapshot.services.all.map((service) => ({ path: urls.service(service.slug), lastmod: service.updatedAt })),
    { path: urls.easyLanguage(), lastmod: page('easy-language-info') },
    ...snapshot.easyLanguageTexts.all.map((text) => ({
      path: urls.easyLanguageText(text.slug),
      lastmod: text.updatedAt,
    })),
    { path: urls.signLanguage(), lastmod: page('dgs-info') },
    { path: urls.contacts(), lastmod: latest(snapshot.contactPersons.all.map((c) => c.updatedAt)) },
    { path: urls.locations() },
    ...snapshot.locations.all.map((location) => ({ path: urls.location(location.slug), lastmod: location.updatedAt })),
    // "Standorte in meiner Nähe" and "Wer hilft mir?": one page per Kreis, per topic and per topic and Kreis.
    { path: urls.nearMe() },
    ...kreise.map((kreis) => ({ path: urls.locationsInKreis(kreis.slug) })),
    { path: urls.finder() },
    ...snapshot.topics.all.flatMap((topic) => [
      { path: urls.finderTopic(topic.slug) },
      ...kreise.map((kreis) => ({ path: urls.finderResult(topic.slug, kreis.slug) })),
    ]),
    { path: urls.videos() },
    ...snapshot.videos.all.map((video) => ({ path: urls.video(video.slug), lastmod: video.updatedAt })),
    { path: urls.departments() },
    ...snapshot.departments.all.map((department) => ({
      path: urls.department(department.slug),
      lastmod: department.updatedAt,
    })),
    { path: urls.accessibility(), lastmod: page('accessibility') },
    { path: urls.imprint(), lastmod: page('imprint') },
    { path: urls.privacy(), lastmod: page('privacy') },
    ...snapshot.pages.all
      .filter((p) => p.kind === 'other')
      .map((p) => ({ path: urls.otherPage(p.slug), lastmod: p.updatedAt })),
    { path: urls.help() },
    { path: urls.partners() },
    { path: urls.helpKeyboard() },
    { path: urls.helpSearch() },
    { path: urls.search() },
    { path: urls.feedbackForm() },
    { path: urls.easyLanguageFinder() },
    { path: urls.easyLanguageNearMe() },
    { path: urls.easyLanguageFeedback() },
    { path: urls.sitemapPage() },
  ]
}
