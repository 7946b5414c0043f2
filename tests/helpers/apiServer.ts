import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { AddressInfo } from 'node:net'
import type { SanitizedConfig } from 'payload'
import { payloadHttpServer } from './payloadHttp.ts'

/**
 * Serves Payload's REST and GraphQL APIs over real HTTP on 127.0.0.1 with the
 * handlers the Next.js routes call (`cms/app/(payload)/api/[...slug]/route.ts`
 * and `cms/app/(payload)/api/graphql/route.ts`), without starting Next.js.
 */
export async function startApiServer(config: SanitizedConfig): Promise<{ url: string; close: () => Promise<void> }> {
  const graphql = GRAPHQL_POST(config)
  const server = payloadHttpServer(config, [{ method: 'POST', pathname: '/api/graphql', handle: graphql }])
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      }),
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
