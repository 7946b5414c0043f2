/**
 * Shapes of the demo content files in `cms/seed/data/`. The seed script turns
 * them into CMS documents; references between items are made by slug.
 *
 * Rich text ("RichTextSource") is written as plain text: paragraphs separated
 * by a blank line, bullet list items as lines starting with "- ".
 */
import type { ContactPerson } from '../payload-types.ts'

export type RichTextSource = string

export type DepartmentSlug =
  'soziales' | 'kinder-jugend-familie' | 'schulen-inklusionsamt-soziale-entschaedigung' | 'klinikverbund-hph'

export interface RegionSeed {
  /** Official name, e.g. "Bergisch Gladbach" */
  name: string
  /** 'kreis' for a Kreis or the Städteregion, 'kreisfreie-stadt', or 'gemeinde' (a town or municipality inside a Kreis) */
  kind: 'kreis' | 'kreisfreie-stadt' | 'gemeinde'
  /** For a gemeinde: the name of its Kreis exactly as in the Kreis entry; omitted otherwise */
  kreis?: string
  /** Five-digit official key of the Kreis or kreisfreie Stadt (e.g. "05378"); for a gemeinde the key of its Kreis */
  kreisKey: string
  /** Centroid (WGS84) of the municipality / Kreis, 4 decimals */
  lat: number
  lon: number
}

export interface ServiceSeed {
  slug: string
  department: DepartmentSlug
  name: string
  /** The name in Leichte Sprache (Leichte-Sprache finder, near me). */
  nameEasyLanguage?: string
  /** One or two sentences, at most 300 characters */
  teaser: string
  /** What the service is */
  description: RichTextSource
  /** Who can get it (Zielgruppe), one or two sentences */
  audience: string
  /** Requirements (Voraussetzungen) */
  requirements: RichTextSource
  /** Required documents (Erforderliche Unterlagen) */
  documents: { name: string; note?: string }[]
  /** Costs (Kosten), e.g. "Die Beratung ist kostenfrei." */
  costs: string
  /** Deadlines (Fristen); may be "Keine" style sentence */
  deadlines: string
  /** Processing time (Bearbeitungsdauer) */
  processingTime: string
  /** Procedure (Verfahrensablauf) */
  procedure: RichTextSource
  /** Legal basis, e.g. { title: '§ 106 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__106.html' } */
  legalBasis: { title: string; url?: string }[]
  /** Forms and online services; kind 'form' (PDF/paper) or 'online' */
  forms: { title: string; url: string; kind: 'form' | 'online' }[]
  /** Topic slugs (see cms/seed/data/topics.ts) */
  topics: string[]
  /** Slugs of related services */
  relatedServices: string[]
  /** Optional 14-digit LeiKa key */
  leikaKey?: string
  /** Subject-matter approval: who approved the text (function, not a real person) and when (ISO date) */
  approval: { approvedBy: string; approvedAt: string }
}

export interface EasyLanguageSeed {
  /** Slug of the Leichte-Sprache page; usually the service slug */
  slug: string
  /** The linked service's slug */
  service: string
  title: string
  /** One sentence per line. Must pass the Leichte-Sprache rules (see packages/easy-language-checker). */
  text: string
  glossary: { term: string; explanation: string }[]
  /** Pictures beside sentences: an SVG drawn for Lotse in ../pictures/, its alternative text, the sentence (a line of `text`) */
  pictures?: { file: string; alt: string; sentence: string }[]
  /** Review by a target-group reader panel */
  review: { reviewedAt: string; reviewedBy: string; remarks?: string }
}

export interface ContactPersonSeed {
  slug: string
  department: DepartmentSlug
  /** Function / role title, e.g. "Fallmanagerin Eingliederungshilfe" */
  function: string
  /** The function in Leichte Sprache (Mediopunkt for long words), shown on Leichte-Sprache pages */
  functionEasyLanguage?: string
  /** Only set when consent is given */
  name?: string
  consent: { given: boolean; recordedAt?: string }
  phone: string
  email: string
  /** ISO 639-1 codes, those the CMS offers */
  languages: NonNullable<ContactPerson['languages']>
  dgs: boolean
  easyLanguage: boolean
  /** Responsibility: service slugs, topic slugs, region names (Kreis, kreisfreie Stadt or gemeinde names from regions.ts) */
  services: string[]
  topics: string[]
  regions: string[]
  /** Optional surname range, single capital letters inclusive, e.g. { from: 'A', to: 'K' } */
  surnameRange?: { from: string; to: string }
  /** Slug of the location where this person works */
  location?: string
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

export interface LocationSeed {
  slug: string
  department: DepartmentSlug
  name: string
  address: { street: string; postalCode: string; city: string }
  /** Real coordinates of the town (WGS84) */
  lat: number
  lon: number
  /** Name of the municipality (gemeinde or kreisfreie Stadt) from regions.ts */
  region: string
  phone: string
  email: string
  openingHours: { day: Weekday; opens: string; closes: string; note?: string }[]
  openingHoursNote?: string
  accessibility: {
    stepFree: boolean
    lift: boolean
    accessibleToilet: boolean
    hearingLoop: boolean
    dgs: boolean
    easyLanguage: boolean
    parking: boolean
    note?: string
  }
  publicTransport: string
  /** Slugs of services offered here */
  services: string[]
}

export interface VideoSeed {
  slug: string
  department: DepartmentSlug
  title: string
  /** Short description, one or two sentences */
  description: string
  /** Duration of the sample clip in seconds (the seed makes a clip of this length) */
  durationSeconds: number
  /** Shown in German Sign Language (DGS) */
  dgs: boolean
  /** Spoken / shown in Leichte Sprache */
  easyLanguage: boolean
  /** WebVTT captions, starting with "WEBVTT"; cues must lie within durationSeconds */
  captions: string
  /** Full transcript, paragraphs separated by a blank line */
  transcript: string
  /** Slugs of services this video explains */
  services: string[]
}

export type PageKind = 'start' | 'accessibility' | 'easy-language-info' | 'dgs-info' | 'imprint' | 'privacy' | 'other'

export interface PageSeed {
  slug: string
  kind: PageKind
  department: DepartmentSlug
  title: string
  /** Short summary for lists and search results */
  summary: string
  content: RichTextSource
  /** Slug of a video tutorial shown on the page (e.g. the DGS explanation) */
  video?: string
}

export interface GlossarySeed {
  /** The word or abbreviation, as it appears in texts (long words with Mediopunkt) */
  term: string
  department: DepartmentSlug
  /** Explanation in Leichte Sprache, one sentence per line. Must pass the Leichte-Sprache rules. */
  explanation: string
}
