import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildRenderer, pruneRenderers, rendererCache } from '../renderer.ts'

const DAY_S = 24 * 60 * 60

describe('the cache of renderer builds', () => {
  let root: string
  const build = (name: string) => path.join(rendererCache(root), name)

  async function fakeBuild(name: string, ageSeconds: number) {
    await mkdir(path.join(build(name), 'server'), { recursive: true })
    await writeFile(path.join(build(name), 'server', 'entry.mjs'), '')
    const when = Date.now() / 1000 - ageSeconds
    await utimes(build(name), when, when)
  }

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'lotse-renderer-cache-'))
  })
  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('keeps a build another process used lately (its render worker loads chunks from it lazily)', async () => {
    // Two processes on one checkout with different SITE_URLs (a test stack and a script) have different
    // code hashes; the one that finished a release deleted the other's renderer under its running worker
    // ("Cannot find module …/server/chunks/…", the page answered 500 and the release failed).
    await fakeBuild('mine', 0)
    await fakeBuild('theirs', 60)
    await fakeBuild('old', 2 * DAY_S)
    await fakeBuild('.build-running', 60)
    await fakeBuild('.build-crashed', 2 * DAY_S)
    await pruneRenderers(root, 'mine')
    expect(existsSync(build('mine'))).toBe(true)
    expect(existsSync(build('theirs'))).toBe(true)
    expect(existsSync(build('.build-running'))).toBe(true)
    expect(existsSync(build('old'))).toBe(false)
    expect(existsSync(build('.build-crashed'))).toBe(false)
  })

  it('marks a build as used when a release takes it from the cache', async () => {
    await fakeBuild('abc', 2 * DAY_S)
    expect(await buildRenderer(root, 'abc')).toBe(build('abc'))
    expect(Date.now() - (await stat(build('abc'))).mtimeMs).toBeLessThan(60_000)
    await pruneRenderers(root, 'other')
    expect(existsSync(build('abc'))).toBe(true)
  })
})
