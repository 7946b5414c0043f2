/**
 * Logins and passwords (OWASP ASVS 5.0, chapter V6):
 *
 * - Passwords have at least 12 characters (at most 256) and are refused when
 *   they are common or easy to guess: zxcvbn-ts with its list of about
 *   50,000 common passwords, German dictionaries, keyboard patterns,
 *   sequences and repeats, and the account's own e-mail address and name,
 *   must rate them at least 3 of 4 ("safely unguessable").
 * - Changing one's own password needs the current one (`currentPassword`).
 * - A failed login answers the same, in the same time, whether the address
 *   exists, the password is wrong or the account is locked; so does
 *   "Passwort vergessen" (answered before the e-mail is sent).
 * - Failed logins are counted per client address as well as per account
 *   (Payload's maxLoginAttempts): after LOGIN_FAILURES_PER_ADDRESS failures
 *   from one address it is refused for a while (429), whichever accounts it
 *   tries.
 */
import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import type { CollectionBeforeOperationHook, Endpoint, PayloadRequest, Where } from 'payload'
import { APIError, ValidationError } from 'payload'
import { RateLimiter, clientKey } from './rateLimit.ts'

export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256
export const MIN_PASSWORD_SCORE = 3

export const LOGIN_FAILED_MESSAGE =
  'Die Anmeldung ist fehlgeschlagen. Bitte prüfen Sie E-Mail-Adresse und Passwort. Nach mehreren Fehlversuchen ist die Anmeldung für einige Minuten gesperrt.'
export const FORGOT_PASSWORD_MESSAGE =
  'Wenn zu dieser E-Mail-Adresse ein Konto besteht, haben wir eine E-Mail mit einem Link zum Zurücksetzen des Passworts geschickt.'

/** Failed logins per client address and 15 minutes. */
export const LOGIN_FAILURES_PER_ADDRESS = 10
export const loginFailures = new RateLimiter({ limit: LOGIN_FAILURES_PER_ADDRESS, windowMs: 15 * 60_000 })
/** "Passwort vergessen" requests per client address and 15 minutes. */
export const forgotPasswordLimiter = new RateLimiter({ limit: 5, windowMs: 15 * 60_000 })
/** Reset mails per account: one per 15 seconds (in place of Payload's minRequestInterval, cms/collections/Users.ts). */
export const resetMailsPerAccount = new RateLimiter({ limit: 1, windowMs: 15_000 })

function tooMany(retryAfter: number) {
  const error = new APIError(
    `Zu viele Versuche von Ihrem Anschluss. Bitte warten Sie ${Math.ceil(retryAfter / 60)} Minuten und versuchen Sie es dann erneut.`,
    429,
    undefined,
    true,
  )
  // formatErrors passes a message on only with a name; the production build renames classes.
  error.name = 'APIError'
  return error
}

/**
 * A validation error for one field whose message is the field's message:
 * the field turns red where the admin can show field errors, and the message
 * (shown as the notice) says what to do rather than only naming the field.
 */
function fieldError(path: 'password' | 'currentPassword', message: string): ValidationError {
  const error = new ValidationError({ collection: 'users', errors: [{ path, message }] })
  error.name = 'ValidationError'
  error.message = message
  return error
}

type Zxcvbn = { check: (password: string, userInputs?: string[]) => { score: number } }
let zxcvbn: Promise<Zxcvbn> | null = null

/** zxcvbn-ts with the common and German dictionaries, loaded on first use (a few hundred ms). */
function strengthChecker(): Promise<Zxcvbn> {
  zxcvbn ??= (async () => {
    const [{ ZxcvbnFactory }, common, de] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-de'),
    ])
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...de.dictionary },
      graphs: common.adjacencyGraphs,
      translations: de.translations,
    }) as unknown as Zxcvbn
  })()
  return zxcvbn
}

/** Words that make a password guessable here: the account's address and name, and the product's names. */
function contextWords(user: { email?: unknown; name?: unknown }): string[] {
  const words = ['lotse', 'lvr', 'landschaftsverband', 'rheinland', 'beratung', 'passwort']
  for (const value of [user.email, user.name])
    if (typeof value === 'string') words.push(value, ...value.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3))
  return words
}

/** The German reason a password is refused, or null when it may be used. */
export async function passwordProblem(
  password: string,
  user: { email?: unknown; name?: unknown } = {},
): Promise<string | null> {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein. Am besten merken Sie sich einen Satz aus mehreren Wörtern.`
  if ([...password].length > MAX_PASSWORD_LENGTH)
    return `Das Passwort darf höchstens ${MAX_PASSWORD_LENGTH} Zeichen lang sein.`
  // The account's own address or name inside the password, however it is punctuated.
  const plain = (text: string) => text.toLocaleLowerCase('de').replace(/[^\p{L}\p{N}]+/gu, '')
  const own = [
    typeof user.email === 'string' ? user.email.split('@')[0] : '',
    typeof user.name === 'string' ? user.name : '',
  ]
    .map(plain)
    .filter((word) => word.length >= 4)
  const { score } = (await strengthChecker()).check(password, contextWords(user))
  if (score < MIN_PASSWORD_SCORE || own.some((word) => plain(password).includes(word)))
    return 'Dieses Passwort ist zu leicht zu erraten (es ist weit verbreitet, folgt einem Muster oder enthält Ihren Namen oder Ihre E-Mail-Adresse). Bitte wählen Sie ein anderes, zum Beispiel einen Satz aus mehreren Wörtern.'
  return null
}

const pbkdf2Async = promisify(pbkdf2)

/**
 * Checks a password against a stored Payload hash. Payload does not export
 * its own check (authenticateLocalStrategy); this follows its two formats:
 * "pbkdf2-sha256-v1:<hex>" (600,000 iterations, 32 bytes) and the older
 * plain hex (25,000 iterations, 512 bytes).
 */
export async function verifyPassword(password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string') {
    await dummyHash(password)
    return false
  }
  const current = hash.startsWith('pbkdf2-sha256-v1:')
  const expected = Buffer.from(current ? hash.slice('pbkdf2-sha256-v1:'.length) : hash, 'hex')
  const actual = await pbkdf2Async(password, salt, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** Costs what checking a real password costs (a login for an unknown or locked account must not answer faster). */
export async function dummyHash(password: string): Promise<void> {
  await pbkdf2Async(password, 'lotse-no-account', 600_000, 32, 'sha256')
}

type UserRow = {
  id: number | string
  email?: string
  name?: string
  hash?: string
  salt?: string
  lockUntil?: string | null
}

async function findUser(req: PayloadRequest, where: Where): Promise<UserRow | null> {
  return (await req.payload.db.findOne({ collection: 'users', req, where })) as UserRow | null
}

/**
 * A failed login answers no sooner than this after it arrived: the account's
 * own bookkeeping (counting attempts, locking) takes database writes an
 * unknown address does not, and the answer must not tell them apart.
 */
export const FAILED_LOGIN_MIN_MS = 600

/**
 * Counts a failed login against the client's address and waits until
 * FAILED_LOGIN_MIN_MS have passed since it arrived (called for every 401 of
 * a login, see errorHandling.ts).
 */
export async function recordFailedLogin(req: Pick<PayloadRequest, 'headers' | 'context'>): Promise<void> {
  loginFailures.hit(clientKey(req))
  const started = typeof req.context.loginStarted === 'number' ? req.context.loginStarted : Date.now()
  const wait = FAILED_LOGIN_MIN_MS - (Date.now() - started)
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
}

/**
 * beforeOperation hook of the users collection:
 * - login: refused per address after too many failures; unknown and locked
 *   accounts cost one password hash like any other (uniform timing); marks
 *   the request so that errorHandling.ts answers a failure uniformly;
 * - create, update, reset: the password policy, and the current password for
 *   changing one's own.
 */
export const guardAccounts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = (args as { data?: Record<string, unknown> }).data
  if (operation === 'login') {
    const external = req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'
    if (external) {
      const state = loginFailures.peek(clientKey(req))
      if (!state.ok) throw tooMany(state.retryAfter)
      req.context.loginAttempt = true
      req.context.loginStarted = Date.now()
    }
    const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
    const password = typeof data?.password === 'string' ? data.password : ''
    if (email && password) {
      const user = await findUser(req, { email: { equals: email } })
      const locked = user?.lockUntil ? new Date(user.lockUntil).getTime() > Date.now() : false
      if (!user || locked) await dummyHash(password)
    }
    return args
  }
  if (operation === 'forgotPassword' && (req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL')) {
    const state = forgotPasswordLimiter.hit(clientKey(req))
    if (!state.ok) throw tooMany(state.retryAfter)
    return args
  }
  if (!data || typeof data.password !== 'string' || !['create', 'update', 'resetPassword'].includes(operation))
    return args
  const id = (args as { id?: number | string }).id
  const existing = id !== undefined ? await findUser(req, { id: { equals: id } }) : null
  const problem = await passwordProblem(data.password, {
    email: data.email ?? existing?.email,
    name: data.name ?? existing?.name,
  })
  if (problem) throw fieldError('password', problem)
  const user = req.user as { id?: number | string; collection?: string } | null | undefined
  const ownAccount =
    operation === 'update' && user?.collection === 'users' && existing && String(user.id) === String(existing.id)
  if (ownAccount) {
    const key = clientKey(req)
    const state = loginFailures.peek(key)
    if (!state.ok) throw tooMany(state.retryAfter)
    const current = typeof data.currentPassword === 'string' ? data.currentPassword : ''
    if (!current || !(await verifyPassword(current, existing))) {
      loginFailures.hit(key)
      throw fieldError(
        'currentPassword',
        'Bitte geben Sie Ihr aktuelles Passwort richtig ein, um ein neues festzulegen.',
      )
    }
  }
  delete data.currentPassword
  return args
}

/**
 * POST /api/users/forgot-password, answered at once and the same for every
 * address: Payload's own handler answers only after looking the address up
 * and sending the e-mail, so its time tells whether an account exists. The
 * operation runs after the answer; its errors are logged without the address.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    const body = (await req.json?.().catch(() => null)) as { email?: unknown } | null
    const email = typeof body?.email === 'string' ? body.email.trim() : ''
    if (!email || email.length > 254 || !email.includes('@'))
      return Response.json(
        { errors: [{ message: 'Bitte geben Sie Ihre E-Mail-Adresse an.', path: 'email' }] },
        { status: 400 },
      )
    const state = forgotPasswordLimiter.hit(clientKey(req))
    if (!state.ok)
      return Response.json(
        { errors: [{ message: tooMany(state.retryAfter).message }] },
        { status: 429, headers: { 'Retry-After': String(state.retryAfter) } },
      )
    const payload = req.payload
    // The answer is the same either way; a second mail to the same account within 15 s is not sent.
    if (!resetMailsPerAccount.hit(email.toLowerCase()).ok)
      return Response.json({ message: FORGOT_PASSWORD_MESSAGE }, { status: 200 })
    setTimeout(() => {
      payload
        .forgotPassword({ collection: 'users', data: { email }, disableEmail: false })
        .catch((error: unknown) =>
          payload.logger.warn(`forgot-password: could not be completed (${(error as Error)?.message?.split('\n')[0]})`),
        )
    }, 0)
    return Response.json({ message: FORGOT_PASSWORD_MESSAGE }, { status: 200 })
  },
}
