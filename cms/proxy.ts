import { type NextRequest, NextResponse } from 'next/server'
import { adminContentSecurityPolicy, commonSecurityHeaders } from './lib/httpPolicy.ts'

/**
 * Next.js proxy for the admin's pages: a Content-Security-Policy with a fresh
 * nonce per request. Next.js reads the nonce from the request's policy header
 * and puts it on its own inline scripts; any other inline script is refused.
 * The API's headers come from next.config.mjs (a proxy on /api would make
 * Next.js buffer every upload for it).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = adminContentSecurityPolicy(nonce)
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  for (const [name, value] of Object.entries(commonSecurityHeaders)) response.headers.set(name, value)
  return response
}

export const config = {
  matcher: ['/admin', '/admin/:path*'],
}
