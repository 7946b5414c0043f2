/**
 * Synthetic corpus for the publish benchmark: the demo content (departments,
 * regions, topics, users, Wörterbuch, videos, pages, 46 services) plus
 * synthetic services up to N, half of all services with a published, reviewed
 * Leichte-Sprache text, contact persons and locations in the demo's
 * proportion (46 services : 26 contacts : 18 locations).
 *
 * Everything goes through the Payload Local API as published documents, with
 * the seed's `context: { seeding: true }`, so no build is requested while the
 * corpus is written. The service texts are assembled from the sentence
 * material below (written for the benchmark) by a seeded random generator:
 * the same N gives the same corpus.
 */
import type { DefaultDocumentIDType, Payload } from 'payload'
import { textToLexical } from '../cms/export/richtext.ts'
import { contactPersons as demoContacts } from '../cms/seed/data/contact-persons.ts'
import { easyLanguageTexts as demoEasy } from '../cms/seed/data/easy-language-texts.ts'
import { locations as demoLocations } from '../cms/seed/data/locations.ts'
import { regions } from '../cms/seed/data/regions.ts'
import { services as demoServices } from '../cms/seed/data/services.ts'
import { topics } from '../cms/seed/data/topics.ts'
import { departments, seedDemoContent } from '../cms/seed/index.ts'
import { slugify } from '../cms/seed/slugify.ts'

export interface CorpusCounts {
  services: number
  easyLanguageTexts: number
  contactPersons: number
  locations: number
}

/** The counts for N services: half with Leichte Sprache, contacts and locations as in the demo. */
export function corpusCounts(services: number): CorpusCounts {
  const n = Math.max(services, demoServices.length)
  return {
    services: n,
    easyLanguageTexts: Math.floor(n / 2),
    contactPersons: Math.round((n * demoContacts.length) / demoServices.length),
    locations: Math.round((n * demoLocations.length) / demoServices.length),
  }
}

/** mulberry32: small, fast, deterministic. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rand = () => number
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!
const pickSome = <T>(rand: Rand, list: readonly T[], count: number): T[] => {
  const copy = [...list]
  const out: T[] = []
  while (out.length < count && copy.length) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]!)
  return out
}

// --- Sentence material (written for this benchmark) -------------------------------------------------

const kinds = [
  'Zuschuss',
  'Beratung',
  'Assistenz',
  'Kostenübernahme',
  'Förderung',
  'Begleitung',
  'Schulung',
  'Vermittlung',
  'Hilfe',
  'Unterstützung',
] as const

const subjects = [
  'zur Ausstattung des Arbeitsplatzes',
  'beim Wohnen in der eigenen Wohnung',
  'in der Freizeit',
  'bei der Ausbildung',
  'für pflegende Angehörige',
  'im Studium',
  'beim Übergang von der Schule in den Beruf',
  'zur Mobilität im Alltag',
  'für Eltern mit Behinderung',
  'bei seelischen Krisen',
  'für hörbehinderte Menschen',
  'für sehbehinderte Menschen',
  'in der Kindertagesbetreuung',
  'bei der Gründung einer Selbstständigkeit',
  'für Menschen mit Autismus',
  'zur Teilhabe an Bildung',
] as const

const teaserOpeners = [
  'Der LVR unterstützt Sie',
  'Sie erhalten Hilfe',
  'Wir beraten Sie persönlich',
  'Der Landschaftsverband fördert Sie',
  'Hier erfahren Sie, wie Sie Unterstützung bekommen',
] as const

const teaserEndings = [
  'und hilft Ihnen, die passende Leistung in Ihrer Region zu finden.',
  'damit Sie möglichst selbstbestimmt leben und arbeiten können.',
  'und begleitet Sie vom ersten Gespräch bis zur Entscheidung über Ihren Antrag.',
  'und klärt mit Ihnen, welche Stelle für Ihr Anliegen zuständig ist.',
  'und nennt Ihnen Ansprechpersonen, die sich mit Ihrer Lebenslage auskennen.',
] as const

const descriptionSentences = [
  'Die Leistung richtet sich nach Ihrem persönlichen Bedarf und wird gemeinsam mit Ihnen geplant.',
  'Ziel ist, dass Sie gleichberechtigt am Leben in der Gemeinschaft teilhaben können.',
  'Welche Hilfe im Einzelfall passt, hängt von Ihrer Lebenssituation, Ihren Wünschen und den örtlichen Angeboten ab.',
  'Die Fachkräfte prüfen zunächst, ob der Landschaftsverband zuständig ist oder ob eine andere Stelle vorrangig leistet.',
  'Häufig wirken mehrere Leistungsträger zusammen, etwa die Pflegekasse, die Agentur für Arbeit oder die Rentenversicherung.',
  'Sie können Angehörige, Ihre rechtliche Betreuung oder eine andere Vertrauensperson zu allen Gesprächen mitbringen.',
  'Auf Wunsch findet das Gespräch in einer Dienststelle, bei Ihnen zu Hause oder per Video statt.',
  'Für das Gespräch können Sie eine Dolmetschung in Deutsche Gebärdensprache oder Erklärungen in Leichter Sprache erbitten.',
  'Die Unterstützung kann befristet sein und wird regelmäßig mit Ihnen überprüft und angepasst.',
  'Wenn sich Ihre Situation ändert, zum Beispiel durch einen Umzug oder eine neue Arbeitsstelle, sprechen Sie uns bitte an.',
  'Die Höhe der Förderung richtet sich nach den tatsächlichen Kosten und den geltenden Richtlinien.',
  'Eigenes Einkommen und Vermögen werden nur berücksichtigt, wenn das Gesetz es ausdrücklich vorsieht.',
  'In vielen Fällen ist eine Beratung durch die Ergänzende unabhängige Teilhabeberatung vor dem Antrag hilfreich.',
  'Der Landschaftsverband arbeitet dabei eng mit Trägern, Beratungsstellen und Selbsthilfegruppen in der Region zusammen.',
  'Leistungen werden grundsätzlich erst ab dem Monat erbracht, in dem der Antrag eingegangen ist.',
  'Sie entscheiden mit, wer die Unterstützung erbringt und wie sie in Ihren Alltag passt.',
  'Gerade beim ersten Antrag lohnt es sich, Fragen früh zu stellen und Unterlagen vollständig einzureichen.',
  'Die Beratung ist vertraulich; Ihre Angaben werden nur für die Bearbeitung Ihres Anliegens verwendet.',
  'Für Kinder und Jugendliche gelten teilweise andere Zuständigkeiten, über die wir Sie gern informieren.',
  'Bei einer Ablehnung erhalten Sie einen schriftlichen Bescheid mit einer Begründung und einer Rechtsbehelfsbelehrung.',
  'Ein persönliches Budget ist in vielen Fällen möglich, wenn Sie die Hilfe lieber selbst organisieren möchten.',
  'Barrierefreie Räume, Induktionsschleifen und Parkplätze stehen an den meisten Beratungsorten zur Verfügung.',
] as const

const requirementItems = [
  'Sie haben eine anerkannte Behinderung oder eine Behinderung droht.',
  'Sie wohnen im Rheinland oder möchten dorthin ziehen.',
  'Der Bedarf besteht voraussichtlich länger als sechs Monate.',
  'Andere Leistungsträger sind nicht vorrangig zuständig.',
  'Sie haben den Antrag gestellt, bevor die Kosten entstanden sind.',
  'Die Maßnahme ist geeignet, Ihre Teilhabe dauerhaft zu verbessern.',
  'Ein ärztliches oder fachliches Gutachten bestätigt den Bedarf.',
  'Sie sind mindestens 18 Jahre alt oder besuchen eine weiterführende Schule.',
] as const

const documentNames = [
  'Antrag mit Unterschrift',
  'Kopie des Schwerbehindertenausweises',
  'Ärztlicher Befundbericht',
  'Kostenvoranschlag',
  'Nachweis über Einkommen',
  'Arbeitsvertrag oder Ausbildungsvertrag',
  'Bescheide anderer Leistungsträger',
  'Vollmacht oder Betreuerausweis',
] as const

const procedureSteps = [
  'Sie nehmen telefonisch, per E-Mail oder schriftlich Kontakt mit der zuständigen Stelle auf.',
  'In einem ersten Gespräch klären Sie gemeinsam Ihren Bedarf und die möglichen Leistungen.',
  'Sie stellen den Antrag und reichen die erforderlichen Unterlagen ein.',
  'Die Fachkräfte prüfen die Unterlagen und fordern bei Bedarf weitere Nachweise an.',
  'Wenn nötig, wird ein Gesamtplan oder ein Teilhabeplan mit Ihnen erstellt.',
  'Sie erhalten einen schriftlichen Bescheid über die bewilligte Leistung.',
  'Die Leistung beginnt; nach einer vereinbarten Zeit wird gemeinsam geprüft, ob sie noch passt.',
] as const

const costsSentences = [
  'Für Sie entstehen keine Kosten.',
  'Die Beratung ist kostenfrei; bei einigen Leistungen kann ein Eigenanteil anfallen.',
  'Ein Kostenbeitrag wird nur erhoben, wenn Ihr Einkommen bestimmte Grenzen übersteigt.',
] as const

const deadlineSentences = [
  'Es gibt keine Antragsfrist; Leistungen gibt es jedoch frühestens ab Antragstellung.',
  'Bitte stellen Sie den Antrag mindestens sechs Wochen vor dem gewünschten Beginn.',
  'Der Antrag muss vor Beginn der Maßnahme gestellt werden.',
] as const

const processingSentences = [
  'In der Regel entscheiden wir innerhalb von vier Wochen nach Eingang der vollständigen Unterlagen.',
  'Die Bearbeitung dauert meist zwei bis sechs Wochen, bei einem Gutachten auch länger.',
  'Ein Beratungstermin ist in der Regel innerhalb von zwei Wochen möglich.',
] as const

const audienceSentences = [
  'Menschen mit Behinderung im Rheinland, ihre Angehörigen und rechtlichen Betreuerinnen und Betreuer.',
  'Erwachsene mit einer wesentlichen Behinderung, die im Rheinland leben.',
  'Familien mit Kindern mit Behinderung und Fachkräfte, die sie begleiten.',
  'Beschäftigte mit Schwerbehinderung und ihre Arbeitgeber.',
] as const

const legalBases = [
  { title: '§ 106 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__106.html' },
  { title: '§ 113 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__113.html' },
  { title: '§ 185 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__185.html' },
  { title: '§ 29 SGB IX', url: 'https://www.gesetze-im-internet.de/sgb_9_2018/__29.html' },
  { title: '§ 35a SGB VIII', url: 'https://www.gesetze-im-internet.de/sgb_8/__35a.html' },
] as const

const functions = [
  'Fallmanagement Eingliederungshilfe',
  'Beratung Hilfen im Arbeitsleben',
  'Sachbearbeitung Frühförderung',
  'Technischer Beratungsdienst',
  'Beratung Persönliches Budget',
  'Fachberatung Inklusion in der Kita',
] as const

const streets = ['Hauptstraße', 'Bahnhofstraße', 'Kirchplatz', 'Marktstraße', 'Gartenweg', 'Am Rathaus', 'Lindenallee']

function paragraph(rand: Rand, sentences: number): string {
  return pickSome(rand, descriptionSentences, sentences).join(' ')
}

// --- Generation ---------------------------------------------------------------------------------------

type Id = DefaultDocumentIDType

export interface CorpusResult {
  counts: CorpusCounts
  /** Ids of the synthetic services (the benchmark changes these). */
  serviceIds: Id[]
  ms: number
}

/** The demo content alone (`npm run bench -- --demo`): what `npm start` seeds; the benchmark changes its services. */
export async function demoCorpus(payload: Payload): Promise<CorpusResult> {
  const started = performance.now()
  await seedDemoContent(payload)
  const count = async (collection: 'services' | 'easy-language-texts' | 'contact-persons' | 'locations') =>
    (await payload.count({ collection, overrideAccess: true })).totalDocs
  const published = await payload.find({
    collection: 'services',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: 'id',
    where: { _status: { equals: 'published' } },
  })
  return {
    counts: {
      services: await count('services'),
      easyLanguageTexts: await count('easy-language-texts'),
      contactPersons: await count('contact-persons'),
      locations: await count('locations'),
    },
    serviceIds: published.docs.map((doc) => doc.id),
    ms: Math.round(performance.now() - started),
  }
}

/**
 * Writes the corpus into an empty database (the Payload instance's). Uses the
 * demo seed for the base content, then adds synthetic locations, contacts,
 * services and Leichte-Sprache texts.
 */
export async function generateCorpus(
  payload: Payload,
  services: number,
  log: (line: string) => void = () => {},
): Promise<CorpusResult> {
  const started = performance.now()
  const counts = corpusCounts(services)
  await seedDemoContent(payload)
  log(`demo content seeded (${Math.round(performance.now() - started)} ms)`)
  const base = { overrideAccess: true, context: { seeding: true }, depth: 0 } as const
  const rand = random(services)

  const idLookup = async (collection: 'departments' | 'regions' | 'topics') => {
    const found = await payload.find({ collection, overrideAccess: true, pagination: false, depth: 0, limit: 0 })
    const ids = new Map(found.docs.map((d) => [d.slug, d.id]))
    return (slug: string): Id => {
      const id = ids.get(slug)
      if (id === undefined) throw new Error(`no ${collection} "${slug}" in the demo content`)
      return id
    }
  }
  const deptId = await idLookup('departments')
  const regionId = await idLookup('regions')
  const topicId = await idLookup('topics')
  const deptSlugs = departments.map((d) => d.slug)
  const towns = regions.filter((r) => r.kind !== 'kreis')
  const topicSlugs = topics.map((t) => t.slug)

  const locationIds: Id[] = []
  for (let i = 0; i < counts.locations - demoLocations.length; i++) {
    const town = pick(rand, towns)
    const template = pick(rand, demoLocations)
    const name = `LVR-Beratungsstelle ${town.name} ${i + 1}`
    const doc = await payload.create({
      ...base,
      collection: 'locations',
      data: {
        name,
        slug: slugify(name),
        address: {
          street: `${pick(rand, streets)} ${1 + Math.floor(rand() * 80)}`,
          postalCode: '50667',
          city: town.name,
        },
        coordinates: { lat: town.lat, lon: town.lon },
        region: regionId(slugify(town.name)),
        phone: `0221 9999 ${String(300 + (i % 600)).padStart(3, '0')}`,
        email: `beratung-${i + 1}@demo.lotse.example`,
        openingHours: template.openingHours,
        openingHoursNote: template.openingHoursNote,
        accessibility: template.accessibility,
        publicTransport: template.publicTransport,
        department: deptId(pick(rand, deptSlugs)),
        _status: 'published',
      },
    })
    locationIds.push(doc.id)
  }
  log(`locations: ${locationIds.length} synthetic`)

  const contactIds: Id[] = []
  for (let i = 0; i < counts.contactPersons - demoContacts.length; i++) {
    const fn = `${pick(rand, functions)} ${pick(rand, towns).name}`
    const doc = await payload.create({
      ...base,
      collection: 'contact-persons',
      data: {
        function: fn,
        consent: { given: false },
        phone: `0221 9999 ${String(100 + (i % 800)).padStart(3, '0')}`,
        email: `kontakt-${i + 1}@demo.lotse.example`,
        languages: ['de'],
        dgs: rand() < 0.2,
        easyLanguage: rand() < 0.5,
        responsibility: {
          topics: pickSome(rand, topicSlugs, 2).map(topicId),
          regions: [regionId(slugify(pick(rand, towns).name))],
        },
        location: locationIds.length ? pick(rand, locationIds) : undefined,
        slug: `kontakt-${i + 1}`,
        department: deptId(pick(rand, deptSlugs)),
        _status: 'published',
      },
    })
    contactIds.push(doc.id)
  }
  log(`contact persons: ${contactIds.length} synthetic`)

  const serviceIds: Id[] = []
  const names = new Set(demoServices.map((s) => s.name))
  const syntheticServices = counts.services - demoServices.length
  for (let i = 0; i < syntheticServices; i++) {
    let name = `${pick(rand, kinds)} ${pick(rand, subjects)} in ${pick(rand, towns).name}`
    if (names.has(name)) name = `${name} (${i + 1})`
    names.add(name)
    const description = [paragraph(rand, 4), paragraph(rand, 3), paragraph(rand, 4), paragraph(rand, 3)].join('\n\n')
    const requirements = `${paragraph(rand, 1)}\n\n${pickSome(rand, requirementItems, 3)
      .map((r) => `- ${r}`)
      .join('\n')}`
    const procedure = procedureSteps.map((s) => `- ${s}`).join('\n')
    const doc = await payload.create({
      ...base,
      collection: 'services',
      data: {
        name,
        slug: slugify(`${name} ${i + 1}`),
        teaser: `${pick(rand, teaserOpeners)} ${pick(rand, subjects)} ${pick(rand, teaserEndings)}`,
        description: textToLexical(description),
        audience: pick(rand, audienceSentences),
        requirements: textToLexical(requirements),
        documents: pickSome(rand, documentNames, 3).map((n) => ({ name: n })),
        costs: pick(rand, costsSentences),
        deadlines: pick(rand, deadlineSentences),
        processingTime: pick(rand, processingSentences),
        procedure: textToLexical(procedure),
        legalBasis: pickSome(rand, legalBases, 2).map((l) => ({ ...l })),
        forms: [],
        topics: pickSome(rand, topicSlugs, 2).map(topicId),
        department: deptId(pick(rand, deptSlugs)),
        contactPersons: contactIds.length ? pickSome(rand, contactIds, 2) : [],
        locations: locationIds.length ? pickSome(rand, locationIds, 1) : [],
        relatedServices: serviceIds.length ? pickSome(rand, serviceIds.slice(-50), 2) : [],
        approval: { approvedBy: 'Fachbereichsleitung', approvedAt: '2026-01-15' },
        _status: 'published',
      },
    })
    serviceIds.push(doc.id)
    if ((i + 1) % 500 === 0) log(`services: ${i + 1}/${syntheticServices}`)
  }
  log(`services: ${serviceIds.length} synthetic`)

  // Leichte Sprache: the demo texts' material, which passes the checker, for every second synthetic service.
  const easyNeeded = counts.easyLanguageTexts - demoEasy.length
  const order = [...serviceIds.keys()].sort((a, b) => (a % 2) - (b % 2) || a - b)
  let easy = 0
  for (const i of order) {
    if (easy >= easyNeeded) break
    const template = demoEasy[easy % demoEasy.length]!
    await payload.create({
      ...base,
      collection: 'easy-language-texts',
      data: {
        title: `${template.title} (${easy + 1})`,
        slug: `leichte-sprache-${easy + 1}`,
        service: serviceIds[i],
        text: template.text,
        glossary: template.glossary,
        review: template.review,
        department: deptId(pick(rand, deptSlugs)),
        _status: 'published',
      },
    })
    easy++
  }
  log(`easy-language texts: ${easy} synthetic`)
  return { counts, serviceIds, ms: Math.round(performance.now() - started) }
}
