import { createServer, type Server } from 'node:http'
import { handleEndpoints, type SanitizedConfig } from 'payload'

/** A handler for one path (e.g. GraphQL) that takes the request before Payload's REST endpoints. */
export type Route = { method: string; pathname: string; handle: (request: Request) => Promise<Response> }

/**
 * An HTTP server (not yet listening) that turns each request into a Fetch
 * `Request` for Payload's REST handler, the one the Next.js route calls
 * (`cms/app/(payload)/api/[...slug]/route.ts`), or for one of `routes`.
 */
export function payloadHttpServer(config: SanitizedConfig, routes: Route[] = []): Server {
  const server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const headers = new Headers()
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
      const request = new Request(`http://127.0.0.1${req.url}`, {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' || !chunks.length ? undefined : Buffer.concat(chunks),
      })
      const { pathname } = new URL(request.url)
      const route = routes.find((r) => r.method === req.method && r.pathname === pathname)
      const response = route ? await route.handle(request) : await handleEndpoints({ config, request })
      // One request per connection: a kept-alive socket that the server closes as idle while the client picks it for
      // its next request fails that request with ECONNRESET (seen once in CI on a busy machine).
      res.shouldKeepAlive = false
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    }
  })
  return server
}
