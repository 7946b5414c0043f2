import { randomInt } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import type { User } from '../payload-types.ts'
import sharp from 'sharp'
import { textToLexical } from '../export/richtext.ts'
import { availabilities } from './data/availability.ts'
import { contactPersons } from './data/contact-persons.ts'
import { easyLanguageTexts } from './data/easy-language-texts.ts'
import { glossaryTerms } from './data/glossary.ts'
import { locations } from './data/locations.ts'
import { pages } from './data/pages.ts'
import { regions } from './data/regions.ts'
import { services as allServices } from './data/services.ts'
import { topics } from './data/topics.ts'
import { videos } from './data/videos.ts'
import { makeMp4Rendition } from '../../plugins/video-renditions/index.ts'
import { demoPicture } from './media.ts'
import { slugify } from './slugify.ts'
import type { DepartmentSlug } from './types.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
// The generated types assume numeric ids (SQLite, PostgreSQL); on MongoDB they are strings at run time.
type Id = number

export const departments: {
  slug: DepartmentSlug
  name: string
  shortName: string
  description: string
  /** The department's general phone number (fictional, like every demo number). */
  phone: string
  hue: number
}[] = [
  {
    slug: 'soziales',
    name: 'Dezernat Soziales',
    shortName: 'Soziales',
    description: 'Eingliederungshilfe für Menschen mit Behinderung: Wohnen, Arbeit, Tagesstruktur und Beratung.',
    phone: '0221 9999 100',
    hue: 200,
  },
  {
    slug: 'kinder-jugend-familie',
    name: 'Dezernat Kinder, Jugend und Familie',
    shortName: 'Kinder, Jugend und Familie',
    description: 'Das Landesjugendamt: Frühförderung, inklusive Kindertagesbetreuung und Hilfen für Familien.',
    phone: '0221 9999 200',
    hue: 30,
  },
  {
    slug: 'schulen-inklusionsamt-soziale-entschaedigung',
    name: 'Dezernat Schulen, Inklusionsamt, Soziale Entschädigung',
    shortName: 'Schulen, Inklusionsamt, Soziale Entschädigung',
    description: 'Förderschulen, Hilfen im Arbeitsleben für schwerbehinderte Menschen und Soziale Entschädigung.',
    phone: '0221 9999 300',
    hue: 140,
  },
  {
    slug: 'klinikverbund-hph',
    name: 'Dezernat Klinikverbund und Verbund Heilpädagogischer Hilfen',
    shortName: 'Klinikverbund und HPH',
    description: 'Die psychiatrischen Kliniken und die heilpädagogischen Wohn- und Förderangebote.',
    phone: '0221 9999 400',
    hue: 280,
  },
]

export interface DemoLogin {
  email: string
  password: string
  role: User['role']
  departments: string[]
}

/** True when the database holds no content yet (the seed's precondition). */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'departments', overrideAccess: true })
  return totalDocs === 0
}

/**
 * Fills an empty database with the demo content: departments, all regions of
 * the Rheinland, topics, users, services with Leichte-Sprache texts and the
 * Wörterbuch, contact persons, locations, videos and pages. Returns the demo logins.
 */
export async function seedDemoContent(payload: Payload, log: (line: string) => void = () => {}): Promise<DemoLogin[]> {
  const context = { seeding: true }
  const base = { overrideAccess: true, context, depth: 0 } as const

  const deptIds = new Map<string, Id>()
  for (const d of departments) {
    const doc = await payload.create({
      ...base,
      collection: 'departments',
      data: {
        name: d.name,
        shortName: d.shortName,
        slug: d.slug,
        description: d.description,
        email: `${d.slug.split('-')[0]}@demo.lotse.example`,
        phone: d.phone,
      },
    })
    deptIds.set(d.slug, doc.id)
  }
  const dept = (slug: string) => must(deptIds, slug, 'department')
  log(`departments: ${deptIds.size}`)

  const regionIds = new Map<string, Id>()
  for (const r of [...regions].sort((a, b) => (a.kind === 'gemeinde' ? 1 : 0) - (b.kind === 'gemeinde' ? 1 : 0))) {
    const doc = await payload.create({
      ...base,
      collection: 'regions',
      data: {
        name: r.name,
        slug: slugify(r.name),
        kind: r.kind,
        kreis: r.kreis ? must(regionIds, r.kreis, 'Kreis') : undefined,
        kreisKey: r.kreisKey,
        coordinates: { lat: r.lat, lon: r.lon },
      },
    })
    regionIds.set(r.name, doc.id)
  }
  log(`regions: ${regionIds.size}`)

  const topicIds = new Map<string, Id>()
  for (const [order, t] of topics.entries()) {
    const doc = await payload.create({
      ...base,
      collection: 'topics',
      data: {
        title: t.title,
        titleEasyLanguage: t.titleEasyLanguage,
        slug: t.slug,
        description: t.description,
        parent: t.parent ? must(topicIds, t.parent, 'topic') : undefined,
        order,
        _status: 'published',
      },
    })
    topicIds.set(t.slug, doc.id)
  }
  log(`topics: ${topicIds.size}`)

  const logins = await createUsers(payload, deptIds)
  log(`users: ${logins.length}`)

  for (const [i, d] of departments.entries()) {
    await payload.create({
      ...base,
      collection: 'media',
      data: { alt: `Farbige Kreise auf einem Verlauf: Titelbild des ${d.name}`, department: dept(d.slug) },
      file: { data: await demoPicture(d.hue, i), mimetype: 'image/png', name: `titelbild-${d.slug}.png`, size: 0 },
    })
  }

  const serviceIds = new Map<string, Id>()
  for (const s of allServices) {
    const doc = await payload.create({
      ...base,
      collection: 'services',
      data: {
        name: s.name,
        nameEasyLanguage: s.nameEasyLanguage,
        slug: s.slug,
        teaser: s.teaser,
        description: textToLexical(s.description),
        audience: s.audience,
        requirements: textToLexical(s.requirements),
        documents: s.documents,
        costs: s.costs,
        deadlines: s.deadlines,
        processingTime: s.processingTime,
        procedure: textToLexical(s.procedure),
        legalBasis: s.legalBasis,
        forms: s.forms,
        topics: s.topics.map((t) => must(topicIds, t, 'topic')),
        leikaKey: s.leikaKey,
        department: dept(s.department),
        approval: s.approval,
        _status: 'published',
      },
    })
    serviceIds.set(s.slug, doc.id)
  }
  log(`services: ${serviceIds.size}`)

  const locationIds = new Map<string, Id>()
  for (const l of locations) {
    const doc = await payload.create({
      ...base,
      collection: 'locations',
      data: {
        name: l.name,
        slug: l.slug,
        address: l.address,
        coordinates: { lat: l.lat, lon: l.lon },
        region: must(regionIds, l.region, 'region'),
        phone: l.phone,
        email: l.email,
        openingHours: l.openingHours,
        openingHoursNote: l.openingHoursNote,
        accessibility: l.accessibility,
        publicTransport: l.publicTransport,
        department: dept(l.department),
        _status: 'published',
      },
    })
    locationIds.set(l.slug, doc.id)
  }
  log(`locations: ${locationIds.size}`)

  const contactIds = new Map<string, Id>()
  for (const c of contactPersons) {
    const doc = await payload.create({
      ...base,
      collection: 'contact-persons',
      data: {
        function: c.function,
        functionEasyLanguage: c.functionEasyLanguage,
        name: c.consent.given ? c.name : undefined,
        consent: c.consent,
        phone: c.phone,
        email: c.email,
        languages: c.languages,
        dgs: c.dgs,
        easyLanguage: c.easyLanguage,
        responsibility: {
          services: c.services.map((s) => must(serviceIds, s, 'service')),
          topics: c.topics.map((t) => must(topicIds, t, 'topic')),
          regions: c.regions.map((r) => must(regionIds, r, 'region')),
          surnameFrom: c.surnameRange?.from,
          surnameTo: c.surnameRange?.to,
        },
        location: c.location ? must(locationIds, c.location, 'location') : undefined,
        slug: c.slug,
        department: dept(c.department),
        _status: 'published',
      },
    })
    contactIds.set(c.slug, doc.id)
  }
  log(`contact persons: ${contactIds.size}`)

  // Now that everything exists, link services to their contacts, locations and relatives.
  for (const s of allServices) {
    await payload.update({
      ...base,
      collection: 'services',
      id: must(serviceIds, s.slug, 'service'),
      data: {
        contactPersons: contactPersons.filter((c) => c.services.includes(s.slug)).map((c) => contactIds.get(c.slug)!),
        locations: locations.filter((l) => l.services.includes(s.slug)).map((l) => locationIds.get(l.slug)!),
        relatedServices: s.relatedServices.filter((r) => serviceIds.has(r)).map((r) => serviceIds.get(r)!),
        _status: 'published',
      },
    })
  }

  // The Wörterbuch first: the checker knows its published terms when the texts are saved.
  for (const g of glossaryTerms) {
    await payload.create({
      ...base,
      collection: 'glossary-terms',
      data: {
        term: g.term,
        slug: slugify(g.term),
        explanation: g.explanation,
        department: dept(g.department),
        _status: 'published',
      },
    })
  }
  log(`glossary terms: ${glossaryTerms.length}`)

  for (const t of easyLanguageTexts) {
    const service = allServices.find((s) => s.slug === t.service)
    // review.sourceVersion is set by the collection's hook: the version of the service published now.
    await payload.create({
      ...base,
      collection: 'easy-language-texts',
      data: {
        title: t.title,
        slug: t.slug,
        service: must(serviceIds, t.service, 'service'),
        text: t.text,
        glossary: t.glossary,
        pictures: await Promise.all(
          (t.pictures ?? []).map(async (picture) => ({
            image: (
              await payload.create({
                ...base,
                collection: 'media',
                data: { alt: picture.alt, department: dept(service?.department ?? 'soziales') },
                // The pictures are drawn as SVG; the media collection stores them as PNG (sharp renders them).
                file: {
                  data: await sharp(await readFile(path.join(here, 'pictures', picture.file)))
                    .png()
                    .toBuffer(),
                  mimetype: 'image/png',
                  name: picture.file.replace(/\.svg$/, '.png'),
                  size: 0,
                },
              })
            ).id,
            sentence: picture.sentence,
          })),
        ),
        review: t.review,
        department: dept(service?.department ?? 'soziales'),
        _status: 'published',
      },
    })
  }
  log(`easy-language texts: ${easyLanguageTexts.length}`)

  const videoIds = new Map<string, Id>()
  for (const [i, v] of videos.entries()) {
    const poster = await payload.create({
      ...base,
      collection: 'media',
      data: { alt: `Vorschaubild zum Video „${v.title}“`, department: dept(v.department) },
      file: {
        data: await demoPicture((i * 47) % 360, i + 7),
        mimetype: 'image/png',
        name: `poster-${v.slug}.png`,
        size: 0,
      },
    })
    const file = await readFile(path.join(here, 'videos', `${v.slug}.webm`))
    const doc = await payload.create({
      ...base,
      collection: 'video-tutorials',
      data: {
        title: v.title,
        slug: v.slug,
        description: v.description,
        captions: v.captions,
        transcript: v.transcript,
        dgs: v.dgs,
        easyLanguage: v.easyLanguage,
        durationSeconds: v.durationSeconds,
        poster: poster.id,
        services: v.services.map((s) => must(serviceIds, s, 'service')),
        department: dept(v.department),
        _status: 'published',
      },
      file: { data: file, mimetype: 'video/webm', name: `${v.slug}.webm`, size: file.length },
    })
    // The MP4 rendition now, so that the first release already has it (the upload hook skips seeding).
    await makeMp4Rendition(payload, doc.id, { seeding: true })
    videoIds.set(v.slug, doc.id)
  }
  log(`videos: ${videoIds.size}`)

  for (const p of pages) {
    await payload.create({
      ...base,
      collection: 'pages',
      data: {
        title: p.title,
        slug: p.slug,
        kind: p.kind,
        summary: p.summary,
        content: textToLexical(p.content),
        video: p.video ? must(videoIds, p.video, 'video') : undefined,
        department: dept(p.department),
        _status: 'published',
      },
    })
  }
  log(`pages: ${pages.length}`)

  // Before the drafts: marking a service bookable publishes it, which would publish a pending draft too.
  await seedAvailability(payload, dept, serviceIds, locationIds)
  await seedDrafts(payload, dept, serviceIds)
  return logins
}

/** Appointment hours for a few services and locations, which become bookable (see data/availability.ts). */
async function seedAvailability(
  payload: Payload,
  dept: (slug: string) => Id,
  serviceIds: Map<string, Id>,
  locationIds: Map<string, Id>,
) {
  const base = { overrideAccess: true, depth: 0, context: { seeding: true } } as const
  for (const a of availabilities) {
    const services = a.services.map((s) => must(serviceIds, s, 'service'))
    const location = must(locationIds, a.location, 'location')
    for (const id of services)
      await payload.update({ ...base, collection: 'services', id, data: { bookable: true, _status: 'published' } })
    await payload.update({
      ...base,
      collection: 'locations',
      id: location,
      data: { bookable: true, _status: 'published' },
    })
    await payload.create({
      ...base,
      collection: 'availability',
      data: {
        title: a.title,
        location,
        services,
        weekly: a.weekly,
        weeksAhead: a.weeksAhead,
        department: dept(a.department),
      },
    })
  }
}

/** Work in progress, so the demo shows what drafts look like (and that they stay off the site). */
async function seedDrafts(payload: Payload, dept: (slug: string) => Id, serviceIds: Map<string, Id>) {
  const base = { overrideAccess: true, context: { seeding: true }, depth: 0 } as const
  await payload.create({
    ...base,
    collection: 'services',
    draft: true,
    data: {
      name: 'Inklusive Freizeitangebote (in Vorbereitung)',
      slug: 'inklusive-freizeitangebote',
      teaser:
        'Dieser Entwurf beschreibt ein geplantes Förderprogramm für inklusive Freizeitangebote. Er ist noch nicht veröffentlicht.',
      description: textToLexical('Der Text wird noch mit dem Fachbereich abgestimmt.'),
      department: dept('soziales'),
      _status: 'draft',
    },
  })
  await payload.update({
    ...base,
    collection: 'services',
    id: must(serviceIds, 'persoenliches-budget', 'service'),
    draft: true,
    data: {
      teaser: 'ENTWURF: Neue Fassung des Kurztextes zum Persönlichen Budget, noch nicht freigegeben.',
      _status: 'draft',
    },
  })
}

/**
 * A demo password: 16 characters from letters and digits without look-alikes
 * (about 92 bits), comfortably within the password policy (cms/lib/auth.ts:
 * at least 12 characters, not guessable).
 */
export function demoPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('')
}

async function createUsers(payload: Payload, deptIds: Map<string, Id>): Promise<DemoLogin[]> {
  const password = demoPassword
  const logins: DemoLogin[] = [
    { email: 'admin@demo.lotse.example', password: password(), role: 'admin', departments: [] },
  ]
  for (const d of departments) {
    const key = d.slug.split('-')[0]
    logins.push(
      { email: `redaktion.${key}@demo.lotse.example`, password: password(), role: 'editor', departments: [d.slug] },
      { email: `freigabe.${key}@demo.lotse.example`, password: password(), role: 'publisher', departments: [d.slug] },
    )
  }
  logins.push({
    email: 'pruefung.leichte-sprache@demo.lotse.example',
    password: password(),
    role: 'ls-reviewer',
    departments: departments.map((d) => d.slug),
  })
  const roleNames: Record<string, string> = {
    admin: 'Administration',
    editor: 'Redaktion',
    publisher: 'Freigabe',
    'ls-reviewer': 'Prüfung Leichte Sprache',
  }
  for (const l of logins) {
    const short =
      l.departments.length === 1 ? departments.find((d) => d.slug === l.departments[0])!.shortName : 'alle Dezernate'
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: l.email,
        password: l.password,
        name: l.role === 'admin' ? 'Demo-Administration' : `Demo ${roleNames[l.role]} (${short})`,
        role: l.role,
        departments: l.departments.map((s) => deptIds.get(s)!),
      },
    })
  }
  return logins
}

function must<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key)
  if (value === undefined) throw new Error(`Demo content refers to unknown ${what} "${key}"`)
  return value
}
