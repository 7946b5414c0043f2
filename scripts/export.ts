/**
 * `npm run export -- --out DIR` writes the published snapshot to DIR.
 *
 * Exit codes: 0 written; 1 published content is invalid (every problem is
 * printed, nothing is written) or another error; 2 wrong arguments.
 */
import { parseArgs } from 'node:util'
import { exportSnapshot, SnapshotValidationError } from '../cms/export/export.ts'
import { closePayload, loadPayload } from './payload.ts'

const usage = [
  'Aufruf: npm run export -- --out VERZEICHNIS',
  '  Schreibt alle veröffentlichten Inhalte als Snapshot (JSON) in VERZEICHNIS.',
  'Usage:  npm run export -- --out DIR',
  '  Writes all published content as a snapshot (JSON) to DIR.',
].join('\n')

function parse(argv: string[]): { out: string } | { help: true } | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    })
    if (values.help) return { help: true }
    if (positionals.length > 0) return { error: `Unerwartetes Argument / unexpected argument: ${positionals[0]}` }
    if (!values.out) return { error: 'Bitte geben Sie --out an / --out is required.' }
    return { out: values.out }
  } catch (error) {
    return {
      error: `Ungültige Argumente / invalid arguments: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
}

const args = parse(process.argv.slice(2))
if ('help' in args) {
  console.log(usage)
  process.exit(0)
}
if ('error' in args) {
  console.error(`${args.error}\n\n${usage}`)
  process.exit(2)
}

let exitCode = 0
// loadPayload sets LOTSE_JOBS=off before it imports cms/payload.config.ts, then calls getPayload({ config }).
const payload = await loadPayload()
try {
  const { counts, dir } = await exportSnapshot(payload, args.out)
  console.log(`Snapshot geschrieben / snapshot written: ${dir}`)
  for (const [type, count] of Object.entries(counts)) console.log(`  ${type.padEnd(18)} ${count}`)
} catch (error) {
  if (error instanceof SnapshotValidationError) console.error(error.message)
  else
    console.error(
      'Export fehlgeschlagen / export failed:',
      error instanceof Error ? (error.stack ?? error.message) : error,
    )
  exitCode = 1
} finally {
  await closePayload(payload).catch(() => undefined)
}
process.exit(exitCode)
