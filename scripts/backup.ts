/**
 * `npm run backup -- --out FILE`: writes a backup of the database and the
 * uploaded files (cms/lib/backup.ts) while the CMS may be running.
 *
 * Exit codes: 0 written; 1 failed (nothing written); 2 wrong arguments.
 */
import { parseArgs } from 'node:util'
import { BackupError, createBackup } from '../cms/lib/backup.ts'
import { dataDir, databaseUrl, setEnv } from '../config.ts'

const usage = [
  'Aufruf: npm run backup -- --out DATEI',
  '  Sichert Datenbank und hochgeladene Dateien in DATEI (tar.gz), auch während das CMS läuft.',
  'Usage:  npm run backup -- --out FILE',
  '  Backs up the database and the uploaded files to FILE (tar.gz), also while the CMS runs.',
].join('\n')

let out: string | undefined
try {
  const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  out = values.out
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n\n${usage}`)
  process.exit(2)
}
if (!out) {
  console.error(`Bitte geben Sie --out an / --out is required.\n\n${usage}`)
  process.exit(2)
}

setEnv({ LOTSE_JOBS: 'off' })
const { default: configPromise } = await import('../cms/payload.config.ts')
try {
  const started = Date.now()
  const { file, manifest } = await createBackup({
    out,
    dataDir: dataDir(),
    databaseUrl: databaseUrl(),
    config: await configPromise,
  })
  console.log(
    `Sicherung geschrieben / backup written: ${file} (${manifest.database}, ${manifest.files.length} Dateien / files, ${Math.round((Date.now() - started) / 100) / 10} s)`,
  )
  process.exit(0)
} catch (error) {
  console.error(
    'Sicherung fehlgeschlagen / backup failed:',
    error instanceof BackupError ? error.message : error instanceof Error ? (error.stack ?? error.message) : error,
  )
  process.exit(1)
}
