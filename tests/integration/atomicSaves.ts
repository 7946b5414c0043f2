import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type TestCms } from '../helpers/cms.ts'
import type { TestDatabase } from '../helpers/database.ts'
import type { User } from '../../cms/payload-types.ts'
import { asUnchecked, buildWorld, createUser, unique, validData, type Id, type World } from '../helpers/fixtures.ts'

/**
 * Every save is all or nothing, on every database: a save that fails half
 * way (after some of its rows were written) leaves the document, its
 * versions and its relations exactly as they were.
 */
export function atomicSavesSuite(kind: TestDatabase) {
  describe(`saves are all or nothing on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    let world: World
    const users = {} as Record<'publisher' | 'editor', User>

    beforeAll(async () => {
      cms = await startCms(kind)
      payload = cms.payload
      world = await buildWorld(payload)
      for (const role of ['publisher', 'editor'] as const)
        users[role] = await createUser(payload, {
          email: `${unique(role)}@demo.lotse.example`,
          password: 'geheim-123456',
          name: role,
          role,
          departments: [world.deptA],
        })
    })
    afterAll(async () => cms?.close())

    /** A published service with one location, as a department would have it. */
    async function liveService() {
      const location = await payload.create({
        collection: 'locations',
        overrideAccess: true,
        depth: 0,
        data: { ...validData('locations', world, world.deptA), _status: 'published' },
      })
      const service = await payload.create({
        collection: 'services',
        overrideAccess: true,
        depth: 0,
        data: {
          ...validData('services', world, world.deptA),
          teaser: 'Der bisherige Kurztext.',
          locations: [location.id],
          _status: 'published',
        },
      })
      return { id: service.id, location: location.id }
    }

    /** Everything the database holds for one service: the live row, its relations, all versions. */
    async function stateOf(id: Id) {
      const live = await payload.db.findOne({ collection: 'services', where: { id: { equals: id } } })
      const versions = await payload.db.findVersions({
        collection: 'services',
        where: { parent: { equals: id } },
        sort: 'createdAt',
        pagination: false,
        limit: 0,
      })
      return JSON.parse(
        JSON.stringify({
          live,
          versions: versions.docs.map((v) => ({
            id: v.id,
            latest: (v as { latest?: boolean }).latest ?? null,
            status: (v.version as { _status?: string })._status,
            teaser: (v.version as { teaser?: string }).teaser,
            locations: (v.version as { locations?: unknown }).locations,
          })),
        }),
      ) as { live: Record<string, unknown>; versions: { latest: boolean | null }[] }
    }

    /** An id no document has. MongoDB's ids are ObjectId strings, where the generated types (numbers) do not fit. */
    const missingId = (): Id => (kind === 'mongodb' ? asUnchecked<Id>('64b7f0f0f0f0f0f0f0f0f0f0') : 999_999_999)

    it('a publisher’s save with an unknown related id fails and changes nothing', async () => {
      const { id, location } = await liveService()
      const before = await stateOf(id)
      const failed = await payload
        .update({
          collection: 'services',
          id,
          user: users.publisher,
          overrideAccess: false,
          depth: 0,
          data: { teaser: 'Ein neuer Kurztext.', locations: [location, missingId()], _status: 'published' },
        })
        .then(
          () => null,
          (error: unknown) => error,
        )
      expect(failed, 'the save must fail').not.toBeNull()
      expect(await stateOf(id)).toEqual(before)
      const served = await payload.findByID({ collection: 'services', id, depth: 0, draft: false })
      expect(served.teaser).toBe('Der bisherige Kurztext.')
      expect((served.locations ?? []).map((l) => (typeof l === 'object' ? l.id : l))).toEqual([location])
    })

    it('an editor’s failed draft save leaves exactly one latest version', async () => {
      const { id, location } = await liveService()
      const before = await stateOf(id)
      await expect(
        payload.update({
          collection: 'services',
          id,
          user: users.editor,
          overrideAccess: false,
          draft: true,
          depth: 0,
          data: { teaser: 'Entwurf mit Fehler.', locations: [location, missingId()] },
        }),
      ).rejects.toBeTruthy()
      const after = await stateOf(id)
      expect(after).toEqual(before)
      expect(after.versions.filter((v) => v.latest === true)).toHaveLength(1)
    })

    it('a save that fails after the document was written (while writing its version) changes nothing', async () => {
      const { id } = await liveService()
      const before = await stateOf(id)
      const createVersion = payload.db.createVersion
      payload.db.createVersion = async () => {
        throw new Error('simulated failure while writing the version')
      }
      try {
        await expect(
          payload.update({
            collection: 'services',
            id,
            user: users.publisher,
            overrideAccess: false,
            depth: 0,
            data: { teaser: 'Halb gespeichert?', _status: 'published' },
          }),
        ).rejects.toThrow(/simulated failure/)
      } finally {
        payload.db.createVersion = createVersion
      }
      expect(await stateOf(id)).toEqual(before)
    })

    it('a delete that fails after the versions were removed keeps the document and its history', async () => {
      const { id } = await liveService()
      const before = await stateOf(id)
      const deleteOne = payload.db.deleteOne
      payload.db.deleteOne = async () => {
        throw new Error('simulated failure while deleting the document')
      }
      try {
        await expect(
          payload.delete({ collection: 'services', id, user: users.publisher, overrideAccess: false }),
        ).rejects.toThrow(/simulated failure/)
      } finally {
        payload.db.deleteOne = deleteOne
      }
      expect(await stateOf(id)).toEqual(before)
    })

    it('a new document whose save fails half way leaves no row behind', async () => {
      const slug = unique('halb')
      const countOf = async (collection: CollectionSlug) =>
        (await payload.db.count({ collection, where: { slug: { equals: slug } } })).totalDocs
      await expect(
        payload.create({
          collection: 'services',
          user: users.publisher,
          overrideAccess: false,
          depth: 0,
          data: {
            ...validData('services', world, world.deptA),
            slug,
            locations: [missingId()],
            _status: 'published',
          },
        }),
      ).rejects.toBeTruthy()
      expect(await countOf('services')).toBe(0)
      const versions = await payload.db.findVersions({
        collection: 'services',
        where: { 'version.slug': { equals: slug } },
        pagination: false,
        limit: 0,
      })
      expect(versions.docs).toHaveLength(0)
    })

    it('concurrent saves of the same documents take turns: all succeed, one version stays latest', async () => {
      const services = await Promise.all(Array.from({ length: 5 }, () => liveService()))
      const results = await Promise.allSettled(
        services.flatMap(({ id }, i) =>
          Array.from({ length: 4 }, (_, n) =>
            payload.update({
              collection: 'services',
              id,
              user: n % 2 ? users.editor : users.publisher,
              overrideAccess: false,
              draft: n % 2 === 1,
              depth: 0,
              data: { teaser: `Parallel ${i}.${n}`, ...(n % 2 ? {} : { _status: 'published' }) },
            }),
          ),
        ),
      )
      expect(
        results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)),
      ).toEqual([])
      for (const { id } of services) {
        const { versions } = await stateOf(id)
        expect(versions.filter((v) => v.latest === true)).toHaveLength(1)
      }
    })
  })
}
