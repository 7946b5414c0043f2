/**
 * `npm run restore -- FILE`: brings a backup (npm run backup) back into an
 * empty data folder (LOTSE_DATA_DIR) and, for PostgreSQL, an empty database
 * (DATABASE_URL). Then `npm start` serves it (and builds the site again).
 *
 * Exit codes: 0 restored; 1 failed; 2 wrong arguments.
 */
import { parseArgs } from 'node:util'
import { BackupError, restoreBackup } from '../cms/lib/backup.ts'
import { dataDir, databaseUrl } from '../config.ts'

const usage = [
  'Aufruf: npm run restore -- DATEI',
  '  Stellt eine Sicherung in einem leeren Datenordner (LOTSE_DATA_DIR) wieder her.',
  'Usage:  npm run restore -- FILE',
  '  Restores a backup into an empty data folder (LOTSE_DATA_DIR).',
].join('\n')

let file: string | undefined
try {
  const { values, positionals } = parseArgs({
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  })
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  file = positionals[0]
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n\n${usage}`)
  process.exit(2)
}
if (!file) {
  console.error(`Bitte geben Sie die Sicherungsdatei an / the backup file is required.\n\n${usage}`)
  process.exit(2)
}

try {
  const manifest = await restoreBackup({ file, dataDir: dataDir(), databaseUrl: databaseUrl() })
  console.log(
    `Wiederhergestellt / restored: ${manifest.database}, ${manifest.files.length} Dateien / files, Sicherung vom / backup of ${manifest.createdAt}`,
  )
  process.exit(0)
} catch (error) {
  console.error(
    'Wiederherstellung fehlgeschlagen / restore failed:',
    error instanceof BackupError ? error.message : error instanceof Error ? (error.stack ?? error.message) : error,
  )
  process.exit(1)
}
