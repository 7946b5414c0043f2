/**
 * Makes types.generated.ts, the TypeScript types of HSDS 3.0, from the
 * official JSON Schemas of Open Referral (never copied into the project; see
 * tests/helpers/requirements.ts for where they are looked for):
 *
 * - the objects (`Service`, `Location`, `Phone` …) from schema/*.json, with
 *   json-schema-to-typescript; a `$ref` to another file becomes that
 *   object's type;
 * - the documents the API answers with (`ApiService`, `ApiServiceList` …)
 *   from schema/compiled/*.json: each is one of the objects with nested
 *   parts left out or added, so it is written as that object's type with
 *   `Omit` and the added fields. Every field is compared with the object's
 *   schema; any other difference stops the generator instead of being
 *   guessed;
 * - the list page (`Page`) and the API root (`ApiMeta`) from schema/openapi.json.
 *
 * Objects are closed (no other fields), as the conformance tests check them.
 * The schemas' titles and descriptions are left out: they are the
 * specification's text (CC BY-SA 4.0), to be read there.
 *
 * `npm run generate:hsds-types` (generate-types.ts) writes the file;
 * types-generator.test.ts regenerates it in memory and compares.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { compile, type JSONSchema } from 'json-schema-to-typescript'
import prettier from 'prettier'

/** The committed file. */
export const hsdsTypesFile = path.join(import.meta.dirname, 'types.generated.ts')

/** The API's documents: file in schema/compiled/ → type name. */
const apiDocuments = {
  service: 'ApiService',
  service_list: 'ApiServiceList',
  organization: 'ApiOrganization',
  organization_list: 'ApiOrganizationList',
  service_at_location: 'ApiServiceAtLocation',
  service_at_location_list: 'ApiServiceAtLocationList',
} as const

type Schema = { [key: string]: unknown }

const isSchema = (value: unknown): value is Schema =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** service_at_location → ServiceAtLocation */
const typeName = (file: string) =>
  path.basename(file, '.json').replace(/(?:^|_)([a-z])/g, (_, letter: string) => letter.toUpperCase())

/**
 * The parts of a schema that make its type: type, properties, items,
 * required and enum. HSDS's own keywords (name, constraints, example,
 * datapackage_metadata …), titles and descriptions are left out; a `$ref`
 * becomes the referenced object's type name.
 */
function typePart(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(typePart)
  if (!isSchema(node)) return node
  if (typeof node.$ref === 'string') return { tsType: typeName(node.$ref) }
  const out: Schema = {}
  for (const key of ['type', 'properties', 'items', 'required', 'enum'] as const) {
    if (!(key in node)) continue
    const value = node[key]
    out[key] =
      key === 'properties' && isSchema(value)
        ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, typePart(schema)]))
        : typePart(value)
  }
  return out
}

const options = {
  bannerComment: '',
  additionalProperties: false,
  declareExternallyReferenced: false,
  format: false,
} as const

async function declare(schema: unknown, name: string): Promise<string> {
  return compile({ ...(typePart(schema) as JSONSchema), title: name }, name, options)
}

const readJson = async (file: string): Promise<Schema> => {
  const value: unknown = JSON.parse(await readFile(file, 'utf8'))
  if (!isSchema(value)) throw new Error(`${file} is not a JSON object`)
  return value
}

/** The object schema a compiled property holds (itself, or its items), when it is an HSDS object. */
function nestedObject(schema: Schema): Schema | null {
  const target = schema.type === 'array' && isSchema(schema.items) ? schema.items : schema
  return target.type === 'object' && typeof target.name === 'string' ? target : null
}

const quoted = (names: string[]) => names.map((name) => `'${name}'`).join(' | ')

/**
 * The type of a compiled (fully nested) object, in terms of the object
 * types: `Service`, `Omit<Service, 'phones'>`, or with added or narrowed
 * fields `Omit<…> & { … }`. Throws on a difference other than left-out,
 * added or nested-narrowed fields.
 */
function compiledType(compiled: Schema, objects: Map<string, Schema>, where: string): string {
  const name = typeName(String(compiled.name))
  const object = objects.get(name)
  if (!object || !isSchema(object.properties) || !isSchema(compiled.properties))
    throw new Error(`${where}: no object schema "${name}" to compare with`)
  const own = object.properties
  const properties = compiled.properties
  const required = new Set(Array.isArray(compiled.required) ? compiled.required : [])
  const sameRequired = (field: string) =>
    required.has(field) === (Array.isArray(object.required) && object.required.includes(field))
  const left = Object.keys(own).filter((field) => !(field in properties))
  /** Fields of the compiled object whose type is not the object's: added ones and those with narrower nested objects. */
  const replaced: { field: string; declaration: string }[] = []
  for (const [field, schema] of Object.entries(properties)) {
    if (!isSchema(schema)) throw new Error(`${where}.${field}: not a schema`)
    const nested = nestedObject(schema)
    const type = nested ? compiledType(nested, objects, `${where}.${field}`) : null
    const expected = type ? (schema.type === 'array' ? `(${type})[]` : type) : null
    if (!(field in own)) {
      if (!expected) throw new Error(`${where}.${field}: a field the object "${name}" does not have`)
      replaced.push({ field, declaration: `${field}${required.has(field) ? '' : '?'}: ${expected}` })
      continue
    }
    const ownType = typePart(own[field])
    const same = expected
      ? JSON.stringify(ownType) ===
        JSON.stringify(schema.type === 'array' ? { type: 'array', items: { tsType: type } } : { tsType: type })
      : JSON.stringify(ownType) === JSON.stringify(typePart(schema))
    if (same && sameRequired(field)) continue
    if (!expected || !sameRequired(field))
      throw new Error(`${where}.${field}: differs from the object "${name}" in more than its nested objects`)
    replaced.push({ field, declaration: `${field}${required.has(field) ? '' : '?'}: ${expected}` })
  }
  const omitted = [...left, ...replaced.map(({ field }) => field).filter((field) => field in own)]
  const base = omitted.length > 0 ? `Omit<${name}, ${quoted(omitted)}>` : name
  return replaced.length > 0 ? `${base} & { ${replaced.map(({ declaration }) => declaration).join('; ')} }` : base
}

/** The text of types.generated.ts, from the HSDS 3.0 folder (with schema/ and schema/compiled/). */
export async function generateHsdsTypes(hsdsDir: string): Promise<string> {
  const schemaDir = path.join(hsdsDir, 'schema')
  const files = (await readdir(schemaDir)).filter((file) => file.endsWith('.json') && file !== 'openapi.json').sort()
  const objects = new Map<string, Schema>()
  for (const file of files) objects.set(typeName(file), await readJson(path.join(schemaDir, file)))

  const parts: string[] = []
  parts.push('// The objects (schema/*.json).')
  for (const [name, schema] of objects) parts.push(await declare(schema, name))

  parts.push('// The documents the API answers with (schema/compiled/*.json).')
  for (const [file, name] of Object.entries(apiDocuments)) {
    const compiled = await readJson(path.join(schemaDir, 'compiled', `${file}.json`))
    parts.push(`/** schema/compiled/${file}.json */\nexport type ${name} = ${compiledType(compiled, objects, file)}\n`)
  }

  parts.push('// The list page and the API root (schema/openapi.json).')
  const openapi = await readJson(path.join(schemaDir, 'openapi.json'))
  const page = (openapi.components as { schemas?: { Page?: unknown } } | undefined)?.schemas?.Page
  const root = (openapi.paths as Record<string, { get?: { responses?: Record<string, unknown> } }> | undefined)?.['/']
    ?.get?.responses?.['200'] as { content?: { 'application/json'?: { schema?: unknown } } } | undefined
  const meta = root?.content?.['application/json']?.schema
  if (!page || !meta) throw new Error('schema/openapi.json: no components.schemas.Page or no response of GET /')
  parts.push(await declare(page, 'Page'), await declare(meta, 'ApiMeta'))

  const header = [
    '/**',
    ' * HSDS 3.0 types. Generated, do not edit: `npm run generate:hsds-types` writes this file',
    ' * (plugins/syndication/hsds/types-generator.ts) with json-schema-to-typescript from the official',
    ' * HSDS 3.0 JSON Schemas of Open Referral (CC BY-SA 4.0): the objects from schema/*.json, the',
    " * API's documents from schema/compiled/*.json, the list page and the API root from",
    ' * schema/openapi.json. Objects are closed (no other fields); descriptions are in the schemas.',
    ' * types-generator.test.ts fails when this file differs from what the schemas give.',
    ' */',
  ].join('\n')
  const text = `${header}\n\n${parts.join('\n')}`
  const style = await prettier.resolveConfig(hsdsTypesFile)
  return prettier.format(text, { ...style, filepath: hsdsTypesFile })
}
