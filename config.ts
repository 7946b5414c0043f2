/**
 * Lotse's configuration: every environment variable the product reads (CMS,
 * plugins, scripts, site, Astro config) is read here and nowhere else,
 * validated by one zod schema with its default, typed, and documented.
 *
 * - `operatorSchema`: what an operator sets. The README's "Configuration"
 *   table lists exactly these, with the same defaults (config.test.ts checks it).
 * - `internalSchema`: what Lotse's own scripts and tools set for the processes
 *   they start (npm start, the publish pipeline, Payload's CLI, Next.js).
 *
 * Values are read when they are used, not once at import: tests and scripts
 * set variables before (or while) they use the CMS in the same process, and
 * `npm start` passes its own to the servers it starts. A bad value therefore
 * fails where it is read, with the variable's name; the entry points check
 * every variable first (`exitOnInvalidConfig`), so it stops the start with one
 * clear message. An empty value counts as unset.
 *
 * Plain Node (zod, node:*): Next.js, Astro and tsx all load it.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/** What the README's table says about a default that is not a plain value (shown instead of it). */
type Documented = { default?: string }

const httpUrl = (name: string, example: string) =>
  z.url({
    protocol: /^https?$/,
    error: `ist keine vollständige http(s)-Adresse. Bitte geben Sie sie mit Schema an, zum Beispiel ${name}=${example}`,
  })

/** A whole number from `min` to `max` (the environment holds text). */
const integer = (min: number, max: number, example: number) => {
  const message = `ist keine ganze Zahl von ${min} bis ${max}. Bitte geben Sie eine Zahl an, zum Beispiel ${example}`
  return z
    .string()
    .trim()
    .regex(/^\d+$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, message)
}

const onOff = (name: string) =>
  z.enum(['on', 'off'], { error: `ist weder „on“ noch „off“. Bitte setzen Sie ${name}=off oder lassen Sie es weg` })

/** `Name <local@domain>` or `local@domain` (what MAIL_FROM accepts). */
const MAILBOX = /^(?:([^<>]*?)\s*<([^\s<>@]+@[^\s<>@]+)>|([^\s<>@]+@[^\s<>@]+))$/

export const operatorSchema = z.object({
  /** The database: `file:…` SQLite (embedded), `postgres://…` PostgreSQL, `mongodb://…` MongoDB. */
  DATABASE_URL: z
    .string()
    .regex(/^(?:file:|postgres(?:ql)?:\/\/|mongodb(?:\+srv)?:\/\/)/, {
      error:
        'nennt keine unterstützte Datenbank. Bitte beginnen Sie die Adresse mit file: (SQLite), postgres:// (PostgreSQL) oder mongodb:// (MongoDB)',
    })
    .optional()
    .meta({ default: '`file:./data/lotse.db`' } satisfies Documented),
  /** Signs sessions; generated into the data folder for the embedded SQLite default (see payloadSecret()). */
  PAYLOAD_SECRET: z
    .string()
    .optional()
    .meta({ default: 'generated into `data/payload-secret`' } satisfies Documented),
  /** Folder for the database file, uploads, snapshots and releases. */
  LOTSE_DATA_DIR: z.string().default('./data'),
  /** Public address of the CMS (the site's forms post there); unset, the admin uses relative addresses. */
  CMS_URL: httpUrl('CMS_URL', 'https://cms.example.org')
    .optional()
    .meta({ default: '`http://localhost:3000` (follows `PORT`)' } satisfies Documented),
  /** Port of the CMS server. */
  PORT: integer(1, 65535, 3000).default(3000),
  /** Port of the static server for the live release in `npm start`. */
  SITE_PORT: integer(1, 65535, 4321).default(4321),
  /** Public address of the site (sitemap, canonical links, JSON-LD, CORS). */
  SITE_URL: httpUrl('SITE_URL', 'https://beratung.example.org')
    .optional()
    .meta({ default: '`http://localhost:4321` (follows `SITE_PORT`)' } satisfies Documented),
  /** Chromium for the accessibility gate; else `chromium` or `chromium-browser` on the PATH. */
  CHROME_PATH: z
    .string()
    .optional()
    .meta({ default: '`chromium` on the PATH' } satisfies Documented),
  /** ffmpeg for the MP4 renditions of uploaded videos; else `ffmpeg` on the PATH. */
  FFMPEG_PATH: z
    .string()
    .optional()
    .meta({ default: '`ffmpeg` on the PATH' } satisfies Documented),
  /** `strict`: a release fails without Chromium; `off`: no accessibility gate. */
  LOTSE_A11Y_GATE: z
    .preprocess(
      (value) => (typeof value === 'string' ? value.toLowerCase() : value),
      z.enum(['strict', 'off'], {
        error:
          'ist weder „strict“ noch „off“. Bitte setzen Sie LOTSE_A11Y_GATE=strict oder =off oder lassen Sie es weg',
      }),
    )
    .optional(),
  /** `off`: every publish renders every page. */
  LOTSE_INCREMENTAL: onOff('LOTSE_INCREMENTAL').optional(),
  /** Further origins (comma-separated) allowed to post to the public endpoints. */
  LOTSE_ALLOWED_ORIGINS: z.string().optional(),
  /** Proxies (comma-separated addresses, CIDR ranges, `loopback`, `uniquelocal`) whose X-Forwarded-For is trusted. */
  LOTSE_TRUSTED_PROXIES: z.string().optional(),
  /** New online bookings per appointment offer and 24 hours. */
  LOTSE_BOOKINGS_PER_DAY: integer(1, 1_000_000, 100).default(100),
  /** "Barriere melden" reports per 24 hours, from everyone together. */
  LOTSE_FEEDBACK_PER_DAY: integer(1, 1_000_000, 500).default(500),
  /** Days after an appointment when a booking's personal data is deleted. */
  LOTSE_BOOKING_RETENTION_DAYS: integer(0, 36_500, 30).default(30),
  /** Days after receipt when a report's name and e-mail are deleted. */
  LOTSE_FEEDBACK_RETENTION_DAYS: integer(0, 36_500, 180).default(180),
  /** The mail server: `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`; unset, e-mails are only logged. */
  SMTP_URL: z
    .url({
      protocol: /^smtps?$/,
      error:
        'ist keine smtp- oder smtps-Adresse. Bitte geben Sie sie vollständig an, zum Beispiel SMTP_URL=smtp://benutzer:passwort@mail.example.org:587',
    })
    .optional(),
  /** The sender of Lotse's e-mails: `Name <address>` or an address. */
  MAIL_FROM: z
    .string()
    .trim()
    .regex(MAILBOX, {
      error: 'ist kein Absender. Bitte geben Sie ihn so an: MAIL_FROM=Lotse <noreply@beratung.example.org>',
    })
    .optional()
    .meta({ default: '`Lotse <noreply@…>` with the host of `CMS_URL`' } satisfies Documented),
  /** The snapshot folder a static `astro build` renders (the publish pipeline sets it). */
  LOTSE_SNAPSHOT_DIR: z.string().optional(),
})

export const internalSchema = z.object({
  /** The repository's root (`npm start` sets it for the CMS server, whose cwd is cms/). */
  LOTSE_ROOT: z.string().optional(),
  /** `off`: Payload's job runner does not run in this process (scripts, type generation). */
  LOTSE_JOBS: onOff('LOTSE_JOBS').optional(),
  /** `off`: publishing does not build the site in this process (scripts). */
  LOTSE_PUBLISH: onOff('LOTSE_PUBLISH').optional(),
  /** `off`: no development schema push (the tests copy databases that have the schema). */
  LOTSE_DB_PUSH: onOff('LOTSE_DB_PUSH').optional(),
  /** `1`: `astro build` builds the publish pipeline's on-demand renderer. */
  LOTSE_RENDERER: z.string().optional(),
  /** `true` while Payload's CLI runs its own migrate commands. */
  PAYLOAD_MIGRATING: z.string().optional(),
  /** Node's mode; `development` under `npm run dev`. */
  NODE_ENV: z.string().optional(),
  /** Where Chromium and ffmpeg are looked for. */
  PATH: z.string().default(''),
})

export const settingsSchema = operatorSchema.extend(internalSchema.shape)

export type Settings = z.infer<typeof settingsSchema>
type Name = keyof Settings

/** A variable with a bad value; the message is German and names the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

const SECRET_MISSING =
  'PAYLOAD_SECRET: fehlt. Bitte setzen Sie PAYLOAD_SECRET auf ein langes zufälliges Geheimnis (zum Beispiel die Ausgabe von „openssl rand -hex 32“), wenn DATABASE_URL auf einen Datenbankserver zeigt: alle CMS-Prozesse brauchen dasselbe.'

const given = (env: Record<string, string | undefined>, name: string) => (env[name] === '' ? undefined : env[name])

function problem(name: string, value: string | undefined, error: z.ZodError): string {
  // A URL's user and password (SMTP_URL, DATABASE_URL) are not repeated in the message.
  const safe = value?.replace(/\/\/[^/@\s]*@/, '//…@')
  const shown = safe === undefined ? 'fehlt oder' : `„${safe.length > 60 ? `${safe.slice(0, 60)}…` : safe}“`
  return `${name}: ${shown} ${error.issues[0]?.message ?? 'ist ungültig'}.`
}

function read<K extends Name>(name: K): Settings[K] {
  const value = given(process.env, name)
  const result = settingsSchema.shape[name].safeParse(value)
  if (!result.success) throw new ConfigError(problem(name, value, result.error))
  return result.data as Settings[K]
}

/**
 * The configuration, typed: each property reads its variable when used and
 * throws a ConfigError naming it when the value is bad.
 */
export const settings: Readonly<Settings> = Object.defineProperties(
  {},
  Object.fromEntries(
    Object.keys(settingsSchema.shape).map((name) => [name, { enumerable: true, get: () => read(name as Name) }]),
  ),
) as Settings

/** Every bad value in `env` (German, one line each); empty when all are fine. */
export function configProblems(env: Record<string, string | undefined> = process.env): string[] {
  const problems = Object.keys(settingsSchema.shape).flatMap((name) => {
    const value = given(env, name)
    const result = settingsSchema.shape[name as Name].safeParse(value)
    return result.success ? [] : [problem(name, value, result.error)]
  })
  const database = given(env, 'DATABASE_URL')
  if (database && !database.startsWith('file:') && !given(env, 'PAYLOAD_SECRET')) problems.push(SECRET_MISSING)
  return problems
}

/** For entry points (npm start, the CMS server): stops with one message when a variable has a bad value. */
export function exitOnInvalidConfig(): void {
  const problems = configProblems()
  if (problems.length === 0) return
  console.error(
    `Lotse kann nicht starten: ${problems.length === 1 ? 'eine Einstellung ist' : 'Einstellungen sind'} ungültig.\n` +
      problems.map((line) => `  ${line}`).join('\n') +
      '\nDie Einstellungen sind in der README unter „Configuration“ beschrieben.',
  )
  process.exit(1)
}

/**
 * Sets variables for this process and the processes it starts (scripts switch
 * off jobs and builds for themselves; `npm start` fixes the addresses).
 */
export function setEnv(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values))
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
}

/** The environment for a child process: this one's, with `overrides` (undefined removes a variable). */
export function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const [name, value] of Object.entries(overrides))
    if (value === undefined) delete env[name]
    else env[name] = value
  return env
}

// Values derived from several variables: their defaults are written here only.

/** Folder for the database file, uploads, snapshots and releases (absolute). */
export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ settings.LOTSE_DATA_DIR)
}

/** The database URL; the embedded SQLite file in the data folder by default. */
export function databaseUrl(): string {
  return settings.DATABASE_URL ?? `file:${path.join(dataDir(), 'lotse.db')}`
}

/** The public site's address: SITE_URL, else the local static server of `npm start`. */
export function publicSiteUrl(): string {
  return settings.SITE_URL ?? `http://localhost:${settings.SITE_PORT}`
}

/** The CMS's address as the site's forms and the booking pages use it: CMS_URL, else the local CMS server. */
export function publicCmsUrl(): string {
  return settings.CMS_URL ?? `http://localhost:${settings.PORT}`
}

/** The repository's root: LOTSE_ROOT (set by `npm start`), else the cwd, or its parent when that is cms/. */
export function repositoryRoot(): string {
  if (settings.LOTSE_ROOT) return path.resolve(settings.LOTSE_ROOT)
  const cwd = /* turbopackIgnore: true */ process.cwd()
  return path.basename(cwd) === 'cms' ? path.dirname(cwd) : cwd
}

/**
 * PAYLOAD_SECRET, or a secret generated once into the data folder so that the
 * embedded default works without configuration. A shared database (PostgreSQL,
 * MongoDB) must be given an explicit secret, or sessions would differ per host.
 */
export function payloadSecret(): string {
  if (settings.PAYLOAD_SECRET) return settings.PAYLOAD_SECRET
  if (!databaseUrl().startsWith('file:')) throw new ConfigError(SECRET_MISSING)
  const file = path.join(dataDir(), 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir(), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret + '\n', { mode: 0o600 })
  return secret
}

/** The sender of e-mails: MAIL_FROM, else "Lotse" at noreply@ the CMS's host. */
export function mailFrom(): { name: string; address: string } {
  const match = settings.MAIL_FROM ? MAILBOX.exec(settings.MAIL_FROM) : null
  if (match) return { name: match[1]?.trim() || 'Lotse', address: match[2] ?? match[3]! }
  return { name: 'Lotse', address: `noreply@${new URL(publicCmsUrl()).hostname}` }
}
