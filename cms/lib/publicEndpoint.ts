/**
 * The guard every public (citizen-facing) endpoint runs before it touches the
 * database: origin allow-list, body size limit, content type, rate limit per
 * client, honeypot field and zod validation with German field messages.
 * Nothing here logs what a visitor sent.
 */
import type { PayloadRequest } from 'payload'
import { z } from 'zod'
import { RateLimiter, clientKey } from './rateLimit.ts'
import { publicCmsUrl, publicSiteUrl, settings } from '../../config.ts'

/** Requests larger than this are refused before they are parsed. */
export const MAX_BODY_BYTES = 16 * 1024

/** Hidden field that people never fill in and simple bots do. */
export const HONEYPOT_FIELD = 'website'

export interface FieldError {
  field: string
  message: string
}

/** Origin of a URL, or null when it is not one. */
function originOf(url: string | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/** The public site's address (SITE_URL), where thank-you and error pages live. */
export function siteUrl(): string {
  return publicSiteUrl().replace(/\/$/, '')
}

/** The CMS's own address (CMS_URL); its booking pages post to it. */
export function cmsUrl(): string {
  return publicCmsUrl().replace(/\/$/, '')
}

/**
 * Origins allowed to send to public endpoints: the site, the CMS itself (its
 * booking pages) and LOTSE_ALLOWED_ORIGINS (comma-separated) for production.
 */
export function allowedOrigins(): Set<string> {
  const list = [siteUrl(), cmsUrl(), ...(settings.LOTSE_ALLOWED_ORIGINS ?? '').split(',')]
  return new Set(list.map((u) => originOf(u.trim())).filter((o): o is string => o !== null))
}

/** CORS headers for an allowed origin (none for others: the browser then blocks the answer). */
export function corsHeaders(req: Pick<Request, 'headers'>): Headers {
  const headers = new Headers({ Vary: 'Origin' })
  const origin = req.headers.get('origin')
  if (origin && allowedOrigins().has(origin)) {
    headers.set('Access-Control-Allow-Origin', origin)
    headers.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
    headers.set('Access-Control-Allow-Headers', 'Content-Type, Accept')
    headers.set('Access-Control-Max-Age', '600')
  }
  return headers
}

/** Answer to a CORS preflight: 204 for allowed origins, 403 for others. */
export function preflight(req: PayloadRequest): Response {
  const origin = req.headers.get('origin')
  const ok = origin !== null && allowedOrigins().has(origin)
  return new Response(null, { status: ok ? 204 : 403, headers: corsHeaders(req) })
}

/**
 * Whether a request may come from where it says: browsers send Origin with
 * every cross-origin fetch and every form POST. A request without Origin (a
 * script, curl) is checked by its Referer; without either it is refused.
 */
export function originAllowed(req: Pick<Request, 'headers'>): boolean {
  const origin = req.headers.get('origin') ?? originOf(req.headers.get('referer') ?? undefined)
  return origin !== null && origin !== 'null' && allowedOrigins().has(origin)
}

/** The visitor expects an HTML page (a plain form post), not JSON (the enhancing script). */
export function wantsHtml(req: Pick<Request, 'headers'>): boolean {
  const type = req.headers.get('content-type') ?? ''
  return type.startsWith('application/x-www-form-urlencoded') && !(req.headers.get('accept') ?? '').includes('json')
}

export function json(req: Pick<Request, 'headers'>, status: number, body: unknown, extra?: HeadersInit): Response {
  const headers = corsHeaders(req)
  headers.set('Content-Type', 'application/json; charset=utf-8')
  headers.set('Cache-Control', 'no-store')
  for (const [k, v] of new Headers(extra)) headers.set(k, v)
  return new Response(JSON.stringify(body), { status, headers })
}

export function redirect(req: Pick<Request, 'headers'>, location: string): Response {
  const headers = corsHeaders(req)
  headers.set('Location', location)
  headers.set('Cache-Control', 'no-store')
  headers.set('Referrer-Policy', 'no-referrer')
  return new Response(null, { status: 303, headers })
}

/** Thrown by the guard; `toResponse` turns it into the JSON answer. */
export class PublicEndpointError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
    readonly headers: HeadersInit = {},
  ) {
    super(message)
  }

  /** What was sent (for re-rendering a form page's context only; never logged). */
  input?: Record<string, unknown>

  toResponse(req: Pick<Request, 'headers'>): Response {
    return json(req, this.status, { message: this.message, errors: this.errors }, this.headers)
  }
}

/** Reads the body with a byte limit (Content-Length is checked first, then what actually arrives). */
async function readBody(req: PayloadRequest, limit: number): Promise<string> {
  const tooLarge = () => new PublicEndpointError(413, 'Die Nachricht ist zu lang. Bitte kürzen Sie Ihren Text.')
  const declared = Number(req.headers.get('content-length') ?? '0')
  if (declared > limit) throw tooLarge()
  const stream = (req as unknown as Request).body
  if (!stream) return ''
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge()
    }
    chunks.push(value)
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks))
}

/** Parses JSON or form data into a flat record of strings. */
function parseBody(type: string, text: string): Record<string, unknown> {
  if (type.startsWith('application/json')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new PublicEndpointError(400, 'Die Anfrage ist kein gültiges JSON.')
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new PublicEndpointError(400, 'Die Anfrage muss ein JSON-Objekt sein.')
    return parsed as Record<string, unknown>
  }
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text))
  }
  throw new PublicEndpointError(415, 'Bitte senden Sie das Formular als JSON oder als Formular-Daten.')
}

/** German messages for the zod issues of a public form. */
export function fieldErrors(error: z.ZodError, messages: Record<string, string>): FieldError[] {
  const seen = new Set<string>()
  const out: FieldError[] = []
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '')
    if (seen.has(field)) continue
    seen.add(field)
    out.push({ field, message: messages[field] ?? issue.message ?? 'Bitte prüfen Sie diese Angabe.' })
  }
  return out
}

export interface GuardOptions<T extends z.ZodType> {
  req: PayloadRequest
  limiter: RateLimiter
  schema: T
  /** German message per field, shown for any problem with that field. */
  messages: Record<string, string>
  /** Checks across fields, run on the raw input so their errors appear together with the field errors. */
  crossCheck?: (body: Record<string, unknown>) => FieldError[]
  maxBytes?: number
}

/**
 * Runs every check of a public POST endpoint in order and returns the
 * validated data, or throws a PublicEndpointError. A filled honeypot is a 400
 * naming the field (a person whose browser filled it in learns what to do).
 */
export async function guardPost<T extends z.ZodType>(options: GuardOptions<T>): Promise<z.infer<T>> {
  const { req, limiter, schema, messages, crossCheck, maxBytes = MAX_BODY_BYTES } = options
  if (!originAllowed(req))
    throw new PublicEndpointError(403, 'Diese Anfrage kommt nicht von unserer Website und wurde abgelehnt.')
  const rate = limiter.hit(clientKey(req))
  if (!rate.ok)
    throw new PublicEndpointError(
      429,
      `Zu viele Anfragen. Bitte versuchen Sie es in ${rate.retryAfter} Sekunden noch einmal.`,
      [],
      { 'Retry-After': String(rate.retryAfter) },
    )
  const type = req.headers.get('content-type') ?? ''
  const body = cleanInput(parseBody(type, await readBody(req, maxBytes))) as Record<string, unknown>
  const trap = body[HONEYPOT_FIELD]
  if (typeof trap === 'string' ? trap.trim() !== '' : trap !== undefined && trap !== null)
    throw new PublicEndpointError(400, 'Die Anfrage wurde als automatisch erkannt.', [
      { field: HONEYPOT_FIELD, message: 'Bitte lassen Sie das Feld „Bitte leer lassen“ leer.' },
    ])
  delete body[HONEYPOT_FIELD]
  const result = schema.safeParse(body)
  const errors = [...(result.success ? [] : fieldErrors(result.error, messages)), ...(crossCheck?.(body) ?? [])]
  if (!result.success || errors.length > 0) {
    const error = new PublicEndpointError(400, 'Bitte prüfen Sie Ihre Angaben.', errors)
    error.input = body
    throw error
  }
  return result.data
}

/** Rate limiter for public GET endpoints (slot lists, booking pages). */
export function guardGet(req: PayloadRequest, limiter: RateLimiter): void {
  const rate = limiter.hit(clientKey(req))
  if (!rate.ok)
    throw new PublicEndpointError(
      429,
      `Zu viele Anfragen. Bitte versuchen Sie es in ${rate.retryAfter} Sekunden noch einmal.`,
      [],
      {
        'Retry-After': String(rate.retryAfter),
      },
    )
}

/**
 * Invisible characters that change how text is shown without being seen:
 * bidirectional controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C), zero
 * width spaces and joiners used to hide or split words (U+200B, U+2060–2064,
 * U+FEFF), the soft hyphen, interlinear annotations, tag characters
 * (U+E0000–E007F) and every other Unicode format character (category Cf).
 * ZWNJ and ZWJ (U+200C, U+200D) stay: Persian and Kurdish spelling and emoji
 * need them, and they reorder nothing. Control characters other than tab and
 * line breaks go too.
 */
const invisible = /(?![\u200C\u200D])[\p{Cf}]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu

/** Text from a citizen as it is stored: NFC, line and paragraph separators as line breaks, no invisible characters. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(invisible, '')
}

/** cleanText for every string in a parsed body (the one place all public input passes through). */
export function cleanInput(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value)
  if (Array.isArray(value)) return value.map(cleanInput)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanInput(v)]))
  return value
}

/** A line of plain text: no control characters, trimmed. Markup stays text (it is escaped wherever shown). */
export const plainText = (max: number) =>
  z
    .string()
    .transform((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim())
    .pipe(z.string().max(max))

/**
 * Logs a failure without anything the visitor sent: only the error's name and
 * code (database errors quote the query's parameters in their message).
 */
export function logFailure(req: PayloadRequest, endpoint: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error
  const code = (error as { code?: unknown } | null)?.code
  req.payload.logger.error(`public endpoint ${endpoint} failed: ${name}${code ? ` (${String(code)})` : ''}`)
}
