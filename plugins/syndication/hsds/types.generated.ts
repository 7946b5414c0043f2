/**
 * HSDS 3.0 types. Generated, do not edit: `npm run generate:hsds-types` writes this file
 * (plugins/syndication/hsds/types-generator.ts) with json-schema-to-typescript from the official
 * HSDS 3.0 JSON Schemas of Open Referral (CC BY-SA 4.0): the objects from schema/*.json, the
 * API's documents from schema/compiled/*.json, the list page and the API root from
 * schema/openapi.json. Objects are closed (no other fields); descriptions are in the schemas.
 * types-generator.test.ts fails when this file differs from what the schemas give.
 */

// The objects (schema/*.json).
export interface Accessibility {
  id: string
  location_id?: string
  description?: string
  details?: string
  url?: string
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface Address {
  id: string
  location_id?: string
  attention?: string
  address_1: string
  address_2?: string
  city: string
  region?: string
  state_province: string
  postal_code: string
  country: string
  address_type: 'physical' | 'postal' | 'virtual'
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface Attribute {
  id: string
  link_id?: string
  taxonomy_term_id?: string
  link_type?: string
  link_entity?: string
  value?: string
  taxonomy_term?: TaxonomyTerm
  metadata?: Metadata[]
}

export interface Contact {
  id: string
  organization_id?: string
  service_id?: string
  service_at_location_id?: string
  location_id?: string
  name?: string
  title?: string
  department?: string
  email?: string
  phones?: Phone[]
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface CostOption {
  id: string
  service_id?: string
  valid_from?: string
  valid_to?: string
  option?: string
  currency?: string
  amount?: number
  amount_description?: string
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface Funding {
  id: string
  organization_id?: string
  service_id?: string
  source?: string
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface Language {
  id: string
  service_id?: string
  location_id?: string
  phone_id?: string
  name?: string
  code?: string
  note?: string
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface Location {
  id: string
  location_type: 'physical' | 'postal' | 'virtual'
  url?: string
  organization_id?: string
  name?: string
  alternate_name?: string
  description?: string
  transportation?: string
  latitude?: number
  longitude?: number
  external_identifier?: string
  external_identifier_type?: string
  languages?: Language[]
  addresses?: Address[]
  contacts?: Contact[]
  accessibility?: Accessibility[]
  phones?: Phone[]
  schedules?: Schedule[]
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface MetaTableDescription {
  id: string
  name?: string
  language?: string
  character_set?: string
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface Metadata {
  id: string
  resource_id?: string
  resource_type?: string
  last_action_date: string
  last_action_type: string
  field_name: string
  previous_value: string
  replacement_value: string
  updated_by: string
}

export interface Organization {
  id: string
  name: string
  alternate_name?: string
  description: string
  email?: string
  website?: string
  tax_status?: string
  tax_id?: string
  year_incorporated?: number
  legal_status?: string
  logo?: string
  uri?: string
  parent_organization_id?: string
  funding?: Funding[]
  contacts?: Contact[]
  phones?: Phone[]
  locations?: Location[]
  programs?: Program[]
  organization_identifiers?: OrganizationIdentifier[]
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface OrganizationIdentifier {
  id: string
  organization_id?: string
  identifier_scheme?: string
  identifier_type: string
  identifier: string
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface Phone {
  id: string
  location_id?: string
  service_id?: string
  organization_id?: string
  contact_id?: string
  service_at_location_id?: string
  number: string
  extension?: number
  type?: string
  description?: string
  languages?: Language[]
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface Program {
  id: string
  organization_id?: string
  name: string
  alternate_name?: string
  description: string
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface RequiredDocument {
  id: string
  service_id?: string
  document?: string
  uri?: string
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface Schedule {
  id: string
  service_id?: string
  location_id?: string
  service_at_location_id?: string
  valid_from?: string
  valid_to?: string
  dtstart?: string
  timezone?: number
  until?: string
  count?: number
  wkst?: 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU'
  freq?: 'WEEKLY' | 'MONTHLY'
  interval?: number
  byday?: string
  byweekno?: string
  bymonthday?: string
  byyearday?: string
  description?: string
  opens_at?: string
  closes_at?: string
  schedule_link?: string
  attending_type?: string
  notes?: string
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface Service {
  id: string
  organization_id?: string
  program_id?: string
  name: string
  alternate_name?: string
  description?: string
  url?: string
  email?: string
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed'
  interpretation_services?: string
  application_process?: string
  fees_description?: string
  wait_time?: string
  fees?: string
  accreditations?: string
  eligibility_description?: string
  minimum_age?: number
  maximum_age?: number
  assured_date?: string
  assurer_email?: string
  licenses?: string
  alert?: string
  last_modified?: string
  phones?: Phone[]
  schedules?: Schedule[]
  service_areas?: ServiceArea[]
  service_at_locations?: ServiceAtLocation[]
  languages?: Language[]
  organization?: Organization
  funding?: Funding[]
  cost_options?: CostOption[]
  program?: Program
  required_documents?: RequiredDocument[]
  contacts?: Contact[]
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface ServiceArea {
  id: string
  service_id?: string
  name?: string
  description?: string
  extent?: string
  extent_type?: string
  uri?: string
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface ServiceAtLocation {
  id: string
  service_id?: string
  location_id?: string
  description?: string
  contacts?: Contact[]
  phones?: Phone[]
  schedules?: Schedule[]
  location?: Location
  attributes?: Attribute[]
  metadata?: Metadata[]
}

export interface Taxonomy {
  id: string
  name: string
  description: string
  uri?: string
  version?: string
  metadata?: Metadata[]
}

export interface TaxonomyTerm {
  id: string
  code?: string
  name: string
  description: string
  parent_id?: string
  taxonomy?: string
  taxonomy_detail?: Taxonomy
  language?: string
  taxonomy_id?: string
  term_uri?: string
  metadata?: Metadata[]
}

// The documents the API answers with (schema/compiled/*.json).
/** schema/compiled/service.json */
export type ApiService = Service

/** schema/compiled/service_list.json */
export type ApiServiceList = Omit<
  Service,
  | 'phones'
  | 'schedules'
  | 'service_areas'
  | 'service_at_locations'
  | 'languages'
  | 'funding'
  | 'cost_options'
  | 'required_documents'
  | 'contacts'
  | 'attributes'
  | 'metadata'
  | 'organization'
  | 'program'
> & {
  organization?: Omit<
    Organization,
    | 'funding'
    | 'contacts'
    | 'phones'
    | 'locations'
    | 'programs'
    | 'organization_identifiers'
    | 'attributes'
    | 'metadata'
  >
  program?: Omit<Program, 'attributes' | 'metadata'>
}

/** schema/compiled/organization.json */
export type ApiOrganization = Organization & { services?: Service[] }

/** schema/compiled/organization_list.json */
export type ApiOrganizationList = Omit<
  Organization,
  'funding' | 'contacts' | 'phones' | 'locations' | 'programs' | 'organization_identifiers' | 'attributes' | 'metadata'
>

/** schema/compiled/service_at_location.json */
export type ApiServiceAtLocation = ServiceAtLocation & { service?: Omit<Service, 'service_at_locations'> }

/** schema/compiled/service_at_location_list.json */
export type ApiServiceAtLocationList = Omit<
  ServiceAtLocation,
  'contacts' | 'phones' | 'schedules' | 'attributes' | 'metadata' | 'location'
> & {
  location?: Omit<
    Location,
    'languages' | 'addresses' | 'contacts' | 'accessibility' | 'phones' | 'schedules' | 'attributes' | 'metadata'
  >
  service?: Omit<
    Service,
    | 'phones'
    | 'schedules'
    | 'service_areas'
    | 'service_at_locations'
    | 'languages'
    | 'funding'
    | 'cost_options'
    | 'required_documents'
    | 'contacts'
    | 'attributes'
    | 'metadata'
    | 'organization'
    | 'program'
  > & {
    organization?: Omit<
      Organization,
      | 'funding'
      | 'contacts'
      | 'phones'
      | 'locations'
      | 'programs'
      | 'organization_identifiers'
      | 'attributes'
      | 'metadata'
    >
    program?: Omit<Program, 'attributes' | 'metadata'>
  }
}

// The list page and the API root (schema/openapi.json).
export interface Page {
  total_items?: number
  total_pages?: number
  page_number?: number
  size?: number
  first_page?: boolean
  last_page?: boolean
  empty?: boolean
}

export interface ApiMeta {
  version?: string
  profile?: string
  openapi_url?: string
}
