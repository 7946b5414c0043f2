/**
 * `npm run build:site [-- --a11y=full|changed|off]`: runs the publish pipeline
 * once through the runner (export → Astro build → syndication → Pagefind →
 * accessibility gate → link check → switch `current`), under the database
 * lock and with a record in "Veröffentlichungen", and prints the release id
 * and folder. `--a11y=full` checks every page instead of the changed ones plus
 * one per template. Exits with 1 and the German error when the build fails.
 */
import path from 'node:path'
import { dataDir } from '../config.ts'
import { PipelineRunner, releasesDir, type A11yMode } from '../plugins/publishing/index.ts'
import { closePayload, loadPayload } from './payload.ts'

const modes: A11yMode[] = ['changed', 'full', 'off']
const arg = process.argv.find((a) => a.startsWith('--a11y='))?.slice('--a11y='.length)
if (arg !== undefined && !modes.includes(arg as A11yMode)) {
  console.error(`Unbekannter Wert „${arg}“ für --a11y: erlaubt sind ${modes.join(', ')}.`)
  process.exit(2)
}
const a11y = (arg as A11yMode | undefined) ?? 'changed'

const root = path.resolve(import.meta.dirname, '..')
const payload = await loadPayload()
let exitCode = 0
try {
  const runner = new PipelineRunner(payload, {
    dataDir: dataDir(),
    root,
    autoBuild: true,
    debounceMs: 0,
    a11y,
    // Warnings are printed once at the end, from the record.
    log: (line) => line.startsWith('warning: ') || console.log(`build:site: ${line}`),
  })
  const id = await runner.request({ trigger: 'Kommandozeile (npm run build:site)', a11y })
  await runner.idle()
  const record = await runner.outcome(id)
  await runner.close()
  for (const warning of record.warnings ?? []) console.warn(`Warnung: ${warning.message}`)
  if (record.status === 'failed') {
    console.error(record.error)
    const findings = (record.findings ?? []) as Array<{
      page: string
      issues: Array<{ code: string; message: string; selector: string }>
    }>
    for (const { page, issues } of findings)
      for (const issue of issues) console.error(`  ${page}: ${issue.message} (${issue.code}; ${issue.selector})`)
    exitCode = 1
  } else {
    console.log(`release ${record.releaseId}`)
    console.log(`folder  ${path.join(releasesDir(dataDir()), record.releaseId ?? '')}`)
    console.log(`pages   ${record.pages}`)
    if (record.pagesChecked != null) console.log(`checked ${record.pagesChecked} (accessibility, ${a11y})`)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  await closePayload(payload)
}
process.exit(exitCode)
