/**
 * The site's addresses: the URL scheme itself is part of the contract
 * (content-models/urls.ts, re-exported here for the site's pages); what only
 * the site knows, its own configured address, is added here.
 */
export { FEEDBACK_ANCHOR, mailUrl, openStreetMapUrl, pageUrl, telUrl, urls } from '../../content-models/urls.ts'

/** Absolute address for sitemap, canonical link and JSON-LD, from the configured `site`. */
export function absoluteUrl(pathOrUrl: string): string {
  return new URL(pathOrUrl, import.meta.env.SITE).href
}
