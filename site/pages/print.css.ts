/**
 * The print stylesheet's one rule that needs the site's address: printed
 * links to the site's own pages name it in full. A file of its own (linked
 * with media="print"), because the site allows no inline styles.
 */
import type { APIRoute } from 'astro'

export const GET: APIRoute = () => {
  const origin = new URL(import.meta.env.SITE ?? 'http://localhost:4321').origin.replace(/["\\]/g, '\\$&')
  return new Response(`@media print{main a[href^="/"]::after{content:" (${origin}" attr(href) ")"!important}}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  })
}
