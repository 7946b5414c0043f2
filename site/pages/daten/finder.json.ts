/**
 * GET /daten/finder.json: the data of "Wer hilft mir?" and "Standorte in meiner
 * Nähe", built with each release. The islands load it from the site's own
 * origin; a visitor's position is only ever compared with it in the browser.
 */
import type { APIRoute } from 'astro'
import { getFinderData } from '../../lib/finderData.ts'
import { getSnapshot } from '../../lib/snapshot.ts'

export const GET: APIRoute = () =>
  new Response(JSON.stringify(getFinderData(getSnapshot())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
