/**
 * Builds the result entries of the finder and near-me islands in the browser,
 * with the same structure and words as the static pages (FinderContact,
 * FinderLocation). Only textContent is set: no data ends up as markup.
 */
import { mailUrl, telUrl } from '../../../content-models/urls.ts'
import type { ContactMatch, FinderLocation, FinderRegion } from '../../lib/finder.ts'
import { formatKm, spansOn, weekdayInGermany } from '../../lib/geo.ts'

/** UI texts, rendered into data-messages from the i18n files. */
export interface IslandMessages {
  suggestionsCount: string
  locating: string
  located: string
  locateError: string
  errorSubject: string
  errorPlaceEmpty: string
  errorPlaceUnknown: string
  didYouMean: string
  dataError: string
  status: string
  contactsOne: string
  contactsMany: string
  locationsOne: string
  locationsMany: string
  noContacts: string
  noLocations: string
  scopeAll: string
  scopeRegions: string
  surnames: string
  contactDetails: string
  contactUrl: string
  distance: string
  todayOpen: string
  todayClosed: string
  timeRange: string
  and: string
  features: string
  phone: string
  email: string
  dgs: string
  easyLanguage: string
  statusOne: string
  statusMany: string
  statusNone: string
  myPosition: string
  /** Feature names by key. */
  feature: Record<string, string>
  /** Address patterns with {slug}. */
  locationUrl: string
  serviceUrl: string
  /** The service's text in Leichte Sprache, preferred in the Leichte-Sprache finder. */
  easyServiceUrl: string
  /** The page is in Leichte Sprache: functions and service links in Leichte Sprache where there are. */
  easy: boolean
}

export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', undefined, text)
  a.href = href
  return a
}

function fact(list: HTMLDListElement, term: string, value: Node | string): void {
  const row = el('div')
  const dd = el('dd')
  dd.append(value)
  row.append(el('dt', undefined, term), dd)
  list.append(row)
}

/** One responsible contact, as the static FinderContact component renders it. */
export function contactItem(
  match: ContactMatch,
  m: IslandMessages,
  regionsById: Map<string, FinderRegion>,
): HTMLLIElement {
  const { contact } = match
  const item = el('li', 'card finder-contact')
  item.dataset.contact = contact.slug
  item.append(el('h3', 'card__title', (m.easy && contact.functionEasy) || contact.function))
  if (contact.name) item.append(el('p', 'contact__name', contact.name))
  const scope = el('p', 'finder-contact__scope')
  const regions = contact.regions.map((id) => regionsById.get(id)?.name).filter(Boolean)
  scope.append(regions.length === 0 ? m.scopeAll : fill(m.scopeRegions, { regions: regions.join(', ') }))
  if (contact.surnames) {
    scope.append(', ')
    scope.append(el('strong', undefined, fill(m.surnames, contact.surnames)))
  }
  item.append(scope)
  if (contact.dgs || contact.easyLanguage) {
    const badges = el('p', 'badges')
    if (contact.dgs) badges.append(el('span', 'badge badge--dgs', m.dgs), ' ')
    if (contact.easyLanguage) badges.append(el('span', 'badge badge--easy', m.easyLanguage))
    item.append(badges)
  }
  const facts = el('dl', 'facts')
  fact(facts, m.phone, link(telUrl(contact.phone), contact.phone))
  fact(facts, m.email, link(mailUrl(contact.email), contact.email))
  item.append(facts)
  const more = el('p')
  const details = link(fill(m.contactUrl, { slug: contact.slug }), m.contactDetails)
  details.append(el('span', 'visually-hidden', `: ${(m.easy && contact.functionEasy) || contact.function}`))
  more.append(details)
  item.append(more)
  return item
}

/** Today's opening hours in words ("Heute geöffnet: 08:00 bis 12:00 Uhr und …"). */
export function todayText(location: FinderLocation, m: IslandMessages, now = new Date()): string {
  const spans = spansOn(location.hours, weekdayInGermany(now))
  if (spans.length === 0) return m.todayClosed
  const hours = spans.map((span) => fill(m.timeRange, { opens: span.opens, closes: span.closes })).join(` ${m.and} `)
  return fill(m.todayOpen, { hours })
}

/** One location with distance, today's hours and accessibility features. */
export function locationItem(location: FinderLocation, km: number, m: IslandMessages): HTMLLIElement {
  const item = el('li', 'card finder-location')
  item.dataset.location = location.slug
  const title = el('h3', 'card__title')
  title.append(link(fill(m.locationUrl, { slug: location.slug }), location.name))
  item.append(title)
  item.append(el('p', 'finder-location__distance', fill(m.distance, { km: formatKm(km) })))
  const address = el('p', 'address')
  address.append(location.street, el('br'), `${location.postalCode} ${location.city}`)
  item.append(address)
  item.append(el('p', 'finder-location__today', todayText(location, m)))
  if (location.features.length > 0) {
    const features = el('ul', 'feature-list')
    features.setAttribute('aria-label', m.features)
    for (const key of location.features) if (m.feature[key]) features.append(el('li', undefined, m.feature[key]))
    item.append(features)
  }
  return item
}
