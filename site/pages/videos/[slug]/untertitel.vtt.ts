/**
 * The captions of each video as a WebVTT file next to its page
 * (/videos/<slug>/untertitel.vtt), for the <track> of the player.
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { pageItems } from '../../../lib/pageItems.ts'
import { getSnapshot } from '../../../lib/snapshot.ts'

export const getStaticPaths = (() =>
  getSnapshot().videos.all.map((video) => ({ params: { slug: video.slug } }))) satisfies GetStaticPaths

export const GET: APIRoute = ({ params }) => {
  const video = pageItems.video(getSnapshot(), params)
  // Some editors' tools write a byte order mark; the WebVTT parser accepts it, but it is not needed.
  const captions = video.captions.replace(/^\uFEFF/, '')
  return new Response(captions.endsWith('\n') ? captions : `${captions}\n`, {
    headers: { 'Content-Type': 'text/vtt; charset=utf-8' },
  })
}
