import { describe, expect, it } from 'vitest'
import { buildSnapshot } from '../../../cms/export/export.ts'
import * as fixture from '../../../cms/export/test-fixtures.ts'
import { answerHsdsRequest, parseHsdsRequest, toPage, type HsdsPage, type HsdsProblem } from './api.ts'
import { hsdsIds } from './ids.ts'
import { buildHsdsDataset, type HsdsSource } from './toHsds.ts'

function dataset() {
  const services = Array.from({ length: 5 }, (_, i) =>
    fixture.service({
      id: 40 + i,
      slug: `leistung-${i}`,
      name: i === 3 ? 'Budget für Arbeit' : `Leistung ${i}`,
      topics: i % 2 === 0 ? [20] : [],
      updatedAt: `2026-01-0${i + 1}T10:00:00.000Z`,
    }),
  )
  const items = buildSnapshot(fixture.publishedDocs({ services }))
  return buildHsdsDataset(items as unknown as HsdsSource, { siteUrl: 'https://beratung.example' })
}

function ask(path: string, query = '') {
  const request = parseHsdsRequest(path, new URLSearchParams(query))
  if ('status' in request) return request
  return answerHsdsRequest(request, dataset())
}

const page = (answer: { body: unknown }) => answer.body as HsdsPage<{ id: string; name?: string }>

describe('HSDS API requests', () => {
  it('pages lists in the HSDS Page shape', () => {
    expect(toPage(['a', 'b', 'c'], 2, 2)).toEqual({
      total_items: 3,
      total_pages: 2,
      page_number: 2,
      size: 1,
      first_page: false,
      last_page: true,
      empty: false,
      contents: ['c'],
    })
    const first = page(ask('/services', 'per_page=2'))
    const second = page(ask('/services', 'per_page=2&page=2'))
    expect(first.total_items).toBe(5)
    expect(first.total_pages).toBe(3)
    expect(first.contents.map((s) => s.id)).not.toEqual(second.contents.map((s) => s.id))
    expect(page(ask('/services', 'page=9')).empty).toBe(true)
  })

  it('filters by search, taxonomy term, organization and modified_after', () => {
    expect(page(ask('/services', 'search=F%C3%9CR%20ARBEIT')).contents.map((s) => s.name)).toEqual([
      'Budget für Arbeit',
    ])
    expect(page(ask('/services', `taxonomy_term_id=${hsdsIds.taxonomyTerm('20')}`)).total_items).toBe(3)
    expect(page(ask('/services', `organization_id=${hsdsIds.organization('1')}`)).total_items).toBe(5)
    expect(page(ask('/services', `organization_id=${hsdsIds.organization('2')}`)).total_items).toBe(0)
    expect(page(ask('/services', 'modified_after=2026-01-04')).total_items).toBe(2)
    expect(page(ask('/services', 'modified_after=2026-01-04T10:00:00Z')).total_items).toBe(2)
    expect(page(ask('/services', 'modified_after=2026-01-04T10:00:01%2B00:00')).total_items).toBe(1)
  })

  it('answers bad parameters with 400 and names the parameter', () => {
    const cases: [string, string][] = [
      ['page=0', 'page'],
      ['page=-1', 'page'],
      ['page=abc', 'page'],
      ['per_page=0', 'per_page'],
      ['per_page=201', 'per_page'],
      ['per_page=1.5', 'per_page'],
      ['page=1&page=2', 'page'],
      ['modified_after=gestern', 'modified_after'],
      ['modified_after=2026-13-45', 'modified_after'],
      ['taxonomy_term_id=wohnen', 'taxonomy_term_id'],
      ['organization_id=1', 'organization_id'],
      ['full=yes', 'full'],
      ['format=ndjson', 'format'],
      ['minimal=true', 'minimal'],
      [`search=${'x'.repeat(201)}`, 'search'],
    ]
    for (const [query, parameter] of cases) {
      const answer = ask('/services', query)
      expect(answer.status, query).toBe(400)
      expect((answer.body as HsdsProblem).parameter, query).toBe(parameter)
      expect((answer.body as HsdsProblem).detail, query).toContain(`„${parameter}“`)
    }
    expect(ask('/organizations', 'full_service=1').status).toBe(400)
    expect(ask('/service_at_locations', 'postcode=50679').status).toBe(400)
  })

  it('answers unknown ids and paths with 404', () => {
    expect(ask('/services/00000000-0000-5000-8000-000000000000').status).toBe(404)
    expect(ask('/services/not-a-uuid').status).toBe(404)
    expect(ask('/programs').status).toBe(404)
    expect(ask('/services/a/b').status).toBe(404)
    expect(ask(`/services/${hsdsIds.service('40')}`).status).toBe(200)
    expect(ask(`/services/${hsdsIds.service('40').toUpperCase()}`).status).toBe(200)
  })

  it('nests full services in organizations with full_service', () => {
    const id = hsdsIds.organization('1')
    const basic = ask(`/organizations/${id}`).body as { services: object[] }
    const full = ask(`/organizations/${id}`, 'full_service=true').body as { services: object[] }
    expect(basic.services[0]).not.toHaveProperty('service_at_locations')
    expect(full.services[0]).toHaveProperty('service_at_locations')
    expect(page(ask('/organizations', 'full_service=true')).contents[0]).toHaveProperty('services')
  })

  it('filters taxonomy terms by taxonomy, parent and top level', () => {
    expect(page(ask('/taxonomy_terms', 'top_only=true')).total_items).toBe(1)
    expect(page(ask('/taxonomy_terms', `parent_id=${hsdsIds.taxonomyTerm('99')}`)).total_items).toBe(0)
    expect(page(ask('/taxonomies')).contents.map((t) => t.name)).toEqual(['Lebenslagen'])
  })
})
