/**
 * sitemap.xml: every page with its absolute address (from the configured `site`).
 *
 * Written here rather than with @astrojs/sitemap: that integration lists the
 * pages Astro wrote at the end of a build (`astro:build:done`), but the
 * publish pipeline's incremental build copies unchanged pages from its cache
 * instead of letting Astro write them, and the integration has no `lastmod`
 * from the content. The route list the pages are made from (`allRoutes`)
 * gives both, in a dozen lines.
 */
import type { APIRoute } from 'astro'
import { allRoutes } from '../lib/routes.ts'
import { getSnapshot } from '../lib/snapshot.ts'
import { absoluteUrl } from '../lib/urls.ts'

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export const GET: APIRoute = () => {
  const entries = allRoutes(getSnapshot()).map(({ path, lastmod }) => {
    const loc = `<loc>${escapeXml(absoluteUrl(path))}</loc>`
    return `  <url>${loc}${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`
  })
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
