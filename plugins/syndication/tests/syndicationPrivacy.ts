import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '../../../cms/export/export.ts'
import { textToLexical } from '../../../cms/export/richtext.ts'
import { writeSyndication } from '../index.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { startApiServer } from '../../../tests/helpers/apiServer.ts'

/** Every text file under `dir`, by relative path. */
function texts(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    files.set(path.relative(dir, file), readFileSync(file, 'utf8'))
  }
  return files
}

const containing = (files: Map<string, string>, marker: string) =>
  [...files].filter(([, text]) => text.includes(marker)).map(([file]) => file)

/**
 * A draft-only service, an unpublished change of a published service and a
 * contact person whose name is stored without recorded consent (as after a
 * legacy import or a withdrawn consent) appear in none of the partner outputs:
 * the snapshot, the open data and HSDS files of a release (written by the real
 * writeSyndication), the JSON-LD of the pages, and the live HSDS API.
 */
export function syndicationPrivacySuite(kind: TestDatabase) {
  describe(`nothing unpublished or without consent in the partner outputs (${kind})`, () => {
    const tag = randomBytes(4).toString('hex')
    const marker = {
      draft: `Entwurfsleistung ${tag}`,
      pending: `Unveröffentlichte Änderung ${tag}`,
      name: `Verena Verschwiegen-${tag}`,
      function: `Fallmanagement ohne Einwilligung ${tag}`,
    }
    let cms: TestCms
    let work: string
    let release: Map<string, string>
    let snapshot: Map<string, string>
    let jsonLd: string
    let contactId: string

    beforeAll(async () => {
      cms = await startCms(kind, { from: 'demo' })
      const { payload } = cms
      const base = { overrideAccess: true, depth: 0 } as const
      const department = (await payload.find({ ...base, collection: 'departments', limit: 1 })).docs[0].id
      const service = (
        await payload.find({
          ...base,
          collection: 'services',
          where: { slug: { equals: 'werkstatt-fuer-menschen-mit-behinderung' } },
        })
      ).docs[0]

      await payload.create({
        ...base,
        collection: 'services',
        draft: true,
        data: {
          name: marker.draft,
          slug: `entwurf-${tag}`,
          teaser: marker.draft,
          description: textToLexical(marker.draft),
          department,
          _status: 'draft',
        },
      })

      const contact = await payload.create({
        ...base,
        collection: 'contact-persons',
        data: {
          function: marker.function,
          name: marker.name,
          consent: { given: true, recordedAt: '2026-01-10T00:00:00.000Z' },
          phone: '0221 9999 999',
          email: `ohne-einwilligung-${tag}@demo.lotse.example`,
          responsibility: { services: [service.id] },
          slug: `ohne-einwilligung-${tag}`,
          department,
          _status: 'published',
        },
      })
      contactId = String(contact.id)
      await payload.update({
        ...base,
        collection: 'services',
        id: service.id,
        data: { contactPersons: [...(service.contactPersons ?? []), contact.id], _status: 'published' },
      })
      await payload.update({
        ...base,
        collection: 'services',
        id: service.id,
        draft: true,
        data: { teaser: marker.pending, _status: 'draft' },
      })
      // The consent is gone, the name is still in the database (the CMS form would refuse this; an import might not).
      await payload.db.updateOne({
        collection: 'contact-persons',
        id: contact.id,
        data: { consent: { given: false, recordedAt: null } },
      })

      work = mkdtempSync(path.join(tmpdir(), 'lotse-privacy-'))
      const snapshotDir = path.join(work, 'snapshot')
      const outDir = path.join(work, 'release')
      await exportSnapshot(payload, snapshotDir)
      await writeSyndication({
        snapshotDir,
        outDir,
        previousDir: null,
        releaseId: 'privacy-test',
        builtAt: new Date().toISOString(),
        siteUrl: 'https://beratung.example.org',
      })
      snapshot = texts(snapshotDir)
      release = texts(outDir)

      // The JSON-LD of every page that carries some, made by the site's own functions from the same snapshot.
      process.env.SITE = 'https://beratung.example.org'
      const [{ readSnapshot }, jsonld, { accessibilityFeatures }, { t }] = await Promise.all([
        import('../../../site/lib/snapshot.ts'),
        import('../../../site/lib/jsonld.ts'),
        import('../../../site/lib/locationDisplay.ts'),
        import('../../../site/i18n/index.ts'),
      ])
      const site = readSnapshot(snapshotDir)
      jsonLd = JSON.stringify([
        ...site.services.all.map((s) => jsonld.governmentService(site, s)),
        ...site.locations.all.map((l) => jsonld.governmentOffice(site, l, accessibilityFeatures(l, t))),
        jsonld.contactList(site, site.contactPersons.all),
        ...site.videos.all.map((v) => jsonld.videoObject(v)),
      ])
    })

    afterAll(async () => {
      if (work) rmSync(work, { recursive: true, force: true })
      await cms?.close()
    })

    it('really has the draft, the pending change and the stored name in the database', async () => {
      const { payload } = cms
      const drafts = await payload.find({
        collection: 'services',
        draft: true,
        overrideAccess: true,
        where: { name: { equals: marker.draft } },
      })
      expect(drafts.docs).toHaveLength(1)
      const pending = await payload.find({
        collection: 'services',
        draft: true,
        overrideAccess: true,
        where: { slug: { equals: 'werkstatt-fuer-menschen-mit-behinderung' } },
      })
      expect(pending.docs[0].teaser).toBe(marker.pending)
      const contact = await payload.findByID({ collection: 'contact-persons', id: contactId, overrideAccess: true })
      expect(contact.name).toBe(marker.name)
      expect(contact.consent?.given).toBe(false)
    })

    it('keeps them out of the snapshot, the open data and the HSDS files, but lists the contact by function', () => {
      expect(containing(snapshot, marker.function)).toContain('contactPerson.json')
      const withContact = containing(release, marker.function)
      expect(withContact).toContain(path.join('api', 'v1', 'contact-persons.json'))
      expect(withContact).toContain(path.join('api', 'v1', 'services', 'werkstatt-fuer-menschen-mit-behinderung.json'))
      expect(release.size).toBeGreaterThan(100)
      for (const value of [marker.draft, marker.pending, marker.name, `entwurf-${tag}`]) {
        expect(containing(snapshot, value), value).toEqual([])
        expect(containing(release, value), value).toEqual([])
      }
    })

    it('keeps them out of the JSON-LD of the pages', () => {
      expect(jsonLd).toContain(marker.function)
      for (const value of [marker.draft, marker.pending, marker.name]) expect(jsonLd).not.toContain(value)
    })

    it('keeps them out of the live HSDS API', async () => {
      const rest = await startApiServer(cms.config)
      try {
        const bodies: string[] = []
        for (const list of ['services', 'organizations', 'service_at_locations']) {
          const response = await fetch(`${rest.url}/api/hsds/${list}?per_page=200`)
          expect(response.status, list).toBe(200)
          const page = (await response.json()) as { contents: { id: string }[] }
          bodies.push(JSON.stringify(page))
          // Full objects of the services (with their contacts); the API allows 120 requests a minute.
          for (const item of list === 'services' ? page.contents : []) {
            const one = await fetch(`${rest.url}/api/hsds/${list}/${item.id}`)
            expect(one.status, `${list}/${item.id}`).toBe(200)
            bodies.push(await one.text())
          }
        }
        const search = await fetch(`${rest.url}/api/hsds/services?search=${encodeURIComponent(tag)}`)
        bodies.push(await search.text())
        const all = bodies.join('\n')
        expect(all).toContain(marker.function)
        for (const value of [marker.draft, marker.pending, marker.name]) expect(all).not.toContain(value)
      } finally {
        await rest.close()
      }
    })
  })
}
