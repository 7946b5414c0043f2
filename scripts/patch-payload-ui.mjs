/**
 * `npm install` runs this after installing (package.json "postinstall"): two
 * German fixes to the admin bundle of @payloadcms/ui that no setting of
 * Payload 3.90 reaches.
 *
 * 1. "Veröffentlichung planen": the drawer's date input gets the collection's
 *    `schedulePublish.displayFormat` and `overrides` (cms/fields/germanDates.ts
 *    sets "dd.MM.yyyy HH:mm" and the "Heute" button). Payload hands the
 *    drawer's picker no format, so it showed "Dec 4, 2026 6:40 PM" and read a
 *    typed "04.12.2026 10:30" as 12 April.
 * 2. The dialog "Dokument wird bearbeitet" shows the time of the other
 *    person's last change as "04.12.2026, 18:40" in Berlin time, not in US
 *    English ("Dec 4, 2026, 6:40 PM"), which Payload's code fixes there.
 *
 * Written by hand, not with patch-package: the bundle is minified into lines of
 * 190,000 characters, so a line-based patch would be 700 KB for two edits. Each
 * edit must match exactly once; if a Payload update changes the code, install
 * fails here with the edit's name, to be checked against the new version
 * (tests/e2e/german-dates.e2e.test.ts shows both in the browser).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const edits = [
  {
    name: 'schedule drawer: display format and texts of the date picker',
    from: 'pickerAppearance:"dayAndTime",readOnly:F,timeFormat:o?.timeFormat,',
    to: 'pickerAppearance:"dayAndTime",readOnly:F,displayFormat:o?.displayFormat,overrides:o?.overrides,timeFormat:o?.timeFormat,',
  },
  {
    name: 'lock dialog: the time of the last change in German, Berlin time',
    from: 'new Intl.DateTimeFormat("en-US",{day:"numeric",hour:"numeric",hour12:!0,minute:"numeric",month:"short",year:"numeric"})',
    to: 'new Intl.DateTimeFormat("de-DE",{day:"2-digit",hour:"2-digit",minute:"2-digit",month:"2-digit",year:"numeric",timeZone:"Europe/Berlin"})',
  },
]

// npm installs @payloadcms/ui at the top of node_modules (a dependency of the project's Payload packages).
const file = path.join(
  fileURLToPath(new URL('..', import.meta.url)),
  'node_modules/@payloadcms/ui/dist/exports/client/index.js',
)
if (!existsSync(file)) {
  console.error(`scripts/patch-payload-ui.mjs: ${file} is missing; was @payloadcms/ui moved or not installed?`)
  process.exit(1)
}
let code = readFileSync(file, 'utf8')
let changed = false
for (const edit of edits) {
  if (code.includes(edit.to)) continue // applied by an earlier install
  const found = code.split(edit.from).length - 1
  if (found !== 1) {
    console.error(
      `scripts/patch-payload-ui.mjs: "${edit.name}" expected its code once in ${file}, found it ${found} times. ` +
        'Payload was updated: check whether the fix is still needed and adapt the edit.',
    )
    process.exit(1)
  }
  code = code.replace(edit.from, edit.to)
  changed = true
}
if (changed) writeFileSync(file, code)
