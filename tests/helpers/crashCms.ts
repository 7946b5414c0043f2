/**
 * A CMS process for the crash test (tests/integration/crashSafety.ts), run
 * with `node --import tsx`: Payload with the project's config, the REST API
 * over HTTP with the handler the Next.js route uses, and the publish runner
 * of the server (plugins/publishing/runner.ts) with its lock, queue and
 * restart behaviour. Only the build itself is a quick stand-in for Astro: it
 * exports the real snapshot, writes one page per service into a staging
 * folder one by one, renames it and switches `current` with the real
 * functions, as buildRelease does, in about a second instead of minutes.
 *
 * Prints `READY <port>` once it serves. Environment as for the CMS, plus
 * CRASH_PORT (0: any free port).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { getPayload } from 'payload'
import configPromise from '../../cms/payload.config.ts'
import { exportSnapshot } from '../../cms/export/export.ts'
import type { BuildOptions, Release } from '../../plugins/publishing/build.ts'
import {
  newReleaseId,
  pruneReleases,
  releasesDir,
  removeInterruptedBuilds,
  stagingDir,
  switchCurrent,
} from '../../plugins/publishing/releases.ts'
import { pipelineRunner } from '../../plugins/publishing/runner.ts'
import { payloadHttpServer } from './payloadHttp.ts'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function quickBuild({ payload, dataDir }: BuildOptions): Promise<Release> {
  await mkdir(releasesDir(dataDir), { recursive: true })
  await removeInterruptedBuilds(dataDir)
  const id = newReleaseId()
  const staging = stagingDir(dataDir, id)
  await exportSnapshot(payload, path.join(staging, 'data'))
  const { readFile } = await import('node:fs/promises')
  const services = JSON.parse(await readFile(path.join(staging, 'data', 'service.json'), 'utf8')) as {
    slug: string
    name: string
    teaser: string
  }[]
  const files = ['data/service.json']
  for (const service of services) {
    const file = path.join('leistungen', service.slug, 'index.html')
    await mkdir(path.join(staging, path.dirname(file)), { recursive: true })
    await writeFile(path.join(staging, file), `<h1>${service.name}</h1>\n<p>${service.teaser}</p>\n`)
    files.push(file)
    await sleep(10)
  }
  // Written last: the list of what a complete release holds.
  await writeFile(path.join(staging, 'release.json'), JSON.stringify({ id, files }))
  await rename(staging, path.join(releasesDir(dataDir), id))
  await switchCurrent(dataDir, id)
  await pruneReleases(dataDir, 5)
  return { id, dir: path.join(releasesDir(dataDir), id), pages: services.length, steps: [] }
}

const config = await configPromise
const payload = await getPayload({ config })
// The server's runner (LOTSE_PUBLISH=off kept the default one from building with Astro), picking up what is queued.
pipelineRunner(payload, {
  build: quickBuild,
  autoBuild: true,
  debounceMs: 20,
  maxWaitMs: 100,
  pollMs: 100,
  log: (line) => console.log(`publish: ${line}`),
}).schedule(undefined, 0)

const server = payloadHttpServer(config)
server.listen(Number(process.env.CRASH_PORT ?? 0), '127.0.0.1', () => {
  console.log(`READY ${(server.address() as AddressInfo).port}`)
})
