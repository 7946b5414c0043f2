/**
 * CMS document (depth 0: relationships as ids) → public object.
 *
 * The functions are pure: everything they need to know about other items
 * (which ids are published, media files, reverse references) comes in the
 * context. They do not validate; export.ts checks every result against its
 * zod schema, so a missing required value shows up there with its field path.
 */
import type { z } from 'zod'
import type {
  ContactPerson as CmsContactPerson,
  Department as CmsDepartment,
  EasyLanguageText as CmsEasyLanguageText,
  GlossaryTerm as CmsGlossaryTerm,
  Location as CmsLocation,
  Media as CmsMedia,
  Page as CmsPage,
  Region as CmsRegion,
  Service as CmsService,
  Topic as CmsTopic,
  VideoTutorial as CmsVideoTutorial,
} from '../payload-types.ts'
import { lexicalToHtml, lexicalToText } from './richtext.ts'
import type {
  contactPersonSchema,
  departmentSchema,
  easyLanguageTextSchema,
  glossaryTermSchema,
  Image,
  locationSchema,
  pageSchema,
  PublicCollection,
  regionSchema,
  RichText,
  serviceSchema,
  topicSchema,
  videoTutorialSchema,
} from '../../content-models/schemas/index.ts'

/** A stored reference at depth 0: an id, or (if populated after all) a document with an id. */
type Ref = number | string | { id: number | string } | null | undefined

/** The CMS documents each public collection is read from. */
export interface CmsDocs {
  services: CmsService
  'easy-language-texts': CmsEasyLanguageText
  'glossary-terms': CmsGlossaryTerm
  'contact-persons': CmsContactPerson
  locations: CmsLocation
  'video-tutorials': CmsVideoTutorial
  pages: CmsPage
  topics: CmsTopic
  departments: CmsDepartment
  regions: CmsRegion
}

/** What the mapping needs to know about other items. */
export interface MapContext {
  /** Ids of the items in the snapshot, per collection; references to anything else are dropped. */
  published: Record<PublicCollection, ReadonlySet<string>>
  /** Media documents (images) by id, for photos and posters. */
  media: ReadonlyMap<string, CmsMedia>
  /** Location id → ids of published services that list the location (in slug order). */
  servicesByLocation: ReadonlyMap<string, readonly string[]>
  /** Location id → ids of published contact persons whose location it is (in slug order). */
  contactPersonsByLocation: ReadonlyMap<string, readonly string[]>
}

/** The published documents of every public collection, and all media. */
export type PublishedDocs = { [C in PublicCollection]: CmsDocs[C][] } & { media: CmsMedia[] }

/** Builds the mapping context from the published documents (each list holds only published items). */
export function createMapContext(docs: PublishedDocs): MapContext {
  const idsOf = (list: { id: number | string }[]) => new Set(list.map((doc) => String(doc.id)))
  const published = {
    services: idsOf(docs.services),
    'easy-language-texts': idsOf(docs['easy-language-texts']),
    'glossary-terms': idsOf(docs['glossary-terms']),
    'contact-persons': idsOf(docs['contact-persons']),
    locations: idsOf(docs.locations),
    'video-tutorials': idsOf(docs['video-tutorials']),
    pages: idsOf(docs.pages),
    topics: idsOf(docs.topics),
    departments: idsOf(docs.departments),
    regions: idsOf(docs.regions),
  } satisfies MapContext['published']

  const { servicesByLocation, contactPersonsByLocation } = reverseLists(
    docs.services.map((doc) => ({ id: String(doc.id), slug: doc.slug, at: locationRefs('services', doc) })),
    docs['contact-persons'].map((doc) => ({
      id: String(doc.id),
      slug: doc.slug,
      at: locationRefs('contact-persons', doc),
    })),
  )
  const media = new Map(docs.media.map((doc) => [String(doc.id), doc]))
  return { published, media, servicesByLocation, contactPersonsByLocation }
}

/** A published item as the reverse lists see it: its id, its slug and the locations it names. */
export interface ReverseEntry {
  id: string
  slug: string
  at: readonly string[]
}

/**
 * The locations a document names that are listed back on the location
 * (services offered there, contact persons working there), as stored: the
 * location's record keeps only the published ones.
 */
export function locationRefs(collection: PublicCollection, doc: unknown): string[] {
  if (collection === 'services') return uniqueIds((doc as CmsService).locations)
  if (collection === 'contact-persons') {
    const id = refId((doc as CmsContactPerson).location)
    return id === undefined ? [] : [id]
  }
  return []
}

/** Location id → ids of the services and contact persons naming it, in slug order (reverse references have no editorial order). */
export function reverseLists(
  services: readonly ReverseEntry[],
  contactPersons: readonly ReverseEntry[],
): Pick<MapContext, 'servicesByLocation' | 'contactPersonsByLocation'> {
  const bySlug = (list: readonly ReverseEntry[]) =>
    [...list].sort((a, b) => (a.slug === b.slug ? a.id.localeCompare(b.id) : a.slug < b.slug ? -1 : 1))
  const index = (list: readonly ReverseEntry[]) => {
    const map = new Map<string, string[]>()
    for (const entry of bySlug(list))
      for (const location of entry.at) {
        const ids = map.get(location) ?? []
        ids.push(entry.id)
        map.set(location, ids)
      }
    return map
  }
  return { servicesByLocation: index(services), contactPersonsByLocation: index(contactPersons) }
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** The id of a stored reference as a string, or undefined. */
export function refId(ref: Ref): string | undefined {
  if (ref === null || ref === undefined) return undefined
  if (typeof ref === 'object') return ref.id === null || ref.id === undefined ? undefined : String(ref.id)
  return String(ref)
}

function uniqueIds(refs: readonly Ref[] | null | undefined): string[] {
  const ids = (refs ?? []).map(refId).filter((id): id is string => id !== undefined)
  return [...new Set(ids)]
}

/** A single reference, kept only if the target is published. */
function publishedRef(ref: Ref, collection: PublicCollection, ctx: MapContext): string | undefined {
  const id = refId(ref)
  return id !== undefined && ctx.published[collection].has(id) ? id : undefined
}

/** References in stored order, without duplicates, only to published items. */
function publishedRefs(
  refs: readonly Ref[] | null | undefined,
  collection: PublicCollection,
  ctx: MapContext,
): string[] {
  return uniqueIds(refs).filter((id) => ctx.published[collection].has(id))
}

/** A required reference: kept as is if published, otherwise undefined so that validation names the field. */
const requiredRef = publishedRef

/** Trimmed text, or undefined for null, undefined and blank. */
function optionalText(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  return text === '' ? undefined : text
}

/** Trimmed text; missing stays undefined so that validation reports it. */
function text(value: string | null | undefined): string {
  return typeof value === 'string' ? value.trim() : (value as unknown as string)
}

/** An ISO date-time in UTC; an unparsable value is passed on unchanged so that validation reports it. */
function isoDate(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : date.toISOString()
}

function richText(state: unknown): RichText {
  return { html: lexicalToHtml(state), text: lexicalToText(state) }
}

/** Rich text that may be empty: undefined when there is no text. */
function optionalRichText(state: unknown): RichText | undefined {
  const value = richText(state)
  return value.text.trim() === '' && value.html === '' ? undefined : value
}

function bool(value: boolean | null | undefined): boolean {
  return value === true
}

/** The public address of a media file (file name URL-encoded); undefined when the document has no file. */
function mediaUrl(filename: string | null | undefined): string | undefined {
  return filename ? `/media/${encodeURIComponent(filename)}` : undefined
}

function image(ref: Ref, ctx: MapContext): Image | undefined {
  const id = refId(ref)
  const doc = id === undefined ? undefined : ctx.media.get(id)
  const url = mediaUrl(doc?.filename)
  if (!doc || !url) return undefined
  return {
    id: String(doc.id),
    url,
    alt: doc.alt ?? '',
    ...(doc.width ? { width: doc.width } : {}),
    ...(doc.height ? { height: doc.height } : {}),
    ...(doc.mimeType ? { mimeType: doc.mimeType } : {}),
  }
}

/** Keeps only keys whose value is defined, so that optional fields are left out of the JSON. */
function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

// ---------------------------------------------------------------------------
// Mappings, one per public type
// ---------------------------------------------------------------------------

export function toPublicService(doc: CmsService, ctx: MapContext): z.input<typeof serviceSchema> {
  return compact({
    id: String(doc.id),
    slug: doc.slug,
    name: text(doc.name),
    nameEasyLanguage: optionalText(doc.nameEasyLanguage),
    teaser: text(doc.teaser),
    description: richText(doc.description),
    audience: optionalText(doc.audience),
    requirements: optionalRichText(doc.requirements),
    documents: (doc.documents ?? []).map((d) => compact({ name: text(d.name), note: optionalText(d.note) })),
    costs: optionalText(doc.costs),
    deadlines: optionalText(doc.deadlines),
    processingTime: optionalText(doc.processingTime),
    procedure: optionalRichText(doc.procedure),
    legalBasis: (doc.legalBasis ?? []).map((l) => compact({ title: text(l.title), url: optionalText(l.url) })),
    forms: (doc.forms ?? []).map((f) => ({ title: text(f.title), url: text(f.url), kind: f.kind })),
    topics: publishedRefs(doc.topics, 'topics', ctx),
    contactPersons: publishedRefs(doc.contactPersons, 'contact-persons', ctx),
    locations: publishedRefs(doc.locations, 'locations', ctx),
    // A service never relates to itself, even if the stored list says so.
    relatedServices: publishedRefs(doc.relatedServices, 'services', ctx).filter((id) => id !== String(doc.id)),
    bookable: doc.bookable === true,
    leikaKey: optionalText(doc.leikaKey),
    department: requiredRef(doc.department, 'departments', ctx) as string,
    // approval.approvedBy is left out: free text that may name a person, without a consent record.
    approvedAt: isoDate(doc.approval?.approvedAt),
    updatedAt: isoDate(doc.updatedAt) as string,
  })
}

export function toPublicEasyLanguageText(
  doc: CmsEasyLanguageText,
  ctx: MapContext,
): z.input<typeof easyLanguageTextSchema> {
  const lines = (doc.text ?? '')
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const reviewedAt = isoDate(doc.review?.reviewedAt)
  return compact({
    id: String(doc.id),
    slug: doc.slug,
    title: text(doc.title),
    service: publishedRef(doc.service, 'services', ctx),
    page: publishedRef(doc.page, 'pages', ctx),
    lines,
    // Each picture beside its sentence; a picture whose sentence is no longer in the text is left out.
    pictures: (doc.pictures ?? []).flatMap((picture) => {
      const line = lines.indexOf((picture.sentence ?? '').trim())
      const img = image(picture.image, ctx)
      return line >= 0 && img ? [{ image: img, line }] : []
    }),
    glossary: (doc.glossary ?? []).map((g) => ({ term: text(g.term), explanation: text(g.explanation) })),
    // Only when and by whom; review.remarks and review.sourceVersion are internal.
    review: reviewedAt ? compact({ reviewedAt, reviewedBy: optionalText(doc.review?.reviewedBy) }) : undefined,
    department: requiredRef(doc.department, 'departments', ctx) as string,
    updatedAt: isoDate(doc.updatedAt) as string,
  })
}

export function toPublicGlossaryTerm(doc: CmsGlossaryTerm, ctx: MapContext): z.input<typeof glossaryTermSchema> {
  const explanation = (doc.explanation ?? '')
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
  return compact({
    id: String(doc.id),
    slug: doc.slug,
    term: text(doc.term),
    explanation,
    department: requiredRef(doc.department, 'departments', ctx) as string,
    updatedAt: isoDate(doc.updatedAt) as string,
  })
}

/** Name and photo may be published only with consent that is given and recorded. */
export function hasRecordedConsent(doc: Pick<CmsContactPerson, 'consent'>): boolean {
  return doc.consent?.given === true && Boolean(doc.consent.recordedAt)
}

export function toPublicContactPerson(doc: CmsContactPerson, ctx: MapContext): z.input<typeof contactPersonSchema> {
  const consent = hasRecordedConsent(doc)
  const from = optionalText(doc.responsibility?.surnameFrom)
  const to = optionalText(doc.responsibility?.surnameTo)
  return compact({
    id: String(doc.id),
    slug: doc.slug,
    function: text(doc.function),
    functionEasyLanguage: optionalText(doc.functionEasyLanguage),
    // The consent record itself never leaves the CMS.
    name: consent ? optionalText(doc.name) : undefined,
    photo: consent ? image(doc.photo, ctx) : undefined,
    phone: text(doc.phone),
    email: text(doc.email),
    languages: [...new Set(doc.languages ?? [])],
    dgs: bool(doc.dgs),
    easyLanguage: bool(doc.easyLanguage),
    responsibility: compact({
      services: publishedRefs(doc.responsibility?.services, 'services', ctx),
      topics: publishedRefs(doc.responsibility?.topics, 'topics', ctx),
      regions: publishedRefs(doc.responsibility?.regions, 'regions', ctx),
      // Half a range is an editing error the CMS rejects; passed on, validation reports it.
      surnameRange: from || to ? ({ from, to } as { from: string; to: string }) : undefined,
    }),
    location: publishedRef(doc.location, 'locations', ctx),
    department: requiredRef(doc.department, 'departments', ctx) as string,
    updatedAt: isoDate(doc.updatedAt) as string,
  })
}

export function toPublicLocation(doc: CmsLocation, ctx: MapContext): z.input<typeof locationSchema> {
  const id = String(doc.id)
  const a = doc.accessibility
  return compact({
    id,
    slug: doc.slug,
    name: text(doc.name),
    address: {
      street: text(doc.address?.street),
      postalCode: text(doc.address?.postalCode),
      city: text(doc.address?.city),
    },
    coordinates: { lat: doc.coordinates?.lat, lon: doc.coordinates?.lon },
    region: requiredRef(doc.region, 'regions', ctx) as string,
    phone: optionalText(doc.phone),
    email: optionalText(doc.email),
    openingHours: (doc.openingHours ?? []).map((h) =>
      compact({ day: h.day, opens: text(h.opens), closes: text(h.closes), note: optionalText(h.note) }),
    ),
    openingHoursNote: optionalText(doc.openingHoursNote),
    accessibility: compact({
      stepFree: bool(a?.stepFree),
      lift: bool(a?.lift),
      accessibleToilet: bool(a?.accessibleToilet),
      hearingLoop: bool(a?.hearingLoop),
      dgs: bool(a?.dgs),
      easyLanguage: bool(a?.easyLanguage),
      parking: bool(a?.parking),
      note: optionalText(a?.note),
    }),
    publicTransport: optionalText(doc.publicTransport),
    bookable: doc.bookable === true,
    // Computed from published services, not from the stored join (which also counts drafts).
    services: [...(ctx.servicesByLocation.get(id) ?? [])].filter((s) => ctx.published.services.has(s)),
    contactPersons: [...(ctx.contactPersonsByLocation.get(id) ?? [])].filter((c) =>
      ctx.published['contact-persons'].has(c),
    ),
    department: requiredRef(doc.department, 'departments', ctx) as string,
    updatedAt: isoDate(doc.updatedAt) as string,
  })
}

export function toPublicVideoTutorial(doc: CmsVideoTutorial, ctx: MapContext): z.input<typeof videoTutorialSchema> {
  const filename = optionalText(doc.filename)
  return compact({
    id: String(doc.id),
    slug: doc.slug,
    title: text(doc.title),
    description: text(doc.description),
    file: filename
      ? {
          url: `/videos/${encodeURIComponent(filename)}`,
          filename,
          mimeType: doc.mimeType as 'video/mp4' | 'video/webm',
          sizeBytes: doc.filesize as number,
        }
      : (undefined as unknown as z.input<typeof videoTutorialSchema>['file']), // reported by validation
    mp4:
      doc.mp4?.status === 'ready' && doc.mp4.filename && doc.mp4.sizeBytes
        ? { url: `/videos/${encodeURIComponent(doc.mp4.filename)}`, sizeBytes: doc.mp4.sizeBytes }
        : undefined,
    captions: typeof doc.captions === 'string' ? doc.captions.replace(/\r\n?/g, '\n').trim() + '\n' : doc.captions,
    transcript: text(doc.transcript),
    dgs: bool(doc.dgs),
    easyLanguage: bool(doc.easyLanguage),
    durationSeconds: doc.durationSeconds,
    poster: image(doc.poster, ctx),
    services: publishedRefs(doc.services, 'services', ctx),
    department: requiredRef(doc.department, 'departments', ctx) as string,
    updatedAt: isoDate(doc.updatedAt) as string,
  })
}

export function toPublicPage(doc: CmsPage, ctx: MapContext): z.input<typeof pageSchema> {
  return compact({
    id: String(doc.id),
    slug: doc.slug,
    title: text(doc.title),
    kind: doc.kind,
    summary: text(doc.summary),
    content: richText(doc.content),
    video: publishedRef(doc.video, 'video-tutorials', ctx),
    department: requiredRef(doc.department, 'departments', ctx) as string,
    updatedAt: isoDate(doc.updatedAt) as string,
  })
}

export function toPublicTopic(doc: CmsTopic, ctx: MapContext): z.input<typeof topicSchema> {
  return compact({
    id: String(doc.id),
    slug: doc.slug,
    title: text(doc.title),
    titleEasyLanguage: optionalText(doc.titleEasyLanguage),
    description: text(doc.description),
    // An unpublished parent is dropped: the topic then shows at the top level.
    parent: publishedRef(doc.parent, 'topics', ctx),
    order: typeof doc.order === 'number' ? doc.order : 0,
    updatedAt: isoDate(doc.updatedAt) as string,
  })
}

export function toPublicDepartment(doc: CmsDepartment): z.input<typeof departmentSchema> {
  return compact({
    id: String(doc.id),
    slug: doc.slug,
    name: text(doc.name),
    shortName: optionalText(doc.shortName),
    description: optionalText(doc.description),
    email: optionalText(doc.email),
    phone: optionalText(doc.phone),
    updatedAt: isoDate(doc.updatedAt) as string,
  })
}

export function toPublicRegion(doc: CmsRegion, ctx: MapContext): z.input<typeof regionSchema> {
  return compact({
    id: String(doc.id),
    slug: doc.slug,
    name: text(doc.name),
    kind: doc.kind,
    kreis: publishedRef(doc.kreis, 'regions', ctx),
    kreisKey: text(doc.kreisKey),
    coordinates: { lat: doc.coordinates?.lat, lon: doc.coordinates?.lon },
    updatedAt: isoDate(doc.updatedAt) as string,
  })
}
