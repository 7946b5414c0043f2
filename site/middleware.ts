/**
 * Applied to every page as it is rendered: Leichte-Sprache pages (the
 * `variant-easy` class that BaseLayout puts on <html>) get a line-break
 * opportunity after each Mediopunkt, so that long words break only there
 * (lib/lineBreaks.ts). Everything else passes through unchanged.
 */
import { defineMiddleware } from 'astro:middleware'
import { breakAtMediopunkt } from './lib/lineBreaks.ts'

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next()
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response
  const html = await response.text()
  const easy = /^<!DOCTYPE html>\s*<html[^>]*class="[^"]*\bvariant-easy\b/i.test(html)
  return new Response(easy ? breakAtMediopunkt(html) : html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  })
})
