import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Waits until no other test file of this run holds `name`, then holds it
 * until `release()` or the end of this process (a file whose process ended
 * without releasing does not block the others). For test files that share
 * something that cannot be used twice at once (the shared `npm start` stack:
 * its publishes, its rate limits), while every other file runs beside them.
 */
export async function exclusive(name: string): Promise<() => void> {
  const lock = path.join(process.env.LOTSE_TEST_TMPDIR ?? tmpdir(), `lotse-lock-${name}`)
  for (;;) {
    try {
      mkdirSync(lock)
      writeFileSync(path.join(lock, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      let holder = NaN
      try {
        holder = Number(readFileSync(path.join(lock, 'pid'), 'utf8'))
      } catch {
        // Just made, its pid not yet written: wait.
      }
      if (Number.isInteger(holder) && holder > 0 && !alive(holder)) rmSync(lock, { recursive: true, force: true })
      else await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  let held = true
  const release = () => {
    if (!held) return
    held = false
    rmSync(lock, { recursive: true, force: true })
  }
  process.once('exit', release)
  return release
}
