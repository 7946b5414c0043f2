import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'lotse-types-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/**
 * `cms/payload-types.ts` is what `npm run generate:types` makes of the config
 * today (Payload no longer regenerates it at every start: the config sets
 * `typescript.autoGenerate: false`).
 */
it('the committed Payload types are generated from the current config', async () => {
  process.env.LOTSE_DATA_DIR = work
  process.env.DATABASE_URL = `file:${path.join(work, 'lotse.db')}`
  process.env.PAYLOAD_SECRET = 'types-test'
  const output = path.join(work, 'payload-types.ts')
  process.env.PAYLOAD_TS_OUTPUT_PATH = output
  const [{ generateTypes }, { default: configPromise }] = await Promise.all([
    import('payload/node'),
    import('../../cms/payload.config.ts'),
  ])
  await generateTypes(await configPromise, { log: false })
  expect(readFileSync(output, 'utf8')).toBe(readFileSync(path.join(root, 'cms/payload-types.ts'), 'utf8'))
}, 60_000)
