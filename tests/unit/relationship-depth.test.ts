import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FlattenedField, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

let config: SanitizedConfig
let dataDir: string

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'lotse-depth-'))
  process.env.LOTSE_DATA_DIR = dataDir
  process.env.DATABASE_URL = `file:${path.join(dataDir, 'lotse.db')}`
  process.env.PAYLOAD_SECRET = 'unit-test'
  config = await (await import('../../cms/payload.config.ts')).default
}, 120_000)
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

interface Edge {
  from: string
  to: string
  field: string
  maxDepth?: number
}

/** Relationship, upload and join fields at any nesting (groups, tabs, rows, arrays). */
function edges(collection: string, fields: FlattenedField[], prefix = ''): Edge[] {
  const out: Edge[] = []
  for (const field of fields) {
    const name = `${prefix}${field.name}`
    if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join') {
      const targets = field.type === 'join' ? field.collection : field.relationTo
      for (const to of Array.isArray(targets) ? targets : [targets])
        out.push({ from: collection, to, field: name, maxDepth: (field as { maxDepth?: number }).maxDepth })
    }
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields))
      out.push(...edges(collection, field.flattenedFields, `${name}.`))
  }
  return out
}

/** Strongly connected components (Tarjan): collections that can reach each other through relationships. */
function components(nodes: string[], all: Edge[]): Map<string, number> {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const component = new Map<string, number>()
  const stack: string[] = []
  let counter = 0
  let next = 0
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    for (const { to } of all.filter((e) => e.from === node)) {
      if (!index.has(to)) {
        visit(to)
        low.set(node, Math.min(low.get(node)!, low.get(to)!))
      } else if (!component.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!))
    }
    if (low.get(node) === index.get(node)) {
      for (let member = stack.pop(); ; member = stack.pop()) {
        component.set(member!, next)
        if (member === node) break
      }
      next++
    }
  }
  for (const node of nodes) if (!index.has(node)) visit(node)
  return component
}

it('populates every relationship that is part of a cycle on its own document only (maxDepth 1)', () => {
  const all = config.collections.flatMap((c) => edges(c.slug, c.flattenedFields))
  const component = components(
    config.collections.map((c) => c.slug),
    all,
  )
  const cyclic = all.filter((e) => component.get(e.from) === component.get(e.to))
  // The demo's cycles: services ↔ contact persons ↔ locations, and regions and topics pointing to themselves.
  expect(cyclic.map((e) => `${e.from}.${e.field}`)).toEqual(
    expect.arrayContaining([
      'services.contactPersons',
      'services.locations',
      'services.relatedServices',
      'contact-persons.responsibility.services',
      'contact-persons.location',
      'locations.offeredServices',
      'regions.kreis',
      'topics.parent',
    ]),
  )
  const unbounded = cyclic.filter((e) => e.maxDepth === undefined || e.maxDepth > 1)
  expect(unbounded.map((e) => `${e.from}.${e.field} → ${e.to}`)).toEqual([])
  expect(config.maxDepth).toBeLessThanOrEqual(2)
})

/**
 * Payload's code and JSON fields load their editor (Monaco) from a CDN: the
 * admin's Content-Security-Policy refuses that (and it would be a third-party
 * request), so such a field never appears. None may be shown in the admin.
 */
it('shows no field in the admin whose editor would be loaded from a CDN', () => {
  const offending: string[] = []
  const visit = (collection: string, fields: FlattenedField[], prefix = '') => {
    for (const field of fields) {
      const name = `${collection}.${prefix}${field.name}`
      const hidden = Boolean((field as { admin?: { hidden?: boolean } }).admin?.hidden)
      if ((field.type === 'code' || field.type === 'json') && !hidden) offending.push(`${name} (${field.type})`)
      if ('flattenedFields' in field && Array.isArray(field.flattenedFields))
        visit(collection, field.flattenedFields, `${prefix}${field.name}.`)
    }
  }
  for (const collection of config.collections.filter((c) => !c.slug.startsWith('payload-')))
    visit(collection.slug, collection.flattenedFields)
  expect(offending).toEqual([])
})

it('shows and takes every date in German format (Payload picks US formats otherwise)', () => {
  const formats: string[] = []
  const visit = (collection: string, fields: FlattenedField[]) => {
    for (const field of fields) {
      // Payload's own timestamps are shown read-only with the config's `admin.dateFormat`; hidden ones not at all.
      const admin = (field as { admin?: { hidden?: boolean; disabled?: boolean } }).admin
      const hidden = Boolean(admin?.hidden || admin?.disabled) || field.hidden === true
      if (field.type === 'date' && !hidden && field.name !== 'createdAt' && field.name !== 'updatedAt') {
        const date = (field.admin as { date?: { displayFormat?: string; timeFormat?: string } } | undefined)?.date
        formats.push(`${collection}.${field.name}: ${date?.displayFormat} ${date?.timeFormat}`)
      }
      if (!hidden && 'flattenedFields' in field && Array.isArray(field.flattenedFields))
        visit(collection, field.flattenedFields)
    }
  }
  for (const collection of config.collections.filter((c) => !c.slug.startsWith('payload-')))
    visit(collection.slug, collection.flattenedFields)
  expect(formats.length).toBeGreaterThan(10)
  expect(formats.filter((f) => !/: dd\.MM\.yyyy( HH:mm)? HH:mm$/.test(f))).toEqual([])
})
