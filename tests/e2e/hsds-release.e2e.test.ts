/**
 * The HSDS 3.0 export of the demo release (/api/hsds/): every file passes the
 * official HSDS schemas, lists and files agree, references resolve, and no
 * draft or unconsented name is in it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { contactPersons as seedPersons } from '../../cms/seed/data/contact-persons.ts'
import { isUuid } from '../../plugins/syndication/hsds/ids.ts'
import { HsdsValidator, hsdsSchemasAvailable, kindOfPath } from '../helpers/hsds.ts'

type Page = { total_items: number; total_pages: number; page_number: number; size: number; contents: { id: string }[] }

function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesBelow(full, `${prefix}${name}/`) : [`${prefix}${name}`]
  })
}

describe.runIf(hsdsSchemasAvailable())('HSDS export of the demo release', () => {
  const root = path.join(inject('siteDir'), 'api/hsds')
  const files = new Map<string, unknown>()
  const read = <T>(file: string) => files.get(file) as T

  beforeAll(() => {
    for (const file of filesBelow(root)) files.set(file, JSON.parse(readFileSync(path.join(root, file), 'utf8')))
  })

  it('validates every file against the HSDS 3.0 schemas', () => {
    const validator = new HsdsValidator()
    const checked = new Map<string, number>()
    for (const [file, value] of files) {
      const kind = kindOfPath(file)
      expect(validator.errors(kind, value), file).toEqual([])
      checked.set(kind, (checked.get(kind) ?? 0) + 1)
    }
    expect(Object.fromEntries(checked)).toMatchObject({
      meta: 1,
      services: 1,
      organizations: 1,
      service_at_locations: 1,
      taxonomies: 1,
      taxonomy_terms: 1,
      taxonomy: 1,
    })
    expect(checked.get('service')).toBeGreaterThanOrEqual(40)
    expect(checked.get('organization')).toBe(4)
    expect(checked.get('service_at_location')).toBeGreaterThanOrEqual(40)
    expect(checked.get('taxonomy_term')).toBeGreaterThanOrEqual(5)
  }, 120_000)

  it('holds every item of a list on its one page, with one file per item named by its id', () => {
    for (const list of ['services', 'organizations', 'service_at_locations', 'taxonomies', 'taxonomy_terms']) {
      const page = read<Page>(`${list}.json`)
      const ids = page.contents.map((item) => item.id)
      expect(page.page_number, list).toBe(1)
      expect(page.total_pages, list).toBe(1)
      expect(page.size, list).toBe(ids.length)
      expect(page.total_items, list).toBe(ids.length)
      expect(new Set(ids).size, list).toBe(ids.length)
      const itemFiles = [...files.keys()].filter((f) => f.startsWith(`${list}/`))
      expect(itemFiles.sort(), list).toEqual(ids.map((id) => `${list}/${id}.json`).sort())
      for (const id of ids) {
        expect(isUuid(id), id).toBe(true)
        expect(read<{ id: string }>(`${list}/${id}.json`).id).toBe(id)
      }
    }
  })

  it('links services, organizations, locations and taxonomy terms by ids that exist', () => {
    const organizations = new Set(read<Page>('organizations.json').contents.map((o) => o.id))
    const terms = new Set(read<Page>('taxonomy_terms.json').contents.map((t) => t.id))
    const sals = new Set(read<Page>('service_at_locations.json').contents.map((s) => s.id))
    const services = read<Page>('services.json').contents.map((s) => s.id)
    for (const id of services) {
      const service = read<{
        organization_id: string
        service_at_locations: { id: string; service_id: string }[]
        attributes: { taxonomy_term_id: string }[]
      }>(`services/${id}.json`)
      expect(organizations.has(service.organization_id)).toBe(true)
      for (const sal of service.service_at_locations) {
        expect(sal.service_id).toBe(id)
        expect(sals.has(sal.id)).toBe(true)
      }
      for (const attribute of service.attributes) expect(terms.has(attribute.taxonomy_term_id)).toBe(true)
    }
    expect(services.some((id) => read<{ attributes: unknown[] }>(`services/${id}.json`).attributes.length > 0)).toBe(
      true,
    )
    const schedules = services.flatMap((id) =>
      read<{ service_at_locations: { location: { schedules: { byday: string; opens_at: string }[] } }[] }>(
        `services/${id}.json`,
      ).service_at_locations.flatMap((sal) => sal.location.schedules),
    )
    expect(schedules.length).toBeGreaterThan(0)
    for (const schedule of schedules) {
      expect(schedule.byday).toMatch(/^(MO|TU|WE|TH|FR|SA|SU)$/)
      expect(schedule.opens_at).toMatch(/^\d{2}:\d{2}$/)
    }
  })

  it('holds no draft, and contacts without recorded consent have no name', () => {
    const all = JSON.stringify([...files.values()])
    expect(all).not.toContain('ENTWURF')
    expect(all).not.toContain('inklusive-freizeitangebote')
    const contacts = read<Page>('services.json').contents.flatMap(
      (s) => read<{ contacts: { name?: string; title: string }[] }>(`services/${s.id}.json`).contacts,
    )
    const withoutConsent = new Set(seedPersons.filter((p) => !p.consent.given).map((p) => p.function))
    const unnamed = contacts.filter((c) => withoutConsent.has(c.title))
    expect(unnamed.length).toBeGreaterThan(0)
    for (const contact of unnamed) expect(contact).not.toHaveProperty('name')
    expect(contacts.some((c) => typeof c.name === 'string')).toBe(true)
  })

  it('is served by the static server as JSON', async () => {
    const response = await fetch(`${inject('siteUrl')}/api/hsds/services.json`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(((await response.json()) as Page).total_items).toBe(read<Page>('services.json').total_items)
  })
})
