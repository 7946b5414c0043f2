/**
 * A small published world for the components' examples (README and tests):
 * one department, Köln with the Kreis Wesel and Moers, two topics, two services
 * (one with a text in Leichte Sprache), two contact persons, two locations and
 * a video. Every item goes through the public zod schemas, so the examples use
 * exactly the shape the site reads from a real snapshot.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { z } from 'zod'
import { publicTypes, schemas, SCHEMA_VERSION, type PublicType } from '../../content-models/schemas/index.ts'
import { readSnapshot, type Snapshot } from '../lib/snapshot.ts'

const updatedAt = '2025-01-15T09:00:00.000Z'
const department = 'd-soziales'

type Items = { [T in PublicType]?: z.input<(typeof schemas)[T]>[] }

export const exampleItems = {
  department: [{ id: department, slug: 'soziales', name: 'Dezernat Soziales', updatedAt }],
  region: [
    {
      id: 'r-koeln',
      slug: 'koeln',
      name: 'Köln',
      kind: 'kreisfreie-stadt',
      kreisKey: '05315',
      coordinates: { lat: 50.9375, lon: 6.9603 },
      updatedAt,
    },
    {
      id: 'r-kreis-wesel',
      slug: 'kreis-wesel',
      name: 'Kreis Wesel',
      kind: 'kreis',
      kreisKey: '05170',
      coordinates: { lat: 51.6587, lon: 6.6178 },
      updatedAt,
    },
    {
      id: 'r-moers',
      slug: 'moers',
      name: 'Moers',
      kind: 'gemeinde',
      kreis: 'r-kreis-wesel',
      kreisKey: '05170',
      coordinates: { lat: 51.4516, lon: 6.6408 },
      updatedAt,
    },
  ],
  topic: [
    { id: 't-wohnen', slug: 'wohnen', title: 'Wohnen', description: 'Wohnen mit Unterstützung.', updatedAt },
    {
      id: 't-betreutes-wohnen',
      slug: 'betreutes-wohnen',
      title: 'Betreutes Wohnen',
      description: 'Wohnen in der eigenen Wohnung mit Begleitung.',
      parent: 't-wohnen',
      updatedAt,
    },
  ],
  service: [
    {
      id: 's-assistenz',
      slug: 'assistenz-im-wohnen',
      name: 'Assistenz im Wohnen',
      nameEasyLanguage: 'Hilfe beim Wohnen',
      teaser: 'Unterstützung im Alltag in der eigenen Wohnung.',
      description: { html: '<p>Volltext.</p>', text: 'Volltext.' },
      topics: ['t-wohnen'],
      locations: ['l-deutz'],
      department,
      updatedAt,
    },
    {
      id: 's-gesamtplan',
      slug: 'gesamtplanverfahren',
      name: 'Gesamtplanverfahren',
      teaser: 'Gemeinsam den Bedarf an Leistungen feststellen.',
      description: { html: '<p>Volltext.</p>', text: 'Volltext.' },
      topics: ['t-wohnen'],
      department,
      updatedAt,
    },
  ],
  easyLanguageText: [
    {
      id: 'e-assistenz',
      slug: 'hilfe-beim-wohnen',
      title: 'Hilfe beim Wohnen',
      service: 's-assistenz',
      lines: ['Sie brauchen Hilfe in Ihrer Wohnung?', 'Wir helfen Ihnen.'],
      department,
      updatedAt,
    },
  ],
  contactPerson: [
    {
      id: 'c-koeln-a-k',
      slug: 'fallmanagement-koeln-a-k',
      function: 'Fallmanagement Eingliederungshilfe',
      functionEasyLanguage: 'Sie berät Menschen aus Köln.',
      name: 'Aylin Demirtaş',
      photo: { id: 'm-demirtas', url: '/media/demirtas.jpg', alt: 'Aylin Demirtaş', width: 240, height: 320 },
      phone: '0221 809-1234',
      email: 'aylin.demirtas@lvr.example',
      languages: ['de', 'tr'],
      dgs: true,
      easyLanguage: true,
      responsibility: {
        services: ['s-assistenz'],
        topics: ['t-wohnen'],
        regions: ['r-koeln'],
        surnameRange: { from: 'A', to: 'K' },
      },
      location: 'l-deutz',
      department,
      updatedAt,
    },
    {
      id: 'c-zentrale',
      slug: 'zentrale-beratung',
      function: 'Zentrale Beratung',
      phone: '0221 809-0',
      email: 'beratung@lvr.example',
      responsibility: { topics: ['t-wohnen'] },
      department,
      updatedAt,
    },
  ],
  location: [
    {
      id: 'l-deutz',
      slug: 'lvr-beratungszentrum-koeln-deutz',
      name: 'LVR-Beratungszentrum Köln-Deutz',
      address: { street: 'Ottoplatz 2', postalCode: '50679', city: 'Köln' },
      coordinates: { lat: 50.9375, lon: 6.9603 },
      region: 'r-koeln',
      phone: '0221 809-0',
      openingHours: [
        { day: 'mon', opens: '08:00', closes: '12:00' },
        { day: 'mon', opens: '13:00', closes: '16:00' },
        { day: 'thu', opens: '08:00', closes: '18:00', note: 'nur nach Vereinbarung' },
      ],
      openingHoursNote: 'An Feiertagen geschlossen.',
      accessibility: { stepFree: true, lift: true, hearingLoop: true, dgs: true, note: 'Eingang an der Rückseite.' },
      bookable: true,
      services: ['s-assistenz'],
      contactPersons: ['c-koeln-a-k'],
      department,
      updatedAt,
    },
    {
      id: 'l-moers',
      slug: 'kokobe-moers',
      name: 'KoKoBe Moers',
      address: { street: 'Homberger Straße 1', postalCode: '47441', city: 'Moers' },
      coordinates: { lat: 51.4516, lon: 6.6408 },
      region: 'r-moers',
      accessibility: {},
      department,
      updatedAt,
    },
  ],
  videoTutorial: [
    {
      id: 'v-antrag',
      slug: 'antrag-stellen',
      title: 'So stellen Sie einen Antrag',
      description: 'Ein Video in Deutscher Gebärdensprache.',
      file: { url: '/videos/antrag.webm', filename: 'antrag.webm', mimeType: 'video/webm', sizeBytes: 12_500_000 },
      mp4: { url: '/videos/antrag.mp4', sizeBytes: 14_000_000 },
      captions: 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHallo.\n',
      transcript: 'Hallo. So stellen Sie einen Antrag.',
      dgs: true,
      durationSeconds: 95,
      poster: { id: 'm-poster', url: '/media/antrag.jpg', alt: '', width: 960, height: 540 },
      services: ['s-assistenz'],
      department,
      updatedAt,
    },
  ],
} satisfies Items

let cached: Snapshot | undefined

/** The example world as the site reads it (written to a temporary snapshot folder and read back once). */
export function exampleSnapshot(): Snapshot {
  if (cached) return cached
  const dir = mkdtempSync(path.join(tmpdir(), 'lotse-examples-'))
  try {
    const counts: Record<string, number> = {}
    for (const type of publicTypes) {
      const list: unknown[] = (exampleItems as Items)[type] ?? []
      counts[type] = list.length
      writeFileSync(path.join(dir, `${type}.json`), JSON.stringify(list))
    }
    writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({ generatedAt: updatedAt, schemaVersion: SCHEMA_VERSION, counts }),
    )
    cached = readSnapshot(dir)
    return cached
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
