/**
 * Every file the site's code makes from a snapshot, as site paths: the pages
 * of the sitemap (lib/routes.ts), the pages that are not in it (error page,
 * the answers of the feedback form) and the generated data files. The
 * publish pipeline's renderer makes a release from this list; a test compares
 * it with what `astro build` writes.
 */
import { allRoutes } from './routes.ts'
import type { Snapshot } from './snapshot.ts'
import { urls } from './urls.ts'

export function allOutputs(snapshot: Snapshot): string[] {
  return [
    ...allRoutes(snapshot).map((route) => route.path),
    '/404.html',
    '/barriere-melden/danke/',
    '/barriere-melden/fehler/',
    '/leichte-sprache/barriere-melden/danke/',
    '/sitemap.xml',
    '/robots.txt',
    '/print.css',
    urls.finderData(),
    ...snapshot.videos.all.map((video) => urls.videoCaptions(video.slug)),
  ]
}
