/**
 * Global setup of the end-to-end tests: starts ONE `npm start` stack for the
 * whole run (demo content seeded, first release built and served, admin built
 * and served by Next.js) and, as soon as its first release is live, serves
 * that release folder on a port of its own for the tests of the static site,
 * so later publishes by the admin tests do not change what they read. Tests
 * read the addresses with `inject('siteUrl')`, `inject('siteDir')` and
 * `inject('stack')` (through `sharedStack()`, which waits for the admin).
 */
import { realpathSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { currentRelease, currentLink } from '../../plugins/publishing/releases.ts'
import { serveFolder } from '../../plugins/publishing/serve.ts'
import { launchStack } from '../helpers/stack.ts'
import { missing } from '../helpers/requirements.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    siteDir: string
  }
}

export async function setup(project: TestProject) {
  const problems = missing(['chromium'])
  if (problems.length) throw new Error(`The browser tests cannot run: ${problems.join('; ')}`)
  const started = Date.now()
  const stack = await launchStack()
  const exitFile = path.join(stack.dataDir, 'stack.exit')
  stack.process.child.on('exit', (code) => writeFileSync(exitFile, String(code)))
  let server: Server | undefined
  const teardown = async () => {
    await stack.process.stop()
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
    rmSync(stack.dataDir, { recursive: true, force: true })
  }
  try {
    // The first release is built before the admin: wait for it, not for Next.js.
    while ((await currentRelease(stack.dataDir)) === null) {
      if (stack.process.child.exitCode !== null)
        throw new Error(`npm start exited (${stack.process.child.exitCode}):\n${stack.process.output().slice(-4000)}`)
      if (Date.now() - started > 10 * 60_000)
        throw new Error(`npm start built no release within 10 minutes:\n${stack.process.output().slice(-4000)}`)
      await new Promise((r) => setTimeout(r, 500))
    }
    const siteDir = realpathSync(currentLink(stack.dataDir))
    server = serveFolder(siteDir)
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    console.log(
      `e2e: demo release ${path.basename(siteDir)} live ${Math.round((Date.now() - started) / 1000)} s after npm start; the admin is still being built`,
    )
    project.provide('siteUrl', `http://127.0.0.1:${port}`)
    project.provide('siteDir', siteDir)
    const { process: _process, ...info } = stack
    project.provide('stack', info)
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
