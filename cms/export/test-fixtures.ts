/**
 * Small CMS documents (depth 0, as the Local API returns them) for the
 * content-model tests. Every document is valid; tests change what they need.
 */
import type {
  ContactPerson,
  Department,
  EasyLanguageText,
  GlossaryTerm,
  Location,
  Media,
  Page,
  Region,
  Service,
  Topic,
  VideoTutorial,
} from '../payload-types.ts'
import type { PublishedDocs } from './map.ts'
import { textToLexical } from './richtext.ts'

const at = '2026-01-20T09:30:00.000Z'
const stamps = { createdAt: at, updatedAt: at }

export function department(over: Partial<Department> = {}): Department {
  return { id: 1, name: 'Soziales', slug: 'soziales', email: 'soziales@demo.lotse.example', ...stamps, ...over }
}

export function region(over: Partial<Region> = {}): Region {
  return {
    id: 10,
    name: 'Köln',
    slug: 'koeln',
    kind: 'kreisfreie-stadt',
    kreisKey: '05315',
    coordinates: { lat: 50.9375, lon: 6.9603 },
    ...stamps,
    ...over,
  }
}

export function topic(over: Partial<Topic> = {}): Topic {
  return {
    id: 20,
    title: 'Wohnen',
    slug: 'wohnen',
    description: 'Hilfen rund ums Wohnen.',
    order: 1,
    _status: 'published',
    ...stamps,
    ...over,
  }
}

export function media(over: Partial<Media> = {}): Media {
  return {
    id: 30,
    alt: 'Porträt von Aylin Demirtaş',
    department: 1,
    filename: 'aylin.webp',
    mimeType: 'image/webp',
    width: 800,
    height: 600,
    ...stamps,
    ...over,
  }
}

export function service(over: Partial<Service> = {}): Service {
  return {
    id: 40,
    name: 'Persönliches Budget',
    slug: 'persoenliches-budget',
    teaser: 'Geld statt Sachleistung.',
    description: textToLexical('Das Persönliche Budget ist eine besondere Form.\n\n- Assistenz\n- Mobilität'),
    audience: 'Menschen mit Behinderung.',
    documents: [{ name: 'Antrag', note: null, id: 'a1' }],
    costs: 'Kostenfrei.',
    legalBasis: [{ title: '§ 29 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__29.html', id: 'l1' }],
    forms: [{ title: 'Antrag online', url: 'https://demo.lotse.example/antrag', kind: 'online', id: 'f1' }],
    topics: [20],
    contactPersons: [50],
    locations: [60],
    relatedServices: [],
    department: 1,
    approval: { approvedBy: 'Erika Mustermann', approvedAt: '2026-02-16T00:00:00.000Z' },
    _status: 'published',
    ...stamps,
    ...over,
  }
}

export function contactPerson(over: Partial<ContactPerson> = {}): ContactPerson {
  return {
    id: 50,
    function: 'Fallmanagerin Eingliederungshilfe Köln',
    consent: { given: true, recordedAt: '2025-09-15T00:00:00.000Z' },
    name: 'Aylin Demirtaş',
    photo: 30,
    phone: '0221 9999 111',
    email: 'fallmanagement@demo.lotse.example',
    languages: ['de', 'tr'],
    dgs: false,
    easyLanguage: true,
    responsibility: { services: [40], topics: [20], regions: [10], surnameFrom: 'A', surnameTo: 'K' },
    location: 60,
    slug: 'fallmanagement-koeln-a-k',
    department: 1,
    _status: 'published',
    ...stamps,
    ...over,
  }
}

export function location(over: Partial<Location> = {}): Location {
  return {
    id: 60,
    name: 'LVR-Beratungszentrum Köln-Deutz',
    address: { street: 'Kennedy-Ufer 2', postalCode: '50679', city: 'Köln' },
    coordinates: { lat: 50.9375, lon: 6.9603 },
    region: 10,
    phone: '0221 9999 100',
    openingHours: [
      { day: 'mon', opens: '08:00', closes: '12:00', id: 'o1' },
      { day: 'mon', opens: '13:00', closes: '16:00', note: 'nur mit Termin', id: 'o2' },
    ],
    accessibility: { stepFree: true, lift: true, accessibleToilet: true, hearingLoop: false },
    publicTransport: 'Bahnhof Köln Messe/Deutz.',
    offeredServices: { docs: [40, 999] },
    slug: 'lvr-beratungszentrum-koeln-deutz',
    department: 1,
    _status: 'published',
    ...stamps,
    ...over,
  }
}

export function video(over: Partial<VideoTutorial> = {}): VideoTutorial {
  return {
    id: 70,
    title: 'Die Website in Gebärdensprache',
    description: 'Erklärt die Website in DGS.',
    captions: 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHallo.\n',
    transcript: 'Hallo.',
    dgs: true,
    easyLanguage: false,
    durationSeconds: 12,
    poster: 30,
    services: [40],
    slug: 'website-in-gebaerdensprache',
    department: 1,
    filename: 'website-in-gebaerdensprache.webm',
    mimeType: 'video/webm',
    filesize: 123456,
    url: '/api/video-tutorials/file/website-in-gebaerdensprache.webm',
    _status: 'published',
    ...stamps,
    ...over,
  }
}

export function page(over: Partial<Page> = {}): Page {
  return {
    id: 80,
    title: 'Erklärung in Gebärdensprache',
    kind: 'dgs-info',
    summary: 'Diese Website in Deutscher Gebärdensprache.',
    content: textToLexical('## Inhalt\n\nHier sehen Sie das Video.'),
    video: 70,
    slug: 'gebaerdensprache',
    department: 1,
    _status: 'published',
    ...stamps,
    ...over,
  }
}

export function easyLanguageText(over: Partial<EasyLanguageText> = {}): EasyLanguageText {
  return {
    id: 90,
    title: 'Das Persönliche Budget',
    service: 40,
    text: 'Sie bekommen Geld.\n\n  Sie kaufen die Hilfe selbst.  \r\nDas ist gut.\n',
    glossary: [{ term: 'Budget', explanation: 'Ein Budget ist Geld für einen Zweck.', id: 'g1' }],
    slug: 'persoenliches-budget',
    department: 1,
    review: {
      reviewedAt: '2026-02-01T00:00:00.000Z',
      reviewedBy: 'Prüfgruppe Köln',
      remarks: 'Satz 3 war zu lang.',
      sourceVersion: 'v-123',
    },
    _status: 'published',
    ...stamps,
    ...over,
  }
}

export function glossaryTerm(over: Partial<GlossaryTerm> = {}): GlossaryTerm {
  return {
    id: 95,
    term: 'Bescheid',
    explanation: 'Ein Bescheid ist ein Brief vom Amt.\r\n\n  Im Brief steht die Antwort.  \n',
    slug: 'bescheid',
    department: 1,
    _status: 'published',
    ...stamps,
    ...over,
  }
}

/** One published document of every kind, referring to each other. */
export function publishedDocs(over: Partial<PublishedDocs> = {}): PublishedDocs {
  return {
    services: [service()],
    'easy-language-texts': [easyLanguageText()],
    'glossary-terms': [glossaryTerm()],
    'contact-persons': [contactPerson()],
    locations: [location()],
    'video-tutorials': [video()],
    pages: [page()],
    topics: [topic()],
    departments: [department()],
    regions: [region()],
    media: [media()],
    ...over,
  }
}
