import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { currentRelease, switchCurrent } from '../releases.ts'
import { serveCurrent } from '../serve.ts'

let dataDir: string
const ids = ['20260101T000000Z-aaaa', '20260102T000000Z-bbbb']

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'lotse-switch-'))
  for (const id of ids) {
    // Pages large enough that reads overlap the switches.
    const body = (page: string) => `<!doctype html><title>${page}</title>\n` + `<p>release ${id} </p>\n`.repeat(8000)
    await mkdir(path.join(dataDir, 'releases', id, 'seite'), { recursive: true })
    await writeFile(path.join(dataDir, 'releases', id, 'index.html'), body('start'))
    await writeFile(path.join(dataDir, 'releases', id, 'seite', 'index.html'), body('seite'))
  }
  await switchCurrent(dataDir, ids[0])
})
afterAll(async () => rm(dataDir, { recursive: true, force: true }))

it('serves every request entirely from the old or the new release while `current` is switched 10 times', async () => {
  const server = serveCurrent(dataDir).listen(0)
  await new Promise((r) => server.once('listening', r))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  let switching = true
  const failures: string[] = []
  const seen = new Set<string>()
  let requests = 0
  const client = async () => {
    while (switching) {
      for (const page of ['/', '/seite/']) {
        requests++
        try {
          const response = await fetch(base + page)
          const body = await response.text()
          const header = response.headers.get('x-lotse-release') ?? ''
          const markers = new Set(body.match(/release \S+/g)?.map((m) => m.slice('release '.length)))
          if (response.status !== 200) failures.push(`${page}: status ${response.status}`)
          else if (!ids.includes(header)) failures.push(`${page}: header ${header}`)
          else if (markers.size !== 1 || !markers.has(header))
            failures.push(`${page}: header ${header}, body from ${[...markers].join(' + ')}`)
          else seen.add(header)
        } catch (error) {
          failures.push(`${page}: ${error}`)
        }
      }
    }
  }
  const clients = Array.from({ length: 4 }, client)
  try {
    for (let i = 1; i <= 10; i++) {
      await new Promise((r) => setTimeout(r, 40))
      await switchCurrent(dataDir, ids[i % 2])
    }
    await new Promise((r) => setTimeout(r, 40))
  } finally {
    switching = false
    await Promise.all(clients)
    server.close()
  }
  expect(failures).toEqual([])
  expect(requests).toBeGreaterThan(20)
  expect(seen).toEqual(new Set(ids))
  expect(await currentRelease(dataDir)).toBe(ids[0])
})
