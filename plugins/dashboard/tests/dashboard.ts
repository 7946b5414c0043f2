import { createLocalReq, type CollectionSlug, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../../cms/payload-types.ts'
import { startApiServer } from '../../../tests/helpers/apiServer.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, createUser, unique, validData, type World } from '../../../tests/helpers/fixtures.ts'
import { siteStatusOf } from '../../publishing/index.ts'
import { loadDashboard, type DashboardSection } from '../index.ts'
import { SITE_STATUS_FIELD } from '../index.ts'
import { allDepartmentsQuery, ownDepartmentsQuery } from '../listScope.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** The time part of a release id (plugins/publishing/releases.ts). */
const stamp = (iso: string) => new Date(iso).toISOString().replace(/[-:.]/g, '')

const collections: CollectionSlug[] = [
  'services',
  'easy-language-texts',
  'glossary-terms',
  'contact-persons',
  'locations',
  'video-tutorials',
  'pages',
]

type Role = 'editorA' | 'publisherA' | 'admin' | 'editorB' | 'reviewerA'

/**
 * The dashboard's data per role (plugins/dashboard/dashboardData.ts), read
 * with each user's rights; the lists' default filter of the user's
 * departments over REST; and the column "Auf der Website".
 */
export function dashboardSuite(kind: TestDatabase) {
  describe(`dashboard and editorial lists on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    let world: World
    const users = {} as Record<Role, User>
    const ids = {} as Record<string, number | string>

    const dashboardOf = async (role: Role) =>
      loadDashboard(await createLocalReq({ user: users[role] }, payload), { collections })
    const section = (sections: DashboardSection[], id: DashboardSection['id']) => sections.find((s) => s.id === id)
    const titles = (s: DashboardSection | undefined) => s?.items.map((i) => i.title) ?? []
    const request = (data: Record<string, unknown>) =>
      payload.create({ collection: 'approval-requests', overrideAccess: true, depth: 0, data: data as never })

    beforeAll(async () => {
      cms = await startCms(kind)
      payload = cms.payload
      world = await buildWorld(payload)
      const user = (role: User['role'], departments: (number | string)[]) =>
        createUser(payload, {
          ...validData('users', world, world.deptA),
          email: `${unique(role ?? 'user')}@demo.lotse.example`,
          role,
          departments: departments as number[],
        })
      users.editorA = await user('editor', [world.deptA])
      users.publisherA = await user('publisher', [world.deptA])
      users.admin = await user('admin', [])
      users.editorB = await user('editor', [world.deptB])
      users.reviewerA = await user('ls-reviewer', [world.deptA])
      const o = { overrideAccess: true, depth: 0 } as const
      // A: a service changed in a draft, one never published, one the checks refused; B: a draft.
      ids.refused = (
        await payload.create({
          ...o,
          collection: 'services',
          data: { ...validData('services', world, world.deptA), name: 'Abgelehnte Leistung', _status: 'published' },
        })
      ).id
      // The publish requests are recorded right after their transactions; then they count as built and live.
      await sleep(500)
      const t = new Date().toISOString()
      await payload.update({
        ...o,
        collection: 'releases',
        where: { status: { in: ['queued', 'building', 'merged'] } },
        data: { status: 'live', startedAt: t, finishedAt: t, releaseId: `${stamp(t)}-test` },
      })
      await payload.update({
        ...o,
        collection: 'services',
        id: world.serviceA,
        draft: true,
        data: { name: 'Geänderte Leistung A' },
      })
      ids.draftA = (
        await payload.create({
          ...o,
          collection: 'services',
          draft: true,
          data: { ...validData('services', world, world.deptA), name: 'Neue Leistung A', _status: 'draft' },
        })
      ).id
      ids.draftB = (
        await payload.create({
          ...o,
          collection: 'services',
          draft: true,
          data: { ...validData('services', world, world.deptB), name: 'Neue Leistung B', _status: 'draft' },
        })
      ).id
      await payload.create({
        ...o,
        collection: 'publish-refusals',
        data: {
          docCollection: 'services',
          docId: String(ids.refused),
          department: world.deptA as number,
          requestedAt: new Date().toISOString(),
          message: 'Die Veröffentlichung wurde abgelehnt: Die Prüfung hat einen Fehler gefunden.',
          findings: [{ text: 'Im Feld „Volltext“ hat der Link „ “ keinen Text.' }],
        },
      })
      const now = new Date().toISOString()
      await request({
        title: 'Neue Leistung A',
        collectionSlug: 'services',
        documentId: String(ids.draftA),
        department: world.deptA,
        state: 'waiting',
        comment: 'Bitte prüfen Sie die Fristen.',
        submittedBy: users.editorA.id,
        submittedAt: now,
      })
      await request({
        title: 'Geänderte Leistung A',
        collectionSlug: 'services',
        documentId: String(world.serviceA),
        department: world.deptA,
        state: 'returned',
        comment: 'Neue Kosten.',
        submittedBy: users.editorA.id,
        submittedAt: now,
        decisionComment: 'Bitte die Kosten belegen.',
        decidedBy: users.publisherA.id,
        decidedAt: now,
      })
      await request({
        title: 'Neue Leistung B',
        collectionSlug: 'services',
        documentId: String(ids.draftB),
        department: world.deptB,
        state: 'waiting',
        comment: 'Geheim in B.',
        submittedBy: users.editorB.id,
        submittedAt: now,
      })
    })

    afterAll(async () => {
      await cms?.close()
    })

    it('shows an editor their departments’ drafts, what was returned to them with the comment, and what waits', async () => {
      const sections = await dashboardOf('editorA')
      expect(sections.map((s) => s.id)).toEqual(['drafts', 'returned', 'waiting', 'refused', 'stale', 'site'])
      const drafts = section(sections, 'drafts')!
      expect(titles(drafts)).toEqual(expect.arrayContaining(['Geänderte Leistung A', 'Neue Leistung A']))
      expect(titles(drafts)).not.toContain('Neue Leistung B')
      expect(drafts.count).toBe(2)
      const changed = drafts.items.find((i) => i.title === 'Geänderte Leistung A')!
      expect(changed.meta).toContain('Änderungen an der veröffentlichten Fassung')
      expect(changed.href).toBe(`/admin/collections/services/${world.serviceA}`)
      expect(drafts.items.find((i) => i.title === 'Neue Leistung A')!.meta).toContain('noch nicht veröffentlicht')

      const returned = section(sections, 'returned')!
      expect(returned.title).toBe('An mich zurückgegeben')
      expect(returned.count).toBe(1)
      expect(returned.items[0]).toMatchObject({
        title: 'Geänderte Leistung A',
        note: 'Rückmeldung: Bitte die Kosten belegen.',
      })
      const waiting = section(sections, 'waiting')!
      expect(waiting.title).toBe('Wartet auf Freigabe')
      expect(titles(waiting)).toEqual(['Neue Leistung A'])
      expect(waiting.link?.href).toBe('/admin/freigaben')
      expect(waiting.items[0].href).toBe(`/admin/collections/services/${ids.draftA}`)

      const refused = section(sections, 'refused')!
      expect(titles(refused)).toEqual(['Abgelehnte Leistung'])
      expect(refused.items[0].note).toContain('keinen Text')
      const site = section(sections, 'site')!
      expect(site.lines?.[0]).toMatch(/^Die Website zeigt den Stand vom \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr\.$/)
      expect(site.link?.href).toBe('/admin/veroeffentlichungen')
    })

    it('shows a publisher what waits for them in their departments, and an admin all of it', async () => {
      const publisher = await dashboardOf('publisherA')
      expect(publisher.map((s) => s.id)).toEqual(['drafts', 'waiting', 'refused', 'stale', 'site'])
      const waiting = section(publisher, 'waiting')!
      expect(waiting.title).toBe('Wartet auf mich')
      expect(titles(waiting)).toEqual(['Neue Leistung A'])
      expect(waiting.items[0].note).toBe('Kommentar: Bitte prüfen Sie die Fristen.')
      expect(waiting.items[0].meta).toContain('von Test')

      const admin = await dashboardOf('admin')
      expect(admin.map((s) => s.id)).toEqual(['waiting', 'refused', 'stale', 'site'])
      expect(titles(section(admin, 'waiting')).sort()).toEqual(['Neue Leistung A', 'Neue Leistung B'])

      const reviewer = await dashboardOf('reviewerA')
      expect(reviewer.map((s) => s.id)).toEqual(['stale', 'site'])
    })

    it('shows another department nothing of department A', async () => {
      const sections = await dashboardOf('editorB')
      const text = JSON.stringify(sections)
      for (const secret of ['Geänderte Leistung A', 'Neue Leistung A', 'Abgelehnte Leistung', 'Bitte die Kosten'])
        expect(text).not.toContain(secret)
      expect(titles(section(sections, 'drafts'))).toEqual(['Neue Leistung B'])
      expect(section(sections, 'returned')!.count).toBe(0)
      expect(section(sections, 'returned')!.empty).toBe('Es wurde Ihnen nichts zur Überarbeitung zurückgegeben.')
      expect(titles(section(sections, 'waiting'))).toEqual(['Neue Leistung B'])
      expect(section(sections, 'refused')!.items).toEqual([])
    })

    it('opens the editorial lists on the user’s departments, with "Auf der Website" as a default column', async () => {
      const services = payload.collections.services.config
      expect(services.admin.defaultColumns).toEqual(['name', 'department', SITE_STATUS_FIELD, 'updatedAt'])
      expect(services.admin.components?.beforeList).toContain(
        '/plugins/dashboard/admin/DepartmentScope#DepartmentScope',
      )
      expect(payload.collections.media.config.admin.components?.beforeList).toContain(
        '/plugins/dashboard/admin/DepartmentScope#DepartmentScope',
      )
      // The filter the bare list URL is sent to, as Payload's REST API (and its list view) reads it.
      const api = await startApiServer(cms.config)
      try {
        const login = await fetch(`${api.url}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: users.editorA.email, password: 'geheim-123456' }),
        })
        const { token } = (await login.json()) as { token: string }
        const list = async (query: string) => {
          const response = await fetch(`${api.url}/api/services?${query}&depth=0&draft=true&limit=100`, {
            headers: { Authorization: `JWT ${token}` },
          })
          expect(response.status).toBe(200)
          return ((await response.json()) as { docs: { id: number | string; department: number | string }[] }).docs
        }
        const own = await list(ownDepartmentsQuery([world.deptA]))
        expect(own.length).toBeGreaterThanOrEqual(3)
        expect(own.every((d) => String(d.department) === String(world.deptA))).toBe(true)
        // "Alle Dezernate anzeigen": B's published service too, B's draft not.
        const all = (await list(allDepartmentsQuery)).map((d) => String(d.id))
        expect(all).toContain(String(world.serviceB))
        expect(all).not.toContain(String(ids.draftB))
      } finally {
        await api.close()
      }
    })

    it('says for each row whether it is live, live with a newer draft, only a draft, or refused', async () => {
      const row = async (id: number | string) => {
        const latest = await payload.findByID({
          collection: 'services',
          id,
          draft: true,
          overrideAccess: true,
          depth: 0,
        })
        return siteStatusOf(payload, 'services', latest)
      }
      expect(await row(world.serviceB)).toMatchObject({ state: 'live', label: 'Live' })
      expect(await row(world.serviceA)).toMatchObject({ state: 'live-draft', label: 'Live, neuerer Entwurf' })
      expect(await row(ids.draftA)).toMatchObject({ state: 'draft', label: 'Nur Entwurf' })
      const refused = await row(ids.refused)
      expect(refused).toMatchObject({ state: 'refused', label: 'Von der Prüfung abgelehnt' })
      expect(refused.detail).toContain('abgelehnt')
    })
  })
}
