import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { dataDir } from '../config.ts'
import type { DemoLogin } from '../cms/seed/index.ts'

const file = () => path.join(dataDir(), 'demo-logins.json')

/** The generated demo passwords are kept (readable by the owner only) so later starts can print them again. */
export function saveLogins(logins: DemoLogin[]): void {
  writeFileSync(file(), JSON.stringify(logins, null, 2) + '\n', { mode: 0o600 })
}

export function loadLogins(): DemoLogin[] {
  return existsSync(file()) ? (JSON.parse(readFileSync(file(), 'utf8')) as DemoLogin[]) : []
}

export function printLogins(logins: DemoLogin[]): void {
  if (logins.length === 0) return
  // Relative when the file lies below the working directory (data/demo-logins.json), else the whole path.
  const relative = path.relative(process.cwd(), file())
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? file() : relative
  console.log('\nDemo logins (also in ' + shown + '):')
  for (const l of logins) {
    const scope = l.departments.length ? l.departments.join(', ') : 'alle'
    console.log(`  ${l.role.padEnd(12)} ${l.email.padEnd(48)} ${l.password}   (${scope})`)
  }
  console.log('')
}
