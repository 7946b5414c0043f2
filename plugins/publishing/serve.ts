import { readFile, realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import send from 'send'
import { currentLink } from './releases.ts'
import { firstPaintScriptHash } from '../../site/lib/firstPaint.ts'
import { settings } from '../../config.ts'
import { loopbackRedirect } from '../../cms/lib/httpPolicy.ts'

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

/** Origin of a URL, or null. */
function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null
  } catch {
    return null
  }
}

/**
 * The Content-Security-Policy of the public site. The site runs only its own
 * scripts from files (Astro is told not to inline them, see astro.config.mjs)
 * and one inline script allowed by its hash, Pagefind's WebAssembly, no
 * inline styles, and sends its "Barriere melden" form to the CMS. The README's nginx example sends the same policy.
 */
export function siteContentSecurityPolicy(cmsUrl = settings.CMS_URL): string {
  const cms = originOf(cmsUrl)
  return [
    "default-src 'self'",
    // The one inline script, by its hash: what the page can do, before the first paint (site/lib/firstPaint.ts).
    `script-src 'self' 'wasm-unsafe-eval' ${firstPaintScriptHash}`,
    "style-src 'self'",
    // data: for the empty icon (`<link rel="icon" href="data:,">`: no favicon request).
    "img-src 'self' data:",
    "media-src 'self'",
    "font-src 'self'",
    // "Barriere melden" sends its report to the CMS in the background.
    `connect-src 'self'${cms ? ` ${cms}` : ''}`,
    `form-action 'self'${cms ? ` ${cms}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Headers every answer of the site carries (also errors and redirects). */
export function siteSecurityHeaders(): Record<string, string> {
  return {
    'content-security-policy': siteContentSecurityPolicy(),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  }
}

/**
 * A static server for the live release (`<dataDir>/current`), for
 * `npm start` and tests; production may use nginx (see the README). The
 * symlink is resolved once per request, so a request is answered entirely
 * from one release even while `current` is switched. With `siteUrl`, a
 * request under another loopback name than that address's is redirected
 * to it (cms/lib/httpPolicy.ts loopbackRedirect).
 */
export function serveCurrent(dataDir: string, options: { siteUrl?: () => string } = {}): Server {
  return staticServer(() => realpath(currentLink(dataDir)).catch(() => null), options.siteUrl)
}

/** The same server for one fixed folder: the accessibility gate checks a release before it goes live. */
export function serveFolder(dir: string): Server {
  return staticServer(() => realpath(dir).catch(() => null))
}

/** The real path of `file` if it lies inside `root` (symlinks resolved), else null. */
async function inside(root: string, file: string): Promise<string | null> {
  const real = await realpath(file).catch(() => null)
  return real && (real === root || real.startsWith(root + path.sep)) ? real : null
}

function plain(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  res.writeHead(status, { ...siteSecurityHeaders(), 'content-type': 'text/plain; charset=utf-8', ...extra }).end(text)
}

/**
 * Files are sent with `send` (Range, ETag, Last-Modified, conditional GET,
 * HEAD, errors of a file that vanishes while it is read). In front of it this
 * resolves the release, the directory index and symlinks itself, so that no
 * path leaves the release folder, symlinks included.
 */
function staticServer(resolveRoot: () => Promise<string | null>, siteUrl?: () => string): Server {
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Asked for under another loopback name than SITE_URL's (127.0.0.1 for localhost): the site's forms would be
    // refused by the CMS (CORS), so the browser goes to the configured address first.
    const canonical = siteUrl && loopbackRedirect(req.method, req.headers.host, req.url, siteUrl())
    if (canonical) {
      res.writeHead(307, { ...siteSecurityHeaders(), location: canonical, 'cache-control': 'no-store' }).end()
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(res, 405, 'Methode nicht erlaubt\n', { allow: 'GET, HEAD' })
      return
    }
    const root = await resolveRoot()
    if (!root) {
      plain(res, 503, 'Die Website wird gerade erstellt. Bitte versuchen Sie es gleich noch einmal.\n')
      return
    }
    const url = new URL(req.url ?? '/', 'http://localhost')
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      plain(res, 400, 'Ungültige Adresse\n')
      return
    }
    if (pathname.includes('\0')) {
      plain(res, 400, 'Ungültige Adresse\n')
      return
    }
    const requested = path.join(root, path.normalize(pathname))
    let file = requested === root || requested.startsWith(root + path.sep) ? await inside(root, requested) : null
    const info = file ? await stat(file).catch(() => null) : null
    if (file && info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { ...siteSecurityHeaders(), location: `${url.pathname}/${url.search}` }).end()
        return
      }
      file = await inside(root, path.join(file, 'index.html'))
    } else if (file && !info?.isFile()) file = null
    if (!file) {
      await notFound(root, res, pathname)
      return
    }
    sendFile(req, res, root, file, pathname)
  }

  function sendFile(req: IncomingMessage, res: ServerResponse, root: string, file: string, pathname: string): void {
    const relative = path.relative(root, file).split(path.sep).map(encodeURIComponent).join('/')
    const ext = path.extname(file).toLowerCase()
    send(req, '/' + relative, { root, index: false, dotfiles: 'allow', cacheControl: false })
      .on('headers', (response: ServerResponse) => {
        for (const [name, value] of Object.entries(siteSecurityHeaders())) response.setHeader(name, value)
        response.setHeader('content-type', types[ext] ?? 'application/octet-stream')
        response.setHeader('cache-control', ext === '.html' ? 'no-cache' : 'public, max-age=300')
        response.setHeader('x-lotse-release', path.basename(root))
        if (openToPartners(pathname)) response.setHeader('access-control-allow-origin', '*')
      })
      .on('error', (error: { status?: number }) => {
        // The file vanished between the checks and the read (a pruned release), or cannot be read.
        const status = error.status ?? 500
        if (status === 404) void notFound(root, res, pathname)
        else plain(res, status, status >= 500 ? 'Interner Fehler\n' : 'Anfrage nicht möglich\n')
      })
      .pipe(res)
  }

  // Open data and the embeddable card are read from partners' pages (no cookies are involved);
  // their 404s carry CORS too, so that a partner's card can show its error state.
  function openToPartners(pathname: string): boolean {
    return /^\/(api|embed)\//.test(pathname)
  }

  async function notFound(root: string, res: ServerResponse, pathname: string): Promise<void> {
    const page = await inside(root, path.join(root, '404.html'))
    const body = page ? await readFile(page).catch(() => null) : null
    const cors: Record<string, string> = openToPartners(pathname) ? { 'access-control-allow-origin': '*' } : {}
    if (!body) {
      plain(res, 404, 'Nicht gefunden\n', cors)
      return
    }
    if (res.headersSent) {
      res.destroy()
      return
    }
    res
      .writeHead(404, {
        ...siteSecurityHeaders(),
        'content-type': types['.html'],
        'content-length': String(body.length),
        'cache-control': 'no-cache',
        'x-lotse-release': path.basename(root),
        ...cors,
      })
      .end(body)
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('static server:', error instanceof Error ? error.message : error)
      plain(res, 500, 'Interner Fehler\n')
    })
  })
}
