/**
 * `npm run release:rollback`: switches the live site (`current`) back to the
 * previous successful release still on disk and records it in
 * "Veröffentlichungen". Waits while a build is running.
 */
import { dataDir } from '../config.ts'
import { PipelineRunner } from '../plugins/publishing/index.ts'
import { closePayload, loadPayload } from './payload.ts'

const payload = await loadPayload()
let exitCode = 0
try {
  const runner = new PipelineRunner(payload, {
    dataDir: dataDir(),
    autoBuild: false,
    log: (l) => console.log(`rollback: ${l}`),
  })
  const id = await runner.rollback()
  console.log(`release ${id} is live again`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  await closePayload(payload)
}
process.exit(exitCode)
