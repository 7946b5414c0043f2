import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { CollectionSlug, Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type TestCms } from '../helpers/cms.ts'
import type { TestDatabase } from '../helpers/database.ts'
import type { User } from '../../cms/payload-types.ts'
import {
  asUnchecked,
  buildWorld,
  createUser,
  samplePng,
  sampleVideo,
  unique,
  validData,
  type CreateData,
  type FixtureSlug,
  type World,
} from '../helpers/fixtures.ts'
import { startApiServer } from '../helpers/apiServer.ts'

interface FieldError {
  path: string
  message: string
}

/**
 * Each bad input is sent as a publisher of the document's own department
 * would send it; it must be refused with a German message naming the field,
 * and the collection (and the upload folder) must be exactly as before.
 */
export function badInputSuite(kind: TestDatabase) {
  describe(`bad input on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let user: User

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await buildWorld(cms.payload)
      user = await createUser(cms.payload, {
        email: `${unique('pub')}@demo.lotse.example`,
        password: 'geheim-123456',
        name: 'Freigabe',
        role: 'publisher',
        departments: [world.deptA],
      })
    })
    afterAll(async () => cms?.close())

    /** `data` is what the generated types would refuse: it goes to Payload unchecked, for Payload to refuse. */
    async function rejected(
      collection: CollectionSlug,
      data: Record<string, unknown>,
      file?: { data: Buffer; mimetype: string; name: string; size: number },
    ): Promise<{ errors: FieldError[]; message: string }> {
      const payload: Payload = cms.payload
      const before = await payload.count({ collection, overrideAccess: true })
      const uploadsBefore = listUploads(cms.dataDir)
      let caught: unknown
      try {
        await payload.create({
          collection,
          data: asUnchecked<CreateData<CollectionSlug>>(data),
          user,
          overrideAccess: false,
          ...(file ? { file } : {}),
        })
      } catch (error) {
        caught = error
      }
      expect(caught, 'the input was accepted').toBeDefined()
      const after = await payload.count({ collection, overrideAccess: true })
      expect(after.totalDocs).toBe(before.totalDocs)
      expect(listUploads(cms.dataDir)).toEqual(uploadsBefore)
      const err = caught as { status?: number; message: string; data?: { errors?: FieldError[] } }
      expect(err.status).toBe(400)
      return { errors: err.data?.errors ?? [], message: err.message }
    }

    const base = <S extends FixtureSlug>(collection: S) => ({
      ...validData(collection, world, world.deptA),
      _status: 'published' as const,
    })

    it('rejects missing required fields, naming each field in German', async () => {
      const { errors } = await rejected('services', {
        department: world.deptA,
        slug: unique('s'),
        _status: 'published',
      })
      const paths = errors.map((e) => e.path)
      expect(paths).toEqual(expect.arrayContaining(['name', 'teaser', 'description']))
      for (const e of errors) expect(e.message).toMatch(/[äöüß]|Pflicht|erforderlich|Dieses Feld/i)
    })

    it('rejects a malformed e-mail address', async () => {
      const { errors } = await rejected('contact-persons', {
        ...base('contact-persons'),
        email: 'beratung-at-beispiel.de',
      })
      expect(errors).toContainEqual(
        expect.objectContaining({ path: 'email', message: expect.stringContaining('E-Mail-Adresse') }),
      )
    })

    it('rejects a malformed phone number', async () => {
      const { errors } = await rejected('contact-persons', { ...base('contact-persons'), phone: 'ruf mich an' })
      expect(errors).toContainEqual(
        expect.objectContaining({ path: 'phone', message: expect.stringContaining('Telefonnummer') }),
      )
    })

    it('rejects coordinates outside the valid range', async () => {
      const { errors } = await rejected('locations', { ...base('locations'), coordinates: { lat: 123.4, lon: 6.9 } })
      expect(errors).toContainEqual(
        expect.objectContaining({ path: 'coordinates.lat', message: expect.stringContaining('Breitengrad') }),
      )
    })

    it('rejects opening hours that close before they open', async () => {
      const { errors } = await rejected('locations', {
        ...base('locations'),
        openingHours: [{ day: 'mon', opens: '14:00', closes: '09:00' }],
      })
      expect(errors).toContainEqual(
        expect.objectContaining({
          path: 'openingHours.0.closes',
          message: expect.stringContaining('nach der Öffnungszeit'),
        }),
      )
    })

    it('rejects a slug that already exists', async () => {
      const first = base('services')
      await cms.payload.create({ collection: 'services', data: first, user, overrideAccess: false })
      const { errors } = await rejected('services', { ...base('services'), slug: first.slug })
      expect(errors).toContainEqual(
        expect.objectContaining({ path: 'slug', message: expect.stringContaining('schon vergeben') }),
      )
    })

    it('rejects a location slug that a fixed page of the site uses', async () => {
      for (const slug of ['in-meiner-naehe', 'kreis']) {
        const { errors } = await rejected('locations', { ...base('locations'), slug })
        expect(errors).toContainEqual(
          expect.objectContaining({ path: 'slug', message: expect.stringContaining(`/standorte/${slug}/`) }),
        )
      }
    })

    it('rejects a slug with characters that do not belong in an address', async () => {
      const { errors } = await rejected('services', { ...base('services'), slug: 'Persönliches Budget!' })
      expect(errors).toContainEqual(
        expect.objectContaining({ path: 'slug', message: expect.stringContaining('Kleinbuchstaben') }),
      )
    })

    it('rejects a non-image uploaded as an image, also when it claims to be a PNG', async () => {
      const text = Buffer.from('Das ist kein Bild, sondern Text.\n')
      const plain = await rejected('media', base('media'), {
        data: text,
        mimetype: 'text/plain',
        name: 'notiz.txt',
        size: text.length,
      })
      expect(plain.errors).toContainEqual(
        expect.objectContaining({ path: 'file', message: expect.stringContaining('ist kein Bild') }),
      )
      const disguised = await rejected('media', base('media'), {
        data: text,
        mimetype: 'image/png',
        name: 'bild.png',
        size: text.length,
      })
      expect(disguised.errors).toContainEqual(
        expect.objectContaining({ path: 'file', message: expect.stringContaining('ist kein Bild') }),
      )
    })

    it('rejects an image without alternative text', async () => {
      const png = await samplePng()
      const { errors } = await rejected(
        'media',
        { department: world.deptA },
        { data: png, mimetype: 'image/png', name: 'a.png', size: png.length },
      )
      expect(errors.map((e) => e.path)).toContain('alt')
    })

    it('rejects a video without captions or without a transcript', async () => {
      const video = sampleVideo()
      const file = () => ({ data: video, mimetype: 'video/webm', name: 'v.webm', size: video.length })
      const noCaptions = await rejected('video-tutorials', { ...base('video-tutorials'), captions: undefined }, file())
      expect(noCaptions.errors).toContainEqual(
        expect.objectContaining({ path: 'captions', message: expect.stringContaining('Untertitel') }),
      )
      const badCaptions = await rejected('video-tutorials', { ...base('video-tutorials'), captions: 'Hallo' }, file())
      expect(badCaptions.errors).toContainEqual(
        expect.objectContaining({ path: 'captions', message: expect.stringContaining('WEBVTT') }),
      )
      const noTranscript = await rejected('video-tutorials', { ...base('video-tutorials'), transcript: '' }, file())
      expect(noTranscript.errors.map((e) => e.path)).toContain('transcript')
    })

    it('rejects a contact name without recorded consent', async () => {
      const { errors } = await rejected('contact-persons', { ...base('contact-persons'), name: 'Erika Beispiel' })
      expect(errors).toContainEqual(
        expect.objectContaining({ path: 'name', message: expect.stringContaining('Einwilligung') }),
      )
    })

    it('answers bad input over REST with status 400 and the German field messages, storing nothing', async () => {
      const rest = await startApiServer(cms.config as SanitizedConfig)
      try {
        const login = await fetch(`${rest.url}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: user.email, password: 'geheim-123456' }),
        })
        const { token } = (await login.json()) as { token: string }
        const before = await cms.payload.count({ collection: 'contact-persons', overrideAccess: true })
        const response = await fetch(`${rest.url}/api/contact-persons`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
          body: JSON.stringify({ ...base('contact-persons'), email: 'nicht gültig', phone: 'x' }),
        })
        expect(response.status).toBe(400)
        const body = (await response.json()) as { errors: { data: { errors: FieldError[] } }[] }
        const fields = body.errors[0].data.errors
        expect(fields.map((f) => f.path).sort()).toEqual(['email', 'phone'])
        expect((await cms.payload.count({ collection: 'contact-persons', overrideAccess: true })).totalDocs).toBe(
          before.totalDocs,
        )
      } finally {
        await rest.close()
      }
    })
  })
}

function listUploads(dataDir: string): string[] {
  const out: string[] = []
  for (const sub of ['media', 'videos']) {
    try {
      out.push(...readdirSync(path.join(dataDir, 'uploads', sub)).map((f) => `${sub}/${f}`))
    } catch {
      // folder not created yet
    }
  }
  return out.sort()
}
