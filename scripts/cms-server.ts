/**
 * The CMS's HTTP server: Next.js (admin and API, `cms/`) behind a plain Node
 * server that does what Next.js leaves to a proxy in front of it:
 *
 * - X-Forwarded-For gets the connection's address appended, as a proxy
 *   does; from a peer that is not a trusted proxy (LOTSE_TRUSTED_PROXIES)
 *   the client's own forwarding headers are dropped first. Next.js only sets
 *   X-Forwarded-For when it is missing, so without this a client would
 *   choose the address its rate limits count against (cms/lib/rateLimit.ts).
 * - Request bodies are limited per route before anything reads them
 *   (cms/lib/httpPolicy.ts): 413 when Content-Length is larger, 411 for a
 *   body without Content-Length (browsers and proxies always send one).
 * - A page asked for under another loopback name than CMS_URL's is
 *   redirected there (cms/lib/httpPolicy.ts loopbackRedirect).
 *
 * `npm start` runs it (scripts/start.ts); `--dev` runs Next.js in development mode.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { bodyLimit, formatBytes, loopbackRedirect } from '../cms/lib/httpPolicy.ts'
import { trustedProxy } from '../cms/lib/rateLimit.ts'
import { exitOnInvalidConfig, publicCmsUrl, setEnv, settings } from '../config.ts'

const dev = process.argv.includes('--dev')
exitOnInvalidConfig()
if (!dev) setEnv({ NODE_ENV: 'production' })
const port = settings.PORT
const root = path.resolve(import.meta.dirname, '..')

const { default: next } = await import('next')
const app = next({ dev, dir: path.join(root, 'cms'), port })
const handle = app.getRequestHandler()
await app.prepare()

const forwardingHeaders = [
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
  'forwarded',
]

/**
 * Answers at once, without reading the body; Node then discards what the
 * client still sends (bounded by the server's request timeout), so the
 * client reads the answer instead of a broken connection.
 */
function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  res.end(JSON.stringify({ errors: [{ message }] }))
}

/** Refuses a request whose body is too large or of unknown length; true when it did. */
function refused(req: IncomingMessage, res: ServerResponse): boolean {
  const method = req.method ?? 'GET'
  const pathname = (req.url ?? '/').split('?')[0]
  const declared = req.headers['content-length']
  const limit = bodyLimit(method, pathname)
  if (declared === undefined && req.headers['transfer-encoding']) {
    refuse(res, 411, 'Bitte senden Sie die Anfrage mit Längenangabe (Content-Length).')
    return true
  }
  if (declared !== undefined && Number(declared) > limit) {
    refuse(res, 413, `Die Anfrage ist zu groß (höchstens ${formatBytes(limit)}).`)
    return true
  }
  return false
}

function forward(req: IncomingMessage, res: ServerResponse): void {
  const peer = req.socket.remoteAddress ?? ''
  if (!trustedProxy()(peer, 0)) for (const name of forwardingHeaders) delete req.headers[name]
  const forwarded = req.headers['x-forwarded-for']
  req.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${peer}` : peer
  void handle(req, res)
}

const server = createServer((req, res) => {
  // Asked for under another loopback name than CMS_URL's (127.0.0.1 for localhost): the admin would call the API
  // at CMS_URL without the session cookie of this address, so the browser goes to the configured address first.
  const canonical = loopbackRedirect(req.method, req.headers.host, req.url, publicCmsUrl())
  if (canonical) {
    res.writeHead(307, { Location: canonical, 'Cache-Control': 'no-store' }).end()
    return
  }
  if (!refused(req, res)) forward(req, res)
})
// A client that asks first ("Expect: 100-continue", as curl does for large bodies) is refused before it sends.
server.on('checkContinue', (req, res) => {
  if (refused(req, res)) return
  res.writeContinue()
  forward(req, res)
})
// Idle keep-alive connections outlive those of the clients in front (fetch keeps them 4 s, proxies up to 60 s):
// a server that closes first races the client's next request on that socket, which then fails with ECONNRESET.
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000
server.listen(port, () => console.log(`CMS server on port ${port}${dev ? ' (development)' : ''}`))

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    server.close()
    void app.close().finally(() => process.exit(0))
  })
