/**
 * JSON Schema (draft 2020-12) of the public shape, generated from the zod
 * schemas: one file per type describing one item, plus the manifest. The
 * files live in content-models/json-schema/ and are committed; `--check`
 * (scripts/generate-schemas.ts) fails when they are out of date.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { manifestSchema, publicTypes, schemas, SCHEMA_VERSION } from './schemas/index.ts'

/** Where the generated files are kept. */
export const jsonSchemaDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'json-schema')

/** Base of the schema ids, e.g. https://lotse.example/schema/v1/service.schema.json. */
export const schemaIdBase = `https://lotse.example/schema/v${SCHEMA_VERSION}/`

/** The JSON Schema of one zod schema, with $id first after $schema. */
export function toJsonSchema(schema: z.ZodType, fileName: string): Record<string, unknown> {
  // io 'output': the snapshot holds parsed items, so fields with defaults are always present (required).
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
  })
  return { $schema, $id: `${schemaIdBase}${fileName}`, ...rest }
}

/** File name → file content for every generated schema. */
export function generateJsonSchemas(): Map<string, string> {
  const files = new Map<string, string>()
  const add = (name: string, schema: z.ZodType) => {
    const fileName = `${name}.schema.json`
    files.set(fileName, JSON.stringify(toJsonSchema(schema, fileName), null, 2) + '\n')
  }
  for (const type of publicTypes) add(type, schemas[type])
  add('manifest', manifestSchema)
  return files
}

/** Writes the schema files; returns the names of the files that changed. */
export async function writeJsonSchemas(dir: string = jsonSchemaDir): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const changed: string[] = []
  for (const [name, content] of generateJsonSchemas()) {
    const current = await readFile(path.join(dir, name), 'utf8').catch(() => null)
    if (current === content) continue
    await writeFile(path.join(dir, name), content)
    changed.push(name)
  }
  return changed
}

/** Compares the committed files with freshly generated ones; returns a description per difference (empty: up to date). */
export async function checkJsonSchemas(dir: string = jsonSchemaDir): Promise<string[]> {
  const expected = generateJsonSchemas()
  const problems: string[] = []
  for (const [name, content] of expected) {
    const current = await readFile(path.join(dir, name), 'utf8').catch(() => null)
    if (current === null) problems.push(`${name}: missing`)
    else if (current !== content) problems.push(`${name}: out of date`)
  }
  const present = await readdir(dir).catch(() => [] as string[])
  for (const name of present) {
    if (name.endsWith('.schema.json') && !expected.has(name)) problems.push(`${name}: not generated any more`)
  }
  return problems
}
