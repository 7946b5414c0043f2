/**
 * robots.txt: everything may be crawled; the sitemap lists every page.
 */
import type { APIRoute } from 'astro'
import { absoluteUrl, urls } from '../lib/urls.ts'

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(urls.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
