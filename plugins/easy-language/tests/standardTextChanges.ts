import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EasyLanguageText, User as CmsUser } from '../../../cms/payload-types.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, unique, type World } from '../../../tests/helpers/fixtures.ts'
import type { StandardTextCollection, StandardTextPart } from '../standardText.ts'
import { standardTextChangesSinceReview, type StandardTextChanges } from '../standardTextChanges.ts'

type User = CmsUser & { collection: 'users' }

/**
 * The reviewer sees what changed in the standard text since the last review:
 * the review stores the standard text it was made against, and the edit view
 * shows the word diff against the published one (also for reviews recorded
 * before the text was stored, through the service's versions).
 */
export function standardTextChangesSuite(kind: TestDatabase) {
  describe(`standard-text changes since the review on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    let world: World
    let reviewer: User
    let publisher: User
    let collection: StandardTextCollection
    let parts: readonly StandardTextPart[]

    beforeAll(async () => {
      cms = await startCms(kind)
      payload = cms.payload
      world = await buildWorld(payload)
      const make = async (role: User['role']): Promise<User> => ({
        ...(await payload.create({
          collection: 'users',
          overrideAccess: true,
          data: {
            email: `${unique(role)}@demo.lotse.example`,
            password: 'geheim-123456',
            name: role,
            role,
            departments: [world.deptA],
          },
        })),
        collection: 'users',
      })
      reviewer = await make('ls-reviewer')
      publisher = await make('publisher')
      // What the edit view's field is given: the wiring of the plugin, not a copy of it.
      const texts = cms.config.collections.find((c) => c.slug === 'easy-language-texts')
      const field = texts?.fields.find((f) => 'name' in f && f.name === 'standardTextChanges') as
        | {
            admin?: {
              components?: {
                Field?: { serverProps?: { collection: StandardTextCollection; parts: StandardTextPart[] } }
              }
            }
          }
        | undefined
      const props = field?.admin?.components?.Field?.serverProps
      if (!props) throw new Error('the standardTextChanges field has no serverProps')
      ;({ collection, parts } = props)
    })
    afterAll(async () => cms?.close())

    const latest = (id: EasyLanguageText['id']) =>
      payload.findByID({ collection: 'easy-language-texts', id, draft: true, overrideAccess: true, depth: 0 })
    const changesFor = async (id: EasyLanguageText['id'], user: User = reviewer): Promise<StandardTextChanges> =>
      standardTextChangesSinceReview(await createLocalReq({ user }, payload), collection, parts, await latest(id))
    const review = (reviewedAt: string) => ({ review: { reviewedAt, reviewedBy: 'Prüfgruppe Köln' } })
    const publishService = (data: Record<string, unknown>) =>
      payload.update({
        collection: 'services',
        id: world.serviceA,
        data: { ...data, _status: 'published' },
        user: publisher,
        overrideAccess: false,
        depth: 0,
      })

    it('stores the standard text with the review and shows the word diff once a new one is published', async () => {
      const service = await payload.findByID({ collection: 'services', id: world.serviceA, overrideAccess: true })
      await publishService({ teaser: 'Sie bekommen Geld für Hilfe im Alltag.' })
      const text = await payload.create({
        collection: 'easy-language-texts',
        overrideAccess: true,
        draft: true,
        data: {
          title: 'Ihr Antrag',
          slug: unique('text'),
          service: world.serviceA,
          text: 'Sie stellen einen Antrag.',
          department: world.deptA,
          _status: 'draft',
        },
      })
      expect(await changesFor(text.id)).toEqual({ state: 'none' })

      await payload.update({
        collection: 'easy-language-texts',
        id: text.id,
        data: review('2026-10-01T00:00:00.000Z'),
        user: reviewer,
        overrideAccess: false,
      })
      const reviewed = await latest(text.id)
      expect(reviewed.review?.sourceText).toEqual(
        expect.arrayContaining([
          { name: 'name', label: 'Bezeichnung', text: service.name },
          { name: 'teaser', label: 'Kurztext', text: 'Sie bekommen Geld für Hilfe im Alltag.' },
        ]),
      )
      expect(await changesFor(text.id)).toEqual({ state: 'unchanged', reviewedAt: '2026-10-01T00:00:00.000Z' })

      // The reviewer cannot rewrite what was reviewed: the stored text stays as the hook wrote it.
      await payload.update({
        collection: 'easy-language-texts',
        id: text.id,
        data: {
          review: {
            ...review('2026-10-01T00:00:00.000Z').review,
            sourceText: [{ name: 'teaser', label: 'Kurztext', text: 'gefälscht' }],
          },
        },
        user: reviewer,
        overrideAccess: false,
      })
      expect((await latest(text.id)).review?.sourceText).toEqual(reviewed.review?.sourceText)

      await publishService({ teaser: 'Sie bekommen Geld für Hilfe im ganzen Alltag.' })
      const changes = await changesFor(text.id)
      expect(changes.state).toBe('changed')
      if (changes.state !== 'changed') return
      expect(changes.parts.map((p) => [p.name, p.label])).toEqual([['teaser', 'Kurztext']])
      expect(changes.parts[0].pieces.filter((p) => p.kind !== 'same')).toEqual([{ kind: 'added', text: 'ganzen ' }])
      // An editor of the department sees the same.
      const editor = await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: {
          email: `${unique('red')}@demo.lotse.example`,
          password: 'geheim-123456',
          name: 'Redaktion',
          role: 'editor',
          departments: [world.deptA],
        },
      })
      expect(await changesFor(text.id, { ...editor, collection: 'users' })).toEqual(changes)

      // A new review takes the published text as its new reference.
      await payload.update({
        collection: 'easy-language-texts',
        id: text.id,
        data: review('2026-11-01T00:00:00.000Z'),
        user: reviewer,
        overrideAccess: false,
      })
      expect(await changesFor(text.id)).toEqual({ state: 'unchanged', reviewedAt: '2026-11-01T00:00:00.000Z' })
    })

    it('finds the reviewed standard text of an older review (without the stored text) in the service’s versions', async () => {
      await publishService({ teaser: 'Der alte Kurztext.' })
      const text = await payload.create({
        collection: 'easy-language-texts',
        overrideAccess: true,
        draft: true,
        data: {
          title: 'Ihr Antrag',
          slug: unique('text'),
          service: world.serviceA,
          text: 'Sie stellen einen Antrag.',
          department: world.deptA,
          _status: 'draft',
          ...review('2026-10-02T00:00:00.000Z'),
        },
      })
      const stored = await latest(text.id)
      expect(stored.review?.sourceVersion).toMatch(/^[0-9a-f]{16}$/)
      // As a review recorded before this change: the version only.
      await payload.db.updateOne({
        collection: 'easy-language-texts',
        id: text.id,
        data: { review: { ...stored.review, sourceText: null } },
        returning: false,
      })
      const { docs } = await payload.db.findVersions<EasyLanguageText>({
        collection: 'easy-language-texts',
        where: { and: [{ parent: { equals: text.id } }, { latest: { equals: true } }] },
        limit: 1,
        pagination: false,
      })
      await payload.db.updateVersion({
        collection: 'easy-language-texts',
        id: docs[0].id,
        versionData: { ...docs[0], version: { ...docs[0].version, review: { ...stored.review, sourceText: null } } },
        returning: false,
      })
      expect((await latest(text.id)).review?.sourceText ?? null).toBeNull()

      await publishService({ teaser: 'Der neue Kurztext.' })
      const changes = await changesFor(text.id)
      expect(changes.state).toBe('changed')
      if (changes.state !== 'changed') return
      expect(changes.parts[0].pieces.filter((p) => p.kind !== 'same')).toEqual([
        { kind: 'removed', text: 'alte' },
        { kind: 'added', text: 'neue' },
      ])
    })
  })
}
