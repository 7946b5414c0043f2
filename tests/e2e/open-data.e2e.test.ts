import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import type { ChangeFeed, OpenDataIndex, ServiceDocument } from '../../plugins/syndication/open-data-schemas.ts'

const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')
const apiDir = path.join(siteDir, 'api/v1')
const committedSchemaDir = path.resolve(import.meta.dirname, '../../content-models/json-schema')

const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(apiDir, file), 'utf8')) as T

/** Ajv with every schema of the release's /api/v1/schema/, looked up by file name. */
function releaseSchemas(): (file: string) => ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats.default(ajv)
  const ids = new Map<string, string>()
  for (const file of readdirSync(path.join(apiDir, 'schema'))) {
    const schema = JSON.parse(readFileSync(path.join(apiDir, 'schema', file), 'utf8')) as { $id: string }
    ajv.addSchema(schema)
    ids.set(file, schema.$id)
  }
  return (file) => {
    const id = ids.get(file)
    if (!id) throw new Error(`schema ${file} is not in the release`)
    return ajv.getSchema(id)!
  }
}

function expectValid(validate: ValidateFunction, value: unknown, label: string) {
  const ok = validate(value)
  expect(ok, `${label}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true)
}

describe('open data of the demo release (/api/v1/)', () => {
  it('ships the item schemas exactly as generated in content-models/json-schema', () => {
    for (const file of readdirSync(committedSchemaDir)) {
      expect(readFileSync(path.join(apiDir, 'schema', file), 'utf8'), file).toBe(
        readFileSync(path.join(committedSchemaDir, file), 'utf8'),
      )
    }
  })

  it('validates every list, every service document, the index and the feed against the generated schemas', () => {
    const schema = releaseSchemas()
    const index = read<OpenDataIndex>('index.json')
    expectValid(schema('index.schema.json'), index, 'index.json')
    expect(index.datasets.map((d) => d.type)).toEqual([
      'service',
      'easyLanguageText',
      'contactPerson',
      'location',
      'topic',
      'department',
      'videoTutorial',
      'region',
    ])
    let items = 0
    for (const dataset of index.datasets) {
      const list = read<{ id: string }[]>(dataset.path.replace('/api/v1/', ''))
      expect(list.length, dataset.path).toBe(dataset.count)
      expect(dataset.count, dataset.path).toBeGreaterThan(0)
      const validate = schema(`${dataset.type}.schema.json`)
      for (const item of list) expectValid(validate, item, `${dataset.path} ${item.id}`)
      items += list.length
    }
    expect(items).toBeGreaterThan(300)

    const services = read<{ id: string; slug: string }[]>('services.json')
    const validateDocument = schema('service-document.schema.json')
    for (const service of services) {
      const bySlug = read<ServiceDocument>(`services/${service.slug}.json`)
      expectValid(validateDocument, bySlug, `services/${service.slug}.json`)
      expect(bySlug.service).toEqual(service)
      expect(read(`services/id/${service.id}.json`)).toEqual(bySlug)
    }
    expect(readdirSync(path.join(apiDir, 'services')).filter((f) => f.endsWith('.json'))).toHaveLength(services.length)

    const feed = read<ChangeFeed>('changes.json')
    expectValid(schema('changes.schema.json'), feed, 'changes.json')
    // The first release of the demo: everything is new.
    expect(feed.release).toBe(index.release)
    expect(feed.entries).toHaveLength(1)
    expect(feed.entries[0]).toMatchObject({ release: index.release, previousRelease: null, changed: [], removed: [] })
    expect(feed.entries[0].added).toHaveLength(items)
  })

  it('links the Leichte-Sprache version and the responsible contacts in the service document', () => {
    const doc = read<ServiceDocument>('services/persoenliches-budget.json')
    const easy = read<{ id: string; slug: string; service?: string }[]>('easy-language-texts.json').find(
      (t) => t.service === doc.service.id,
    )
    expect(easy).toBeDefined()
    expect(doc.easyLanguage?.id).toBe(easy!.id)
    expect(doc.easyLanguage?.url).toMatch(new RegExp(`/leichte-sprache/${easy!.slug}/$`))
    expect(existsSync(path.join(siteDir, 'leichte-sprache', easy!.slug, 'index.html'))).toBe(true)
    expect(existsSync(path.join(siteDir, 'leistungen', doc.service.slug, 'index.html'))).toBe(true)
    expect(doc.contacts.map((c) => c.id)).toEqual(doc.service.contactPersons)
    const people = read<{ id: string; name?: string }[]>('contact-persons.json')
    for (const contact of doc.contacts) expect(contact.name).toBe(people.find((p) => p.id === contact.id)!.name)
  })

  it('describes every file in OpenAPI 3.1, and every path and schema it names exists', async () => {
    const openapi = read<{
      openapi: string
      paths: Record<string, { get: { responses: Record<string, unknown> } }>
    }>('openapi.json')
    expect(openapi.openapi).toBe('3.1.0')
    const services = read<{ id: string; slug: string }[]>('services.json')
    const examples: Record<string, string> = { slug: services[0].slug, id: services[0].id, name: 'service' }
    const paths = Object.keys(openapi.paths)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/index.json',
        '/api/v1/services.json',
        '/api/v1/services/{slug}.json',
        '/api/v1/services/id/{id}.json',
        '/api/v1/changes.json',
        '/api/v1/contact-persons.json',
      ]),
    )
    for (const template of paths) {
      const concrete = template.replace(/\{(\w+)\}/g, (_, name: string) => examples[name])
      const response = await fetch(siteUrl + concrete)
      expect(response.status, concrete).toBe(200)
      expect(response.headers.get('content-type'), concrete).toBe('application/json; charset=utf-8')
      await response.arrayBuffer()
    }
    // Every file of the folder is described (templated paths cover the per-service files and the schemas).
    const described = new Set(paths)
    for (const file of readdirSync(apiDir).filter((f) => f.endsWith('.json')))
      expect(described.has(`/api/v1/${file}`), file).toBe(true)
    const refs = [...JSON.stringify(openapi).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1])
    expect(refs.length).toBeGreaterThan(10)
    for (const ref of new Set(refs)) expect(existsSync(path.join(apiDir, ref)), ref).toBe(true)
  })

  it('is served with the right content types, CORS and caching headers', async () => {
    const check = async (pathname: string, type: string, cors: boolean) => {
      const response = await fetch(siteUrl + pathname, { headers: { Origin: 'http://partner.example' } })
      await response.arrayBuffer()
      expect(response.status, pathname).toBe(200)
      expect(response.headers.get('content-type'), pathname).toBe(type)
      expect(response.headers.get('access-control-allow-origin'), pathname).toBe(cors ? '*' : null)
      expect(response.headers.get('x-content-type-options'), pathname).toBe('nosniff')
      expect(response.headers.get('set-cookie'), pathname).toBeNull()
      return response
    }
    const json = 'application/json; charset=utf-8'
    const list = await check('/api/v1/services.json', json, true)
    expect(list.headers.get('cache-control')).toBe('public, max-age=300')
    await check('/api/v1/changes.json', json, true)
    await check('/api/v1/schema/service.schema.json', json, true)
    await check('/embed/lotse.js', 'text/javascript; charset=utf-8', true)
    const page = await check('/leistungen/', 'text/html; charset=utf-8', false)
    expect(page.headers.get('cache-control')).toBe('no-cache')
    // A missing service answers 404 with CORS, so that the card can show its error state.
    const missing = await fetch(`${siteUrl}/api/v1/services/gibt-es-nicht.json`)
    await missing.arrayBuffer()
    expect(missing.status).toBe(404)
    expect(missing.headers.get('access-control-allow-origin')).toBe('*')
  })
})
