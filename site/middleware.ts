/**
 * Applied to every page as it is rendered:
 *
 * - an error a page throws while the publish pipeline's renderer renders it
 *   is noted (lib/renderContext.ts), so the release record can say what
 *   broke: the response itself is only a 500;
 * - Leichte-Sprache pages (the `variant-easy` class that BaseLayout puts on
 *   <html>) get a line-break opportunity after each Mediopunkt, so that long
 *   words break only there (lib/lineBreaks.ts).
 *
 * Everything else passes through unchanged.
 */
import { defineMiddleware } from 'astro:middleware'
import { breakAtMediopunkt } from './lib/lineBreaks.ts'
import { noteRenderError } from './lib/renderContext.ts'

export const onRequest = defineMiddleware(async (_context, next) => {
  let response: Response
  try {
    response = await next()
  } catch (error) {
    noteRenderError(error)
    throw error
  }
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return response
  const html = await response.text()
  const easy = /^<!DOCTYPE html>\s*<html[^>]*class="[^"]*\bvariant-easy\b/i.test(html)
  return new Response(easy ? breakAtMediopunkt(html) : html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  })
})
