import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleEndpoints, type SanitizedConfig } from 'payload'

/**
 * Serves Payload's REST and GraphQL APIs over real HTTP on 127.0.0.1 with the
 * handlers the Next.js routes call (`cms/app/(payload)/api/[...slug]/route.ts`
 * and `cms/app/(payload)/api/graphql/route.ts`), without starting Next.js.
 */
export async function startApiServer(config: SanitizedConfig): Promise<{ url: string; close: () => Promise<void> }> {
  const graphql = GRAPHQL_POST(config)
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
      const response =
        req.method === 'POST' && new URL(request.url).pathname === '/api/graphql'
          ? await graphql(request)
          : await handleEndpoints({ config, request })
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

/** Posts a GraphQL operation; returns the data and the errors' status codes and messages. */
export async function graphqlRequest(
  baseUrl: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: Record<string, unknown> | null; errors: { status?: number; message: string }[] }> {
  const response = await fetch(`${baseUrl}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null
    errors?: { message: string; extensions?: { statusCode?: number } }[]
  }
  return {
    data: body.data ?? null,
    errors: (body.errors ?? []).map((e) => ({ status: e.extensions?.statusCode, message: e.message })),
  }
}
