import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { currentLink } from './releases.ts'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

/**
 * A small static server for the live release (`<dataDir>/current`), for
 * `npm start` and tests; production uses nginx (see the README). The symlink
 * is resolved once per request, so a request is answered entirely from one
 * release even while `current` is switched.
 */
export function serveCurrent(dataDir: string): Server {
  return staticServer(() => realpath(currentLink(dataDir)).catch(() => null))
}

/** The same server for one fixed folder: the accessibility gate checks a release before it goes live. */
export function serveFolder(dir: string): Server {
  return staticServer(() => realpath(dir).catch(() => null))
}

function staticServer(resolveRoot: () => Promise<string | null>): Server {
  return createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end()
        return
      }
      const root = await resolveRoot()
      if (!root) {
        res
          .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
          .end('Die Website wird gerade erstellt. Bitte versuchen Sie es gleich noch einmal.\n')
        return
      }
      const url = new URL(req.url ?? '/', 'http://localhost')
      let pathname: string
      try {
        pathname = decodeURIComponent(url.pathname)
      } catch {
        res.writeHead(400).end()
        return
      }
      let file = path.join(root, path.normalize(pathname))
      if (!file.startsWith(root)) {
        res.writeHead(403).end()
        return
      }
      let info = await stat(file).catch(() => null)
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end()
          return
        }
        file = path.join(file, 'index.html')
        info = await stat(file).catch(() => null)
      }
      let status = 200
      if (!info?.isFile()) {
        status = 404
        file = path.join(root, '404.html')
        info = await stat(file).catch(() => null)
        if (!info) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Nicht gefunden\n')
          return
        }
      }
      const ext = path.extname(file).toLowerCase()
      res.writeHead(status, {
        'content-type': types[ext] ?? 'application/octet-stream',
        'content-length': String(info.size),
        'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=300',
        'x-lotse-release': path.basename(root),
        'x-content-type-options': 'nosniff',
        // Open data and the embeddable card are read from partners' pages (no cookies are involved).
        ...(/^\/(api|embed)\//.test(pathname) ? { 'access-control-allow-origin': '*' } : {}),
      })
      if (req.method === 'HEAD') {
        res.end()
        return
      }
      createReadStream(file).pipe(res)
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Interner Fehler\n')
      console.error('static server:', error)
    }
  })
}
