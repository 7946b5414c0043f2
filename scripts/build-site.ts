/**
 * `npm run build:site`: runs the publish pipeline once (export → Astro build →
 * Pagefind → switch `current`) and prints the release id and folder.
 */
import path from 'node:path'
import { dataDir } from '../cms/lib/env.ts'
import { buildRelease } from '../plugins/publish-pipeline/build.ts'
import { closePayload, loadPayload } from './payload.ts'

const root = path.resolve(import.meta.dirname, '..')
const payload = await loadPayload()
let exitCode = 0
try {
  const release = await buildRelease({
    payload,
    dataDir: dataDir(),
    root,
    log: (line) => console.log(`build:site: ${line}`),
  })
  console.log(`release ${release.id}`)
  console.log(`folder  ${release.dir}`)
  console.log(`pages   ${release.pages}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  await closePayload(payload)
}
process.exit(exitCode)
