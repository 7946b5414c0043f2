import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '../../cms/export/export.ts'
import type { DemoLogin } from '../../cms/seed/index.ts'
import { startCms, type TestCms } from '../helpers/cms.ts'
import type { TestDatabase } from '../helpers/database.ts'

const schemaDir = path.resolve(import.meta.dirname, '../../content-models/json-schema')
type Item = Record<string, unknown> & { id: string; slug?: string }

/** Seeds the demo content into a fresh database, exports it and checks the snapshot. */
export function demoContentSuite(kind: TestDatabase) {
  describe(`demo content and snapshot on ${kind}`, () => {
    let cms: TestCms
    let logins: DemoLogin[]
    let out: string
    const snapshot: Record<string, Item[]> = {}

    beforeAll(async () => {
      cms = await startCms(kind, { from: 'demo' })
      logins = cms.logins
      out = mkdtempSync(path.join(tmpdir(), 'lotse-snapshot-'))
      rmSync(out, { recursive: true })
      await exportSnapshot(cms.payload, out)
      for (const file of readdirSync(out)) {
        if (file.endsWith('.json') && file !== 'manifest.json') {
          snapshot[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(out, file), 'utf8')) as Item[]
        }
      }
    })
    afterAll(async () => {
      if (out) rmSync(out, { recursive: true, force: true })
      await cms?.close()
    })

    it('exports at least the promised amount of demo content', () => {
      expect(snapshot.service.length).toBeGreaterThanOrEqual(40)
      expect(snapshot.easyLanguageText.length).toBeGreaterThanOrEqual(15)
      expect(snapshot.contactPerson.length).toBeGreaterThanOrEqual(20)
      expect(snapshot.location.length).toBeGreaterThanOrEqual(15)
      expect(snapshot.videoTutorial.length).toBeGreaterThanOrEqual(6)
      expect(snapshot.videoTutorial.filter((v) => v.dgs).length).toBeGreaterThanOrEqual(2)
      expect(snapshot.department.length).toBe(4)
      expect(snapshot.page.map((p) => p.kind).sort()).toEqual(
        ['accessibility', 'dgs-info', 'easy-language-info', 'imprint', 'privacy', 'start'].sort(),
      )
      expect(snapshot.region.length).toBeGreaterThanOrEqual(178)
    })

    it('spreads the locations over the Rheinland', () => {
      const cities = new Set(snapshot.location.map((l) => (l.address as { city: string }).city))
      expect(cities.size).toBeGreaterThanOrEqual(12)
      for (const l of snapshot.location) {
        const { lat, lon } = l.coordinates as { lat: number; lon: number }
        expect(lat).toBeGreaterThan(50.3)
        expect(lat).toBeLessThan(51.9)
        expect(lon).toBeGreaterThan(5.8)
        expect(lon).toBeLessThan(7.8)
      }
    })

    it('validates every exported file against the generated JSON Schemas', () => {
      const ajv = new Ajv2020({ allErrors: true, strict: false })
      addFormats.default(ajv)
      let checked = 0
      for (const [type, items] of Object.entries(snapshot)) {
        const schema = JSON.parse(readFileSync(path.join(schemaDir, `${type}.schema.json`), 'utf8'))
        const validate = ajv.compile(schema)
        for (const item of items) {
          const ok = validate(item)
          expect(ok, `${type}/${item.id}: ${ajv.errorsText(validate.errors)}`).toBe(true)
          checked++
        }
      }
      expect(checked).toBeGreaterThan(300)
    })

    it('contains no draft: neither a draft-only service nor the pending draft of a published one', () => {
      const slugs = snapshot.service.map((s) => s.slug)
      expect(slugs).not.toContain('inklusive-freizeitangebote')
      const budget = snapshot.service.find((s) => s.slug === 'persoenliches-budget')!
      expect(budget).toBeDefined()
      expect(String(budget.teaser)).not.toContain('ENTWURF')
      expect(JSON.stringify(snapshot)).not.toContain('ENTWURF')
    })

    it('never shows a contact person’s name without recorded consent', async () => {
      const docs = await cms.payload.find({
        collection: 'contact-persons',
        pagination: false,
        overrideAccess: true,
        depth: 0,
      })
      const withoutConsent = docs.docs.filter((d) => !d.consent?.given)
      expect(withoutConsent.length).toBeGreaterThan(0)
      for (const d of withoutConsent) {
        const item = snapshot.contactPerson.find((c) => c.id === String(d.id))!
        expect(item).toBeDefined()
        expect(item).not.toHaveProperty('name')
        expect(item).not.toHaveProperty('photo')
      }
      expect(snapshot.contactPerson.filter((c) => typeof c.name === 'string').length).toBeGreaterThan(0)
    })

    it('gives every Leichte-Sprache text a review record', () => {
      for (const t of snapshot.easyLanguageText) {
        const review = t.review as { reviewedAt?: string; reviewedBy?: string }
        expect(review?.reviewedAt, String(t.slug)).toBeTruthy()
        expect(review?.reviewedBy, String(t.slug)).toBeTruthy()
      }
    })

    it('publishes the Wörterbuch and Leichte-Sprache texts without errors, reviewed against the live service text', async () => {
      expect(snapshot.glossaryTerm.length).toBeGreaterThanOrEqual(8)
      const texts = await cms.payload.find({
        collection: 'easy-language-texts',
        draft: false,
        pagination: false,
        overrideAccess: true,
        depth: 0,
      })
      expect(texts.docs.length).toBe(snapshot.easyLanguageText.length)
      for (const t of texts.docs) {
        expect(t.lsErrors, t.slug).toBe(0)
        expect(t.stale, t.slug).toBe(false)
        const service = await cms.payload.findByID({
          collection: 'services',
          id: t.service as number,
          draft: false,
          overrideAccess: true,
        })
        expect(t.review?.sourceVersion, t.slug).toBe(service.standardTextVersion)
      }
    })

    it('creates one admin and an editor and a publisher for each department', () => {
      expect(logins.filter((l) => l.role === 'admin')).toHaveLength(1)
      for (const dept of snapshot.department) {
        const slug = String(dept.slug)
        expect(
          logins.some((l) => l.role === 'editor' && l.departments.includes(slug)),
          slug,
        ).toBe(true)
        expect(
          logins.some((l) => l.role === 'publisher' && l.departments.includes(slug)),
          slug,
        ).toBe(true)
      }
      expect(new Set(logins.map((l) => l.password)).size).toBe(logins.length)
    })
  })
}
