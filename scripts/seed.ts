/**
 * `npm run seed`: fills an empty database with the demo content and prints
 * the demo logins. Refuses to touch a database that already has content.
 */
import { isEmpty, seedDemoContent } from '../cms/seed/index.ts'
import { printLogins, saveLogins } from './logins.ts'
import { closePayload, loadPayload } from './payload.ts'

const payload = await loadPayload()
try {
  if (!(await isEmpty(payload))) {
    console.error('The database already has content; the demo content is only seeded into an empty database.')
    process.exitCode = 1
  } else {
    const started = Date.now()
    const logins = await seedDemoContent(payload, (line) => console.log(`seed: ${line}`))
    saveLogins(logins)
    console.log(`seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    printLogins(logins)
  }
} finally {
  await closePayload(payload)
}
process.exit(process.exitCode ?? 0)
