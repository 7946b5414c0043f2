import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type SanitizedConfig } from 'payload'

/**
 * Serves Payload's REST API and GraphQL over real HTTP on 127.0.0.1 with the
 * handlers the Next.js routes call (`cms/app/(payload)/api/…/route.ts`),
 * without starting Next.js. Like tests/helpers/rest.ts, plus /api/graphql.
 */
export async function startApiServer(config: SanitizedConfig): Promise<{ url: string; close: () => Promise<void> }> {
  const graphql = GRAPHQL_POST(Promise.resolve(config))
  const server: Server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const body = chunks.length ? Buffer.concat(chunks) : undefined
      const headers = new Headers()
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v)
      const request = new Request(`http://127.0.0.1${req.url}`, {
        method: req.method,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
      })
      const isGraphql = req.method === 'POST' && new URL(request.url).pathname === '/api/graphql'
      const response = isGraphql ? await graphql(request) : await handleEndpoints({ config, request })
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
