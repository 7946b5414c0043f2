import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, unique, type World } from '../../../tests/helpers/fixtures.ts'
import { asDocId, dataFor } from './fixtures.ts'

/**
 * Scheduled publishing runs through Payload's job queue as the user who
 * scheduled it, so the same access rules apply: a publisher's schedule goes
 * live when due, an editor's is refused and the document stays a draft.
 */
export function scheduledPublishingSuite(kind: TestDatabase) {
  describe(`scheduled publishing on ${kind}`, () => {
    let cms: TestCms
    let world: World
    const users: Record<string, number | string> = {}

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await buildWorld(cms.payload)
      for (const role of ['publisher', 'editor'] as const) {
        const u = await cms.payload.create({
          collection: 'users',
          overrideAccess: true,
          data: {
            email: `${unique(role)}@demo.lotse.example`,
            password: 'geheim-123456',
            name: role,
            role,
            departments: [asDocId(world.deptA)],
          },
        })
        users[role] = u.id
      }
    })
    afterAll(async () => cms?.close())

    async function draftService() {
      return cms.payload.create({
        collection: 'services',
        overrideAccess: true,
        data: { ...dataFor('services', world, world.deptA), _status: 'draft' },
      })
    }

    async function schedule(id: number | string, role: string, waitUntil: Date) {
      await cms.payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'services', value: asDocId(id) },
          user: { relationTo: 'users', value: asDocId(users[role]) },
        },
        waitUntil,
      })
    }

    const status = async (id: number | string) =>
      (await cms.payload.findByID({ collection: 'services', id, overrideAccess: true, draft: false }))._status

    it('publishes a publisher’s scheduled document when it is due, not before', async () => {
      const later = await draftService()
      const due = await draftService()
      await schedule(later.id, 'publisher', new Date(Date.now() + 60 * 60 * 1000))
      await schedule(due.id, 'publisher', new Date(Date.now() - 1000))
      await cms.payload.jobs.run()
      expect(await status(due.id)).toBe('published')
      expect(await status(later.id)).toBe('draft')
    })

    it('refuses an editor’s scheduled publication; the document stays a draft', async () => {
      const doc = await draftService()
      await schedule(doc.id, 'editor', new Date(Date.now() - 1000))
      await cms.payload.jobs.run()
      expect(await status(doc.id)).toBe('draft')
      const jobs = await cms.payload.find({
        collection: 'payload-jobs',
        overrideAccess: true,
        where: { taskSlug: { equals: 'schedulePublish' } },
        pagination: false,
        depth: 0,
      })
      const job = jobs.docs.find(
        (j) => String((j.input as { doc?: { value: unknown } })?.doc?.value) === String(doc.id),
      )
      expect(job, 'the scheduled job').toBeDefined()
      expect(job!.hasError).toBe(true)
      expect(JSON.stringify(job!.error ?? job!.log)).toContain('nicht veröffentlichen')
    })
  })
}
