/**
 * The HSDS 3.0 API as pure functions: which path and parameters are asked
 * for (parseHsdsRequest, checked before any data is read), and the answer
 * from a dataset (answerHsdsRequest). The live endpoint (plugins/syndication/hsds/endpoints.ts)
 * adds HTTP around it; the release writer uses the same list shape.
 *
 * HSDS 3.0 defines the paged list shape (OpenAPI `components.schemas.Page`
 * plus `contents`) but no error shape; errors are RFC 9457 problem details
 * with the offending parameter named (see README.md).
 */
import { isUuid } from './ids.ts'
import {
  toHsdsOrganizationListItem,
  toHsdsServiceAtLocationListItem,
  toHsdsServiceBasic,
  withFullServices,
  type HsdsDataset,
} from './toHsds.ts'
import type * as Hsds from './types.generated.ts'

/** The HSDS version Lotse implements, and where its OpenAPI description lives. */
export const HSDS_VERSION = '3.0'
export const HSDS_OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json'

export const DEFAULT_PER_PAGE = 50
export const MAX_PER_PAGE = 200
const MAX_SEARCH_LENGTH = 200

/** A paged list: HSDS's OpenAPI `Page` with every field (Lotse always fills them) and `contents`. */
export type HsdsPage<T> = Required<Hsds.Page> & { contents: T[] }

/** An error answer: RFC 9457 problem details, in German. */
export interface HsdsProblem {
  type: 'about:blank'
  title: string
  status: number
  detail: string
  /** The query parameter that was wrong, when one was. */
  parameter?: string
}

export interface HsdsAnswer {
  status: number
  body: unknown
}

type ListRoute = 'services' | 'organizations' | 'service_at_locations' | 'taxonomies' | 'taxonomy_terms'
type ItemRoute = ListRoute

export type HsdsRequest =
  | { kind: 'meta' }
  | { kind: 'item'; route: ItemRoute; id: string; fullService: boolean }
  | { kind: 'list'; route: ListRoute; query: ListQuery }

export interface ListQuery {
  page: number
  perPage: number
  search?: string
  taxonomyTermId?: string
  taxonomyId?: string
  organizationId?: string
  parentId?: string
  modifiedAfter?: number
  full: boolean
  fullService: boolean
  topOnly: boolean
}

const statusTitles: Record<number, string> = {
  400: 'Ungültige Anfrage',
  404: 'Nicht gefunden',
  405: 'Methode nicht erlaubt',
  429: 'Zu viele Anfragen',
  500: 'Interner Fehler',
}

export function problem(status: number, detail: string, parameter?: string): HsdsAnswer {
  const body: HsdsProblem = {
    type: 'about:blank',
    title: statusTitles[status] ?? 'Fehler',
    status,
    detail,
    ...(parameter ? { parameter } : {}),
  }
  return { status, body }
}

class ParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message)
  }
}

/** Parameters each path accepts; known HSDS parameters Lotse does not implement are refused rather than ignored. */
const listParameters: Record<ListRoute, readonly string[]> = {
  services: [
    'page',
    'per_page',
    'format',
    'search',
    'taxonomy_term_id',
    'taxonomy_id',
    'organization_id',
    'modified_after',
    'full',
  ],
  organizations: ['page', 'per_page', 'format', 'search', 'full', 'full_service'],
  service_at_locations: [
    'page',
    'per_page',
    'format',
    'search',
    'taxonomy_term_id',
    'taxonomy_id',
    'organization_id',
    'modified_after',
    'full',
  ],
  taxonomies: ['page', 'per_page', 'format', 'search'],
  taxonomy_terms: ['page', 'per_page', 'format', 'search', 'taxonomy_id', 'top_only', 'parent_id'],
}
const unsupported = ['minimal', 'postcode', 'proximity']

function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name)
  if (values.length > 1) throw new ParameterError(name, `Der Parameter „${name}“ darf nur einmal angegeben werden.`)
  return values[0]
}

function integer(params: URLSearchParams, name: string, min: number, max: number, fallback: number): number {
  const raw = single(params, name)
  if (raw === undefined) return fallback
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `ab ${min}` : `von ${min} bis ${max}`
    throw new ParameterError(name, `Der Parameter „${name}“ muss eine ganze Zahl ${range} sein.`)
  }
  return Number(raw)
}

function boolean(params: URLSearchParams, name: string): boolean {
  const raw = single(params, name)
  if (raw === undefined) return false
  if (raw === 'true') return true
  if (raw === 'false') return false
  throw new ParameterError(name, `Der Parameter „${name}“ muss „true“ oder „false“ sein.`)
}

function uuid(params: URLSearchParams, name: string): string | undefined {
  const raw = single(params, name)
  if (raw === undefined) return undefined
  if (!isUuid(raw)) throw new ParameterError(name, `Der Parameter „${name}“ muss eine UUID sein.`)
  return raw.toLowerCase()
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/

function dateTime(params: URLSearchParams, name: string): number | undefined {
  const raw = single(params, name)
  if (raw === undefined) return undefined
  const time = isoDateTime.test(raw) ? Date.parse(raw.length === 10 ? `${raw}T00:00:00Z` : raw.replace(' ', 'T')) : NaN
  if (Number.isNaN(time)) {
    throw new ParameterError(
      name,
      `Der Parameter „${name}“ muss ein Datum oder Zeitpunkt nach ISO 8601 sein, z. B. 2026-01-31 oder 2026-01-31T12:00:00Z.`,
    )
  }
  return time
}

function search(params: URLSearchParams): string | undefined {
  const raw = single(params, 'search')
  if (raw === undefined) return undefined
  const text = raw.trim()
  if (text.length > MAX_SEARCH_LENGTH) {
    throw new ParameterError('search', `Der Parameter „search“ darf höchstens ${MAX_SEARCH_LENGTH} Zeichen lang sein.`)
  }
  return text === '' ? undefined : text.toLocaleLowerCase('de')
}

/**
 * Reads the HSDS path (below the API base, e.g. "/services/…") and its query
 * parameters. Returns the request, or a 400/404 problem naming what is wrong.
 */
export function parseHsdsRequest(path: string, params: URLSearchParams): HsdsRequest | HsdsAnswer {
  const segments = path.split('/').filter(Boolean)
  try {
    for (const name of unsupported) {
      if (params.has(name)) {
        throw new ParameterError(name, `Der Parameter „${name}“ wird von dieser Schnittstelle nicht unterstützt.`)
      }
    }
    const format = single(params, 'format')
    if (format !== undefined && format !== 'json') {
      throw new ParameterError('format', 'Der Parameter „format“ kennt nur den Wert „json“.')
    }
    if (segments.length === 0) return { kind: 'meta' }
    const route = segments[0] as ListRoute
    if (!(route in listParameters) || segments.length > 2) {
      return problem(404, 'Diesen Pfad gibt es in der HSDS-Schnittstelle nicht.')
    }
    if (segments.length === 2) {
      return { kind: 'item', route, id: segments[1]!.toLowerCase(), fullService: boolean(params, 'full_service') }
    }
    const allowed = listParameters[route]
    const query: ListQuery = {
      page: integer(params, 'page', 1, Number.MAX_SAFE_INTEGER, 1),
      perPage: integer(params, 'per_page', 1, MAX_PER_PAGE, DEFAULT_PER_PAGE),
      search: search(params),
      taxonomyTermId: allowed.includes('taxonomy_term_id') ? uuid(params, 'taxonomy_term_id') : undefined,
      taxonomyId: allowed.includes('taxonomy_id') ? uuid(params, 'taxonomy_id') : undefined,
      organizationId: allowed.includes('organization_id') ? uuid(params, 'organization_id') : undefined,
      parentId: allowed.includes('parent_id') ? uuid(params, 'parent_id') : undefined,
      modifiedAfter: allowed.includes('modified_after') ? dateTime(params, 'modified_after') : undefined,
      full: allowed.includes('full') ? boolean(params, 'full') : false,
      fullService: allowed.includes('full_service') ? boolean(params, 'full_service') : false,
      topOnly: allowed.includes('top_only') ? boolean(params, 'top_only') : false,
    }
    return { kind: 'list', route, query }
  } catch (error) {
    if (error instanceof ParameterError) return problem(400, error.message, error.parameter)
    throw error
  }
}

/** One page of a list, in the HSDS `Page` shape. */
export function toPage<T>(items: readonly T[], page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.ceil(items.length / perPage)
  const contents = items.slice((page - 1) * perPage, page * perPage)
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  }
}

/** The API root: which HSDS version this is and where its description lives. */
export function hsdsMeta(): Hsds.ApiMeta {
  return { version: HSDS_VERSION, openapi_url: HSDS_OPENAPI_URL }
}

const contains = (needle: string | undefined, ...haystack: (string | undefined)[]) =>
  needle === undefined || haystack.some((text) => text?.toLocaleLowerCase('de').includes(needle))

const notFound: Record<ItemRoute, string> = {
  services: 'Diese Leistung gibt es nicht oder sie ist nicht veröffentlicht.',
  organizations: 'Diese Organisation gibt es nicht.',
  service_at_locations: 'Dieses Angebot an einem Standort gibt es nicht oder es ist nicht veröffentlicht.',
  taxonomies: 'Diese Taxonomie gibt es nicht.',
  taxonomy_terms: 'Diesen Taxonomie-Begriff gibt es nicht.',
}

/** Answers a parsed request from the dataset. */
export function answerHsdsRequest(request: HsdsRequest, dataset: HsdsDataset): HsdsAnswer {
  if (request.kind === 'meta') return { status: 200, body: hsdsMeta() }
  if (request.kind === 'item') {
    const found = findItem(request, dataset)
    return found === undefined ? problem(404, notFound[request.route]) : { status: 200, body: found }
  }
  const { query } = request
  const page = (items: readonly unknown[]) => ({ status: 200, body: toPage(items, query.page, query.perPage) })
  switch (request.route) {
    case 'services': {
      const items = dataset.services.filter(
        (s) =>
          contains(query.search, s.name, s.description) &&
          (query.organizationId === undefined || s.organization_id === query.organizationId) &&
          (query.taxonomyTermId === undefined ||
            s.attributes.some((a) => a.taxonomy_term_id === query.taxonomyTermId)) &&
          (query.taxonomyId === undefined ||
            s.attributes.some((a) => a.taxonomy_term.taxonomy_id === query.taxonomyId)) &&
          (query.modifiedAfter === undefined || Date.parse(s.last_modified) >= query.modifiedAfter),
      )
      return page(query.full ? items : items.map(toHsdsServiceBasic))
    }
    case 'service_at_locations': {
      const items = dataset.serviceAtLocations.filter((sal) => {
        const s = sal.service!
        const address = sal.location.addresses[0]
        return (
          contains(query.search, s.name, s.description, sal.location.name, address?.city, address?.postal_code) &&
          (query.organizationId === undefined || s.organization_id === query.organizationId) &&
          (query.taxonomyTermId === undefined ||
            s.attributes.some((a) => a.taxonomy_term_id === query.taxonomyTermId)) &&
          (query.taxonomyId === undefined ||
            s.attributes.some((a) => a.taxonomy_term.taxonomy_id === query.taxonomyId)) &&
          (query.modifiedAfter === undefined || Date.parse(s.last_modified) >= query.modifiedAfter)
        )
      })
      return page(query.full ? items : items.map(toHsdsServiceAtLocationListItem))
    }
    case 'organizations': {
      const items = dataset.organizations.filter((o) => contains(query.search, o.name, o.alternate_name, o.description))
      if (query.fullService) return page(items.map((o) => withFullServices(o, dataset)))
      return page(query.full ? items : items.map(toHsdsOrganizationListItem))
    }
    case 'taxonomies':
      return page(dataset.taxonomies.filter((t) => contains(query.search, t.name, t.description)))
    case 'taxonomy_terms':
      return page(
        dataset.taxonomyTerms.filter(
          (t) =>
            contains(query.search, t.name, t.description, t.code) &&
            (query.taxonomyId === undefined || t.taxonomy_id === query.taxonomyId) &&
            (query.parentId === undefined || t.parent_id === query.parentId) &&
            (!query.topOnly || t.parent_id === undefined),
        ),
      )
  }
}

function findItem(request: Extract<HsdsRequest, { kind: 'item' }>, dataset: HsdsDataset): unknown {
  switch (request.route) {
    case 'services':
      return dataset.services.find((s) => s.id === request.id)
    case 'service_at_locations':
      return dataset.serviceAtLocations.find((s) => s.id === request.id)
    case 'organizations': {
      const organization = dataset.organizations.find((o) => o.id === request.id)
      return organization && request.fullService ? withFullServices(organization, dataset) : organization
    }
    case 'taxonomies':
      return dataset.taxonomies.find((t) => t.id === request.id)
    case 'taxonomy_terms':
      return dataset.taxonomyTerms.find((t) => t.id === request.id)
  }
}
