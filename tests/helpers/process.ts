import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export interface Started {
  child: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

/** Starts a command in its own process group, so stopping it ends its children too. */
export function startProcess(
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
  cwd: string,
): Started {
  const child = spawn(command, args, {
    cwd,
    // A variable given as undefined is left out of the child's environment.
    env: Object.fromEntries(
      Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined),
    ) as NodeJS.ProcessEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (d) => (out += d))
  child.stderr?.on('data', (d) => (out += d))
  return {
    child,
    output: () => out,
    stop: async () => {
      if (child.exitCode !== null || child.pid === undefined) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        return
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL')
        } catch {
          // already gone
        }
      }, 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Polls a URL until it answers with the expected status, or fails with the process output. */
export async function waitForUrl(url: string, started: Started, timeoutMs: number, status = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null)
      throw new Error(`process exited (${started.child.exitCode}):\n${started.output().slice(-4000)}`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status === status) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms:\n${started.output().slice(-4000)}`)
}
