/**
 * What the CMS's HTTP server enforces before a request reaches Next.js and
 * Payload (scripts/cms-server.ts), and the security headers of the admin and
 * the API (cms/proxy.ts, cms/next.config.mjs). Plain functions, so that the
 * server, the Next.js proxy and the tests share them.
 */
import { settings } from '../../config.ts'

const KB = 1024
const MB = 1024 * KB

/** Bodies of logins and other account requests: a few fields. */
export const AUTH_BODY_LIMIT = 16 * KB
/** GraphQL queries and mutations. */
export const GRAPHQL_BODY_LIMIT = 1 * MB
/** Everything else: document saves from the admin (JSON or multipart with `_payload`), server actions. */
export const DEFAULT_BODY_LIMIT = 2 * MB
/** Image uploads (media). */
export const IMAGE_UPLOAD_LIMIT = 25 * MB
/** Video uploads (DGS and explanatory videos). */
export const VIDEO_UPLOAD_LIMIT = 500 * MB

const authPaths =
  /^\/api\/users\/(login|logout|forgot-password|reset-password|unlock|first-register|refresh-token|verify\/[^/]+)\/?$/

/** The largest request body accepted for a route (bytes). */
export function bodyLimit(method: string, pathname: string): number {
  if (authPaths.test(pathname)) return AUTH_BODY_LIMIT
  if (pathname === '/api/graphql' || pathname === '/api/graphql/') return GRAPHQL_BODY_LIMIT
  const upload = method === 'POST' || method === 'PATCH' || method === 'PUT'
  if (upload && /^\/api\/media(\/|$)/.test(pathname)) return IMAGE_UPLOAD_LIMIT
  if (upload && /^\/api\/video-tutorials(\/|$)/.test(pathname)) return VIDEO_UPLOAD_LIMIT
  return DEFAULT_BODY_LIMIT
}

/** "2 MB" */
export function formatBytes(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`
}

/**
 * Headers of every CMS answer (admin and API). The admin's
 * Content-Security-Policy carries a nonce per request (adminContentSecurityPolicy);
 * API answers get a policy that allows nothing, since none of them is a page
 * (the booking pages set their own).
 */
export const commonSecurityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
}

export const apiContentSecurityPolicy =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/**
 * The admin's policy: Next.js's inline scripts carry the nonce, its chunks
 * come from the CMS itself; Payload's UI sets style attributes, hence
 * 'unsafe-inline' for styles only; upload previews use blob: URLs. No
 * third-party origin anywhere. Development mode (`npm run dev`) needs eval
 * and the HMR websocket.
 */
export function adminContentSecurityPolicy(nonce: string, dev = settings.NODE_ENV === 'development'): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

const loopbackName = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

/**
 * Where to send a browser that asked this local server for a page under
 * another loopback name than the configured address (127.0.0.1 where
 * CMS_URL or SITE_URL says localhost, or the reverse), or null. The browser's
 * origin must be the configured one: otherwise the admin's API calls go to
 * another origin without the session cookie (every save "keine Berechtigung")
 * and the site's forms are refused by the CMS's CORS rule. Only GET and HEAD,
 * and only when both names are loopback names on the same port, so a server
 * behind a proxy or reached by its real host name is never redirected.
 */
export function loopbackRedirect(
  method: string | undefined,
  host: string | undefined,
  path: string | undefined,
  configured: string,
): string | null {
  if ((method !== 'GET' && method !== 'HEAD') || !host) return null
  const target = new URL(configured)
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host)
  if (!match) return null
  const [, name, port = ''] = match
  const defaultPort = target.protocol === 'https:' ? '443' : '80'
  if (!loopbackName.test(name) || !loopbackName.test(target.hostname)) return null
  if ((port || defaultPort) !== (target.port || defaultPort)) return null
  if (name.toLowerCase() === target.hostname.toLowerCase()) return null
  // The origin and the path as asked ("//other.example/" stays a path of this origin: no open redirect).
  return `${target.origin}${path?.startsWith('/') ? path : '/'}`
}
