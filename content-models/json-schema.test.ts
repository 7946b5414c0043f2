import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkJsonSchemas, generateJsonSchemas, jsonSchemaDir } from './json-schema.ts'
import { publicTypes } from './schemas/index.ts'

describe('JSON Schema files', () => {
  it('are up to date with the zod schemas (run `npm run generate:schemas` if not)', async () => {
    expect(await checkJsonSchemas()).toEqual([])
  })

  it('exist for every public type and the manifest, as draft 2020-12 with an $id', async () => {
    const names = [...generateJsonSchemas().keys()].sort()
    expect(names).toEqual([...publicTypes.map((type) => `${type}.schema.json`), 'manifest.schema.json'].sort())
    for (const name of names) {
      const schema = JSON.parse(await readFile(path.join(jsonSchemaDir, name), 'utf8'))
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
      expect(schema.$id).toBe(`https://lotse.example/schema/v1/${name}`)
      expect(schema).toMatchObject({ type: 'object', additionalProperties: false })
      expect(schema.title).toEqual(expect.any(String))
    }
  })

  it('reports a changed, missing or extra file', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const dir = await mkdtemp(path.join(tmpdir(), 'lotse-schema-'))
    try {
      const files = generateJsonSchemas()
      for (const [name, content] of files) await writeFile(path.join(dir, name), content)
      expect(await checkJsonSchemas(dir)).toEqual([])
      await writeFile(path.join(dir, 'service.schema.json'), '{}\n')
      await rm(path.join(dir, 'region.schema.json'))
      await writeFile(path.join(dir, 'old.schema.json'), '{}\n')
      expect((await checkJsonSchemas(dir)).sort()).toEqual([
        'old.schema.json: not generated any more',
        'region.schema.json: missing',
        'service.schema.json: out of date',
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
