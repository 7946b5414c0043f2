/**
 * Validates HSDS 3.0 output against the official JSON Schemas, read at test
 * time from ../shared/hsds-3.0/ (see `hsdsDir`; never copied into the
 * project).
 *
 * The HSDS schemas leave objects open (no additionalProperties). Here every
 * object schema is closed, so that a misspelt or invented field fails the
 * test instead of passing unnoticed. Lists are checked as HSDS OpenAPI
 * `Page` objects (every Page field required) whose `contents` items match the
 * `*_list.json` schema of the path.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { hsdsDir, requires } from './requirements.ts'

export { hsdsDir } from './requirements.ts'

/** Whether the HSDS schemas are there to test against (in CI their absence fails the run). */
export const hsdsSchemasAvailable = () => requires('hsds')

const base = 'https://hsds.schema.test/'

type Json = unknown

/** Sets additionalProperties: false on every object schema that lists its properties. */
function closed(node: Json): Json {
  if (Array.isArray(node)) return node.map(closed)
  if (node === null || typeof node !== 'object') return node
  const out: Record<string, Json> = {}
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === 'properties' && value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, closed(schema)]))
        : closed(value)
  }
  const record = node as Record<string, Json>
  if (record.type === 'object' && record.properties && !('additionalProperties' in record)) {
    out.additionalProperties = false
  }
  return out
}

const readJson = (file: string): Record<string, Json> => JSON.parse(readFileSync(file, 'utf8'))

export type HsdsKind =
  | 'meta'
  | 'service'
  | 'organization'
  | 'service_at_location'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'services'
  | 'organizations'
  | 'service_at_locations'
  | 'taxonomies'
  | 'taxonomy_terms'
  | 'services:full'
  | 'organizations:full'
  | 'service_at_locations:full'
  | 'problem'

/** Every kind, for compiling all schemas up front. */
export const hsdsKinds: HsdsKind[] = [
  'meta',
  'service',
  'organization',
  'service_at_location',
  'taxonomy',
  'taxonomy_term',
  'services',
  'organizations',
  'service_at_locations',
  'taxonomies',
  'taxonomy_terms',
  'services:full',
  'organizations:full',
  'service_at_locations:full',
  'problem',
]

/**
 * Which schema checks a path below the API base (release file or live URL
 * path); with `full=true` or `full_service=true` a list holds full objects.
 */
export function kindOfPath(apiPath: string, query?: URLSearchParams): HsdsKind {
  const segments = apiPath
    .replace(/\.json$/, '')
    .split('/')
    .filter(Boolean)
  if (segments.length === 0 || (segments.length === 1 && segments[0] === 'index')) return 'meta'
  const lists: Record<string, HsdsKind> = {
    services: 'services',
    organizations: 'organizations',
    service_at_locations: 'service_at_locations',
    taxonomies: 'taxonomies',
    taxonomy_terms: 'taxonomy_terms',
  }
  const items: Record<string, HsdsKind> = {
    services: 'service',
    organizations: 'organization',
    service_at_locations: 'service_at_location',
    taxonomies: 'taxonomy',
    taxonomy_terms: 'taxonomy_term',
  }
  const kind = segments.length === 1 ? lists[segments[0]!] : segments.length === 2 ? items[segments[0]!] : undefined
  if (!kind) throw new Error(`No HSDS schema for ${apiPath}`)
  const full = query?.get('full') === 'true' || query?.get('full_service') === 'true'
  if (full && segments.length === 1 && kind !== 'taxonomies' && kind !== 'taxonomy_terms') {
    return `${kind}:full` as HsdsKind
  }
  return kind
}

export class HsdsValidator {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: false })
  private readonly compiled = new Map<HsdsKind, ValidateFunction>()

  constructor() {
    addFormats.default(this.ajv)
    // The plain schemas (taxonomy, taxonomy_term, metadata …) refer to each other by file name.
    for (const file of readdirSync(path.join(hsdsDir, 'schema'))) {
      if (!file.endsWith('.json') || file === 'openapi.json') continue
      this.ajv.addSchema({
        ...(closed(readJson(path.join(hsdsDir, 'schema', file))) as object),
        $id: `${base}schema/${file}`,
      })
    }
    for (const file of ['service_list', 'organization_list', 'service_at_location_list']) {
      this.ajv.addSchema({
        ...(closed(readJson(path.join(hsdsDir, 'schema/compiled', `${file}.json`))) as object),
        $id: `${base}compiled/${file}.json`,
      })
    }
  }

  private openapi(): Record<string, Json> {
    return readJson(path.join(hsdsDir, 'schema/openapi.json'))
  }

  private pageSchema(items: string | object): object {
    const page = (this.openapi().components as { schemas: { Page: { properties: Record<string, Json> } } }).schemas.Page
    return {
      type: 'object',
      properties: {
        ...page.properties,
        contents: { type: 'array', items: typeof items === 'string' ? { $ref: items } : items },
      },
      required: [...Object.keys(page.properties), 'contents'],
      additionalProperties: false,
    }
  }

  private schemaFor(kind: HsdsKind): object {
    const compiled = (name: string) => closed(readJson(path.join(hsdsDir, 'schema/compiled', `${name}.json`))) as object
    switch (kind) {
      case 'meta': {
        const paths = this.openapi().paths as Record<string, Json>
        const root = paths['/'] as {
          get: { responses: { 200: { content: { 'application/json': { schema: Json } } } } }
        }
        return {
          ...(closed(root.get.responses[200].content['application/json'].schema) as object),
          required: ['version'],
        }
      }
      case 'service':
        return compiled('service')
      case 'organization':
        return compiled('organization')
      case 'service_at_location':
        return compiled('service_at_location')
      case 'taxonomy':
        return { $ref: `${base}schema/taxonomy.json` }
      case 'taxonomy_term':
        return { $ref: `${base}schema/taxonomy_term.json` }
      case 'services':
        return this.pageSchema(`${base}compiled/service_list.json`)
      case 'organizations':
        return this.pageSchema(`${base}compiled/organization_list.json`)
      case 'service_at_locations':
        return this.pageSchema(`${base}compiled/service_at_location_list.json`)
      case 'taxonomies':
        return this.pageSchema(`${base}schema/taxonomy.json`)
      case 'taxonomy_terms':
        return this.pageSchema(`${base}schema/taxonomy_term.json`)
      case 'services:full':
        return this.pageSchema(compiled('service'))
      case 'organizations:full':
        return this.pageSchema(compiled('organization'))
      case 'service_at_locations:full':
        return this.pageSchema(compiled('service_at_location'))
      case 'problem':
        // HSDS defines no error shape; Lotse answers RFC 9457 problem details (plugins/syndication/hsds/README.md).
        return {
          type: 'object',
          properties: {
            type: { const: 'about:blank' },
            title: { type: 'string', minLength: 1 },
            status: { type: 'integer', minimum: 400, maximum: 599 },
            detail: { type: 'string', minLength: 1 },
            parameter: { type: 'string', minLength: 1 },
          },
          required: ['type', 'title', 'status', 'detail'],
          additionalProperties: false,
        }
    }
  }

  /** Compiles every schema now (a few seconds), so later checks are quick. */
  compileAll(): this {
    for (const kind of hsdsKinds) this.errors(kind, null)
    return this
  }

  /** Problems of `value` as `kind` (empty when valid). Schemas are compiled on first use. */
  errors(kind: HsdsKind, value: unknown): string[] {
    let validate = this.compiled.get(kind)
    if (!validate) {
      validate = this.ajv.compile(this.schemaFor(kind))
      this.compiled.set(kind, validate)
    }
    if (validate(value)) return []
    return (validate.errors ?? [])
      .slice(0, 10)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
  }
}
