/**
 * The URL scheme of the public site, the one copy: the site's pages link with
 * these and its sitemap lists them; the open-data and HSDS documents link to
 * the same pages. All page addresses end with a slash (trailingSlash: 'always').
 * Plain functions of their arguments: the site's client scripts use them too.
 */
import type { Page } from './schemas/index.ts'

/** Id of the accessibility statement's feedback section; `urls.feedback()` points at it. */
export const FEEDBACK_ANCHOR = 'feedback'

/** Every page address of the site, by what the page shows. */
export const urls = {
  home: () => '/',
  topics: () => '/themen/',
  topic: (slug: string) => `/themen/${slug}/`,
  services: () => '/leistungen/',
  service: (slug: string) => `/leistungen/${slug}/`,
  easyLanguage: () => '/leichte-sprache/',
  easyLanguageText: (slug: string) => `/leichte-sprache/${slug}/`,
  signLanguage: () => '/gebaerdensprache/',
  contacts: () => '/ansprechpersonen/',
  contact: (slug: string) => `/ansprechpersonen/#${slug}`,
  locations: () => '/standorte/',
  nearMe: () => '/standorte/in-meiner-naehe/',
  locationsInKreis: (kreis: string) => `/standorte/kreis/${kreis}/`,
  finder: () => '/wer-hilft-mir/',
  finderTopic: (topic: string) => `/wer-hilft-mir/${topic}/`,
  finderResult: (topic: string, kreis: string) => `/wer-hilft-mir/${topic}/${kreis}/`,
  finderData: () => '/daten/finder.json',
  location: (slug: string) => `/standorte/${slug}/`,
  videos: () => '/videos/',
  video: (slug: string) => `/videos/${slug}/`,
  videoCaptions: (slug: string) => `/videos/${slug}/untertitel.vtt`,
  departments: () => '/dezernate/',
  department: (slug: string) => `/dezernate/${slug}/`,
  accessibility: () => '/barrierefreiheit/',
  feedback: () => `/barrierefreiheit/#${FEEDBACK_ANCHOR}`,
  imprint: () => '/impressum/',
  privacy: () => '/datenschutz/',
  otherPage: (slug: string) => `/seiten/${slug}/`,
  help: () => '/hilfe/',
  partners: () => '/partner/',
  helpKeyboard: () => '/hilfe/tastatur/',
  helpSearch: () => '/hilfe/suche/',
  search: () => '/suche/',
  sitemap: () => '/sitemap.xml',
  /** The list of all pages for people (the XML sitemap is for search engines). */
  sitemapPage: () => '/seitenuebersicht/',
  /** "Barriere melden" as a page of its own (the footer form is on every page). */
  feedbackForm: () => '/barriere-melden/',
  /** The citizen widgets in Leichte Sprache (their slugs are reserved for texts in the CMS). */
  easyLanguageFinder: () => '/leichte-sprache/wer-hilft-mir/',
  easyLanguageNearMe: () => '/leichte-sprache/in-meiner-naehe/',
  easyLanguageFeedback: () => '/leichte-sprache/barriere-melden/',
} as const

/** Address of an editorial page, by its kind. */
export function pageUrl(page: Pick<Page, 'kind' | 'slug'>): string {
  switch (page.kind) {
    case 'start':
      return urls.home()
    case 'accessibility':
      return urls.accessibility()
    case 'easy-language-info':
      return urls.easyLanguage()
    case 'dgs-info':
      return urls.signLanguage()
    case 'imprint':
      return urls.imprint()
    case 'privacy':
      return urls.privacy()
    default:
      return urls.otherPage(page.slug)
  }
}

/** OpenStreetMap link for a position (a plain link: the site embeds no map). */
export function openStreetMapUrl(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`
}

/** tel: address of a phone number as the CMS stores it ("0221 9999 120" → "tel:+492219999120"). */
export function telUrl(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '')
  if (digits.startsWith('+')) return `tel:${digits}`
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`
  if (digits.startsWith('0')) return `tel:+49${digits.slice(1)}`
  return `tel:${digits}`
}

/** mailto: address of an e-mail address as the CMS stores it. */
export function mailUrl(email: string): string {
  return `mailto:${email}`
}
