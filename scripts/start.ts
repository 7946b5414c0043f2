/**
 * `npm start`: prepares the database (schema, demo content on first start),
 * builds the first release of the public site when there is none, prints the
 * demo logins, runs the CMS (admin and API, scripts/cms-server.ts) on port 3000 and serves the live
 * release on port 4321. `--dev` runs Next.js in development mode instead of
 * building the admin.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { databaseKind } from '../cms/lib/database.ts'
import {
  childEnv,
  dataDir,
  databaseUrl,
  exitOnInvalidConfig,
  publicCmsUrl,
  publicSiteUrl,
  setEnv,
  settings,
} from '../config.ts'
import { isEmpty, seedDemoContent } from '../cms/seed/index.ts'
import { backfillFirstPublished, currentRelease, PipelineRunner, serveCurrent } from '../plugins/publishing/index.ts'
import { loadLogins, printLogins, saveLogins } from './logins.ts'
import { closePayload, loadPayload } from './payload.ts'

// A bad setting stops the start here, with one message naming the variable (config.ts).
exitOnInvalidConfig()
const root = path.resolve(import.meta.dirname, '..')
// The CMS server gets the environment `npm start` was given, not the one the
// preparation below runs in: loadPayload() switches off jobs and builds for
// this process (scripts/payload.ts), and the server must run both (scheduled
// publications are jobs).
const serverEnv = childEnv()
const dev = process.argv.includes('--dev')
const port = String(settings.PORT)
const sitePort = settings.SITE_PORT
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
// Where the site and the CMS are reached: the site's forms post to CMS_URL, the
// CMS accepts widget requests from SITE_URL only (the static build and the
// Next server both read them).
setEnv({ SITE_URL: publicSiteUrl(), CMS_URL: publicCmsUrl() })

// Schema push (SQLite) or migrations (PostgreSQL, MongoDB: cms/lib/migrations.ts) and seeding run here,
// in development mode, before the server starts.
const payload = await loadPayload()
// The pushed SQLite database gets what a migration would have filled in (plugins/publishing/firstPublished.ts).
if (databaseKind(databaseUrl()) === 'sqlite') await backfillFirstPublished(payload)
if (await isEmpty(payload)) {
  console.log('Empty database: seeding the demo content …')
  const logins = await seedDemoContent(payload, (line) => console.log(`  seed: ${line}`))
  saveLogins(logins)
}
if ((await currentRelease(dataDir())) === null) {
  console.log('No release of the public site yet: building it …')
  const runner = new PipelineRunner(payload, {
    dataDir: dataDir(),
    root,
    autoBuild: true,
    debounceMs: 0,
    log: (line) => console.log(`  site: ${line}`),
  })
  await runner.request({ trigger: 'Start' })
  await runner.idle()
  await runner.close()
  if ((await currentRelease(dataDir())) === null)
    console.error(
      '  site: the first release could not be built (the cause is above); the CMS starts anyway, and the site is built again on the next publish or start.',
    )
}
await closePayload(payload)
printLogins(loadLogins())

const site = serveCurrent(dataDir(), { siteUrl: publicSiteUrl })
site.listen(sitePort, () => console.log(`Public site: http://localhost:${sitePort}/`))

const env: NodeJS.ProcessEnv = {
  ...serverEnv,
  // Payload is loaded by Node.js, not bundled (cms/next.config.mjs), so it reads NODE_ENV at run time:
  // `next start` keeps a NODE_ENV it is given (a test runner's "test"), which would make Payload push the schema.
  NODE_ENV: dev ? 'development' : ('production' as const),
  SITE_URL: publicSiteUrl(),
  CMS_URL: publicCmsUrl(),
  NEXT_TELEMETRY_DISABLED: '1',
  LOTSE_DATA_DIR: dataDir(),
  // The CMS process builds the site on every publish (plugins/publishing/runner.ts).
  LOTSE_ROOT: root,
  LOTSE_PUBLISH: 'on',
}
let buildFailed = 0
if (!dev)
  await withBuildLock(async () => {
    if (!needsBuild()) return
    console.log('Building the admin (first start or changed sources; this takes a few minutes) …')
    // Not spawnSync: the public site is served meanwhile.
    const build = spawn(process.execPath, [nextBin, 'build', 'cms'], {
      stdio: 'inherit',
      env: { ...env, NODE_ENV: 'production' },
    })
    const code = await new Promise<number | null>((resolve) => build.on('exit', resolve))
    if (code !== 0) {
      buildFailed = code ?? 1
      console.error(`The admin build failed (next build, exit ${code}); its output above says why.`)
    }
  })
if (buildFailed) {
  site.close()
  process.exit(buildFailed)
}
console.log(`CMS: http://localhost:${port}/admin`)
// Next.js behind Lotse's server (scripts/cms-server.ts): forwarding headers and body limits.
const serverArgs = ['--import', 'tsx', path.join(root, 'scripts', 'cms-server.ts'), ...(dev ? ['--dev'] : [])]
const server = spawn(process.execPath, serverArgs, { stdio: 'inherit', env: { ...env, PORT: port } })
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    site.close()
    server.kill(signal)
  })
server.on('exit', (code) => process.exit(code ?? 0))

/**
 * Two `npm start` in one checkout (or parallel tests) must not build cms/.next
 * at once: a lock folder, taken with an atomic mkdir, keeps them apart; one
 * older than 20 minutes is left over from a crash.
 */
async function withBuildLock(run: () => Promise<void>): Promise<void> {
  const lock = path.join(root, 'cms', '.next-build.lock')
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > 20 * 60_000) rmSync(lock, { recursive: true, force: true })
      else await new Promise((r) => setTimeout(r, 2000))
    }
  }
  try {
    await run()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

/**
 * A build is needed when there is none or a source file is newer than it.
 * Files only: folders change when the build lock inside cms/ is removed, and
 * a second `npm start` would rebuild under a running server (whose external
 * modules then vanish). The type checker's incremental state is no source.
 */
function needsBuild(): boolean {
  const buildId = path.join(root, 'cms', '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return true
  const built = statSync(buildId).mtimeMs
  const newer = spawnSync(
    'find',
    [
      'cms',
      'content-models',
      'plugins',
      'packages',
      'config.ts',
      'package-lock.json',
      '-type',
      'f',
      '-newer',
      buildId,
      '-not',
      '-path',
      'cms/.next/*',
      '-not',
      '-name',
      '*.tsbuildinfo',
      '-print',
      '-quit',
    ],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
  return newer.stdout.trim() !== '' || built === 0
}
