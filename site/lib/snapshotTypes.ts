/**
 * The shape of the snapshot the site renders from (read by snapshot.ts); a
 * module of its own so that the render context (renderContext.ts) can name it
 * without importing the reader that imports the context.
 */
import type {
  ContactPerson,
  Department,
  EasyLanguageText,
  GlossaryTerm,
  Location,
  Manifest,
  Page,
  Region,
  Service,
  Topic,
  VideoTutorial,
} from '../../content-models/schemas/index.ts'

/** Items of one type with lookups by id and slug. */
export interface Collection<T extends { id: string; slug: string }> {
  /** All items, in a stable order (by name or title, German collation). */
  all: T[]
  byId: Map<string, T>
  bySlug: Map<string, T>
}

export interface Snapshot {
  /** Folder the snapshot was read from. */
  dir: string
  manifest: Manifest
  services: Collection<Service>
  easyLanguageTexts: Collection<EasyLanguageText>
  /** Wörterbuch: difficult words explained in Leichte Sprache, shared by all Leichte-Sprache texts. */
  glossaryTerms: Collection<GlossaryTerm>
  contactPersons: Collection<ContactPerson>
  locations: Collection<Location>
  videos: Collection<VideoTutorial>
  pages: Collection<Page>
  topics: Collection<Topic>
  departments: Collection<Department>
  regions: Collection<Region>
  /** Services per topic id (services that list the topic). */
  servicesByTopic: Map<string, Service[]>
  /** Services per location id (the service lists the location, or the location lists the service). */
  servicesByLocation: Map<string, Service[]>
  /** Services per contact person id (the service names the person, or the person is responsible for it). */
  servicesByContact: Map<string, Service[]>
  /** Services per department id. */
  servicesByDepartment: Map<string, Service[]>
  /** Videos per service id. */
  videosByService: Map<string, VideoTutorial[]>
  /** The Leichte-Sprache text of a service, per service id. */
  easyLanguageByService: Map<string, EasyLanguageText>
  /** The Leichte-Sprache text of an editorial page, per page id. */
  easyLanguageByPage: Map<string, EasyLanguageText>
  /** Contact persons per location id (the location lists them, or they work there). */
  contactsByLocation: Map<string, ContactPerson[]>
  /** Contact persons per department id. */
  contactsByDepartment: Map<string, ContactPerson[]>
  /** Locations per department id. */
  locationsByDepartment: Map<string, Location[]>
  /** Child topics per parent id; top-level topics under the key ROOT_TOPIC. Sorted by `order`, then title. */
  topicChildren: Map<string, Topic[]>
  /** The editorial page of each kind except 'other' (the most recently changed one if there are several). */
  pageByKind: Map<Page['kind'], Page>
}
