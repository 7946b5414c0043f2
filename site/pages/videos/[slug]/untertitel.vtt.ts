/**
 * The captions of each video as a WebVTT file next to its page
 * (/videos/<slug>/untertitel.vtt), for the <track> of the player.
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { getSnapshot, type VideoTutorial } from '../../../lib/snapshot.ts'

export const getStaticPaths = (() =>
  getSnapshot().videos.all.map((video) => ({
    params: { slug: video.slug },
    props: { video },
  }))) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => {
  const { video } = props as { video: VideoTutorial }
  // Some editors' tools write a byte order mark; the WebVTT parser accepts it, but it is not needed.
  const captions = video.captions.replace(/^\uFEFF/, '')
  return new Response(captions.endsWith('\n') ? captions : `${captions}\n`, {
    headers: { 'Content-Type': 'text/vtt; charset=utf-8' },
  })
}
