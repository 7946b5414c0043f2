/**
 * How errors of REST and GraphQL requests are answered and logged.
 *
 * - A malformed query (a value the database cannot compare, JSON that is
 *   not JSON) answers 400 with a German message, not 500.
 * - A failed login answers with one message, whatever the reason (unknown
 *   address, wrong password, locked account), and counts against the
 *   client's address (cms/lib/auth.ts).
 * - The log gets one line for every error a client caused (status below
 *   500): no stack, no request data. Errors of the server keep their stack,
 *   with the values of failed database queries cut out (they can hold
 *   personal data such as e-mail addresses).
 *
 * Errors are recognised by their status, code and the built-in JavaScript
 * error types, never by the class or name of Payload's errors: the
 * production build renames those, and the admin bundle holds a second copy.
 */
import type { AfterErrorHook, Config } from 'payload'
import { defaultLoggerOptions } from 'payload'
import { LOGIN_FAILED_MESSAGE, recordFailedLogin } from './auth.ts'
import { MALFORMED_QUERY_MESSAGE } from './queryValidation.ts'

type ErrorLike = {
  status?: unknown
  code?: unknown
  message?: unknown
  cause?: unknown
  originalError?: unknown
  name?: unknown
}

/** The error and its causes, outermost first (GraphQL wraps the thrown error in originalError). */
function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = []
  let e = error as ErrorLike | undefined
  while (e && typeof e === 'object' && out.length < 6) {
    out.push(e)
    e = (e.originalError ?? e.cause) as ErrorLike | undefined
  }
  return out
}

/** The HTTP status an error carries (Payload's errors have one), or undefined. */
export function statusOf(error: unknown): number | undefined {
  for (const e of chain(error)) if (typeof e.status === 'number') return e.status
  return undefined
}

/**
 * Whether an error came from query values the database cannot use: JSON that
 * is not JSON, a value that cannot be bound to the column's type (the SQLite
 * driver throws TypeError or RangeError, PostgreSQL answers SQLSTATE class 22
 * "data exception" or 42804/42883), or an operator the field does not have.
 */
export function isMalformedQuery(error: unknown): boolean {
  const errors = chain(error)
  const failedQuery = errors.some((e) => typeof e.message === 'string' && e.message.startsWith('Failed query:'))
  for (const e of errors) {
    const code = (e as ErrorLike).code
    if (e instanceof SyntaxError) return true
    // Payload's query builder, given an operator the field's type does not have.
    if (e instanceof TypeError && typeof e.message === 'string' && e.message.includes('operators[')) return true
    // The SQLite driver refuses to bind the value (NaN, undefined from an unparsable date).
    if (failedQuery && (e instanceof TypeError || e instanceof RangeError)) return true
    if (typeof code === 'string' && (/^22[0-9A-Z]{3}$/.test(code) || code === '42804' || code === '42883')) return true
    if (code === 'SQLITE_MISMATCH') return true
  }
  return false
}

/** Whether the request only reads (REST GET, GraphQL query): its errors without status come from its parameters. */
function isRead(req: { method?: string | null; payloadAPI?: string }, error: unknown): boolean {
  if (req.payloadAPI === 'GraphQL') {
    const operation = (error as { path?: unknown; source?: { body?: string } }).source?.body ?? ''
    return !/^\s*mutation\b/.test(operation)
  }
  return (req.method ?? 'GET').toUpperCase() === 'GET'
}

/** Config `hooks.afterError`: uniform login failures, 400 for malformed queries. */
export const answerErrors: AfterErrorHook = async ({ error, req, graphqlResult }) => {
  const status = statusOf(error)
  if (req.context?.loginAttempt && status === 401) {
    await recordFailedLogin(req)
    if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: LOGIN_FAILED_MESSAGE } }
    return { response: { errors: [{ message: LOGIN_FAILED_MESSAGE }] }, status: 401 }
  }
  if ((status === undefined || status >= 500) && isRead(req, error) && isMalformedQuery(error)) {
    if (graphqlResult)
      return {
        graphqlResult: {
          ...graphqlResult,
          message: MALFORMED_QUERY_MESSAGE,
          extensions: { ...graphqlResult.extensions, statusCode: 400 },
        },
      }
    return { response: { errors: [{ message: MALFORMED_QUERY_MESSAGE }] }, status: 400 }
  }
}

/** Removes the values of a failed database query ("params: …") and PostgreSQL's "detail" from a message. */
export function scrub(message: string): string {
  return message
    .replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/, '\nparams: (removed)')
    .replace(/Key \(([^)]*)\)=\([^)]*\)/g, 'Key ($1)=(…)')
}

type LogArgs = unknown[]

/**
 * pino's logMethod hook: an error object with a client status (or a
 * malformed query) becomes one line at info level; server errors keep
 * their stack with scrubbed messages.
 */
function logMethod(this: { info: (msg: string) => void }, args: LogArgs, method: (...a: LogArgs) => void): void {
  const first = args[0] as { err?: unknown; msg?: unknown } | undefined
  const err =
    first && typeof first === 'object' ? (first.err ?? (first instanceof Error ? first : undefined)) : undefined
  if (!err || typeof err !== 'object') {
    method.apply(this, args)
    return
  }
  const status = statusOf(err)
  const message = scrub(String((err as ErrorLike).message ?? ''))
  if ((status !== undefined && status < 500) || isMalformedQuery(err)) {
    this.info(`request refused (${status ?? 400}): ${message.split('\n')[0]}`)
    return
  }
  const scrubbed = Object.assign(Object.create(Object.getPrototypeOf(err)), err, { message })
  if ((err as Error).stack) scrubbed.stack = scrub((err as Error).stack!)
  delete scrubbed.cause
  method.apply(this, [{ ...(first as object), err: scrubbed }, ...args.slice(1)])
}

/** Config `logger`: Payload's pretty output with the hook above. */
export const logger: Config['logger'] = {
  options: { hooks: { logMethod: logMethod } },
  destination: defaultLoggerOptions,
}
