import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicSiteUrl } from '../../../config.ts'
import { lexicalToText, textToLexical } from '../../../cms/export/richtext.ts'
import type { ExplainedFinding } from '../explain.ts'
import { currentRelease, releasesDir } from '../releases.ts'
import { pipelineRunner, PUBLISH_TASK, type PipelineRunner } from '../runner.ts'
import { releaseStatusOf } from '../publishStatus.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, type World } from '../../../tests/helpers/fixtures.ts'
import { dataFor, pipelineSettled } from './fixtures.ts'
import { requires } from '../../../tests/helpers/requirements.ts'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const hasChromium = requires('chromium')
const o = { overrideAccess: true, depth: 0 } as const

/**
 * A rich text whose one paragraph ends with a link. The fault the suite
 * publishes must be one that valid content can have (the rich-text field
 * refuses blank link texts and unusable addresses on saving,
 * cms/fields/richText.ts) and the release checks catch: a well-formed
 * absolute link to a page of the portal's own site that does not exist,
 * which the link check treats as internal (plugins/publishing/links.ts).
 */
function withLink(
  text: string,
  linkText: string,
  url: string,
): RequiredDataFromCollectionSlug<'services'>['description'] {
  const state = textToLexical(text)
  const paragraph = state.root.children[0]
  if (!paragraph || !('children' in paragraph)) throw new Error('textToLexical gave no paragraph')
  paragraph.children.push({
    type: 'link',
    version: 3,
    direction: 'ltr',
    format: '',
    indent: 0,
    fields: { url, linkType: 'custom', newTab: false },
    children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: linkText, version: 1 }],
  })
  return state
}

type Service = { id: number | string; slug: string; teaser: string; description: unknown; _status?: string }

/** The address of a service page on the portal's own site (SITE_URL), whether or not it exists. */
const sitePage = (slug: string) => `${publicSiteUrl()}/leistungen/${slug}/`

/**
 * Issue 14, "each change is checked on its own": a publish whose pages fail
 * the release checks (here the link check) is refused on that document alone (back at its live
 * version, the refused content kept as a draft, German findings naming the
 * field and quoting the text), while the other changes of the same build go
 * live and the next publish of anyone passes. Real builds, real Chromium.
 */
export function publishRefusalSuite(kind: TestDatabase) {
  describe.skipIf(!hasChromium)(`publish refusal on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let runner: PipelineRunner
    const publishers = {} as Record<'soziales' | 'kinder', Record<string, unknown>>

    const service = async (id: number | string, draft = false) =>
      (await cms.payload.findByID({ ...o, collection: 'services', id, draft })) as unknown as Service
    const livePage = async (slug: string) =>
      readFile(
        path.join(releasesDir(cms.dataDir), (await currentRelease(cms.dataDir))!, 'leistungen', slug, 'index.html'),
        'utf8',
      )
    const publish = (user: Record<string, unknown>, id: number | string, data: Record<string, unknown>) =>
      cms.payload.update({
        collection: 'services',
        id,
        user,
        overrideAccess: false,
        depth: 0,
        data: { ...data, _status: 'published' },
      })
    /** The newest build record once nothing waits or builds any more. */
    async function settled(payload: Payload) {
      await pipelineSettled(payload, [runner], 120_000)
      const { docs } = await payload.find({
        ...o,
        collection: 'releases',
        where: { status: { not_equals: 'merged' } },
        sort: '-createdAt',
        limit: 1,
      })
      return docs[0]
    }

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await buildWorld(cms.payload)
      for (const [key, department] of [
        ['soziales', world.deptA],
        ['kinder', world.deptB],
      ] as const) {
        const user = await cms.payload.create({
          ...o,
          collection: 'users',
          data: { ...dataFor('users', world, department), role: 'publisher' },
        })
        publishers[key] = { ...user, collection: 'users' }
      }
      runner = pipelineRunner(cms.payload, {
        dataDir: cms.dataDir,
        root: repoRoot,
        autoBuild: true,
        debounceMs: 1500,
        maxWaitMs: 10_000,
        pollMs: 200,
        log: () => {},
      })
      await runner.request({ trigger: 'Start' })
      const first = await settled(cms.payload)
      expect(first.error ?? null, JSON.stringify(first.findings)).toBeNull()
      expect(first.status).toBe('live')
    }, 15 * 60_000)

    afterAll(async () => {
      await runner?.close()
      await cms?.close()
    })

    it(
      'refuses the faulty publish of one department while a concurrent flawless one of another goes live',
      { timeout: 15 * 60_000 },
      async () => {
        const before = await service(world.serviceA)
        const url = sitePage('antrag-gibt-es-nicht')
        // The same burst: Soziales publishes a link to a page its site does not have, Kinder a flawless change.
        await publish(publishers.soziales, world.serviceA, {
          teaser: 'Neuer Kurztext mit totem Link.',
          description: withLink('Hier steht der Antrag:', 'Wohngeld beantragen', url),
        })
        await publish(publishers.kinder, world.serviceB, { teaser: 'Ein fehlerfreier neuer Kurztext.' })
        const record = await settled(cms.payload)

        // One build: live, with the faulty document refused.
        expect(record.status, record.error ?? '').toBe('live')
        expect(record.changedDocs?.map((d) => d.docId).sort()).toEqual(
          [world.serviceA, world.serviceB].map(String).sort(),
        )
        expect(record.refusedDocs?.map((d) => [d.collection, d.docId])).toEqual([['services', String(world.serviceA)]])

        // The flawless change is on the site; the faulty service's page still shows the old text.
        const b = await service(world.serviceB)
        expect(await livePage(b.slug)).toContain('Ein fehlerfreier neuer Kurztext.')
        const pageA = await livePage(before.slug)
        expect(pageA).toContain(before.teaser)
        expect(pageA).not.toContain('Neuer Kurztext mit totem Link.')
        expect(pageA).not.toContain(url)

        // In Payload: the published version is the previous one, the refused text the newest draft.
        const published = await service(world.serviceA)
        expect(published._status).toBe('published')
        expect(published.teaser).toBe(before.teaser)
        expect(lexicalToText(published.description)).toBe(lexicalToText(before.description))
        const draft = await service(world.serviceA, true)
        expect(draft._status).toBe('draft')
        expect(draft.teaser).toBe('Neuer Kurztext mit totem Link.')
        expect(JSON.stringify(draft.description)).toContain(url)

        // German findings on the document: field label, quoted text, what to do.
        const status = await releaseStatusOf(cms.payload, 'services', world.serviceA)
        expect(status.state).toBe('refused')
        if (status.state !== 'refused') return
        expect(status.message).toMatch(/^Die Veröffentlichung wurde abgelehnt: /)
        expect(status.message).toContain('Die Website zeigt weiter die vorherige Fassung.')
        expect(status.message).toContain('Ihr Text ist als Entwurf gespeichert.')
        expect(status.findings.length).toBeGreaterThan(0)
        expect(status.findings).toEqual([
          `Im Feld „Volltext“: Der Link „Wohngeld beantragen“ (Adresse „${url}“) führt zu keiner Seite der Website. Bitte korrigieren Sie die Adresse oder entfernen Sie den Link (oder veröffentlichen Sie den verlinkten Inhalt).`,
        ])
        const { docs: refusals } = await cms.payload.find({
          ...o,
          collection: 'publish-refusals',
          where: { docId: { equals: String(world.serviceA) } },
        })
        const findings = refusals[0].findings as ExplainedFinding[]
        expect(findings).toMatchObject([
          {
            page: `/leistungen/${before.slug}/`,
            code: 'broken-link',
            field: 'Volltext',
            quote: '„Wohngeld beantragen“',
            detail: 'broken-link: Link auf /leistungen/antrag-gibt-es-nicht/ führt ins Leere',
          },
        ])
        // The flawless document is live.
        expect((await releaseStatusOf(cms.payload, 'services', world.serviceB)).state).toBe('live')
        // Only the department's staff read the refusal.
        const asKinder = await cms.payload.find({
          collection: 'publish-refusals',
          user: publishers.kinder,
          overrideAccess: false,
          depth: 0,
        })
        expect(asKinder.totalDocs).toBe(0)
        const asSoziales = await cms.payload.find({
          collection: 'publish-refusals',
          user: publishers.soziales,
          overrideAccess: false,
          depth: 0,
        })
        expect(asSoziales.totalDocs).toBe(1)

        // The next publish of any department passes: no department blocks another.
        await publish(publishers.kinder, world.serviceB, { teaser: 'Noch ein Kurztext von Kinder.' })
        const next = await settled(cms.payload)
        expect(next.status, next.error ?? '').toBe('live')
        expect(next.refusedDocs ?? []).toEqual([])
        expect(await livePage(b.slug)).toContain('Noch ein Kurztext von Kinder.')
        // Fixed and published again by Soziales: live.
        await publish(publishers.soziales, world.serviceA, {
          teaser: 'Neuer Kurztext, jetzt mit richtigem Link.',
          // An absolute link to a page the site has passes the link check.
          description: withLink('Hier steht der Antrag:', 'Zur anderen Leistung', sitePage(b.slug)),
        })
        const fixed = await settled(cms.payload)
        expect(fixed.status, fixed.error ?? '').toBe('live')
        expect(await livePage(before.slug)).toContain('Neuer Kurztext, jetzt mit richtigem Link.')
        expect(await livePage(before.slug)).toContain(`href="${sitePage(b.slug)}"`)
        expect((await releaseStatusOf(cms.payload, 'services', world.serviceA)).state).toBe('live')
      },
    )

    it(
      'a refused document that was never published ends as a draft and is not on the site',
      { timeout: 15 * 60_000 },
      async () => {
        const created = (await cms.payload.create({
          collection: 'services',
          user: publishers.soziales,
          overrideAccess: false,
          depth: 0,
          draft: true,
          data: {
            ...dataFor('services', world, world.deptA),
            name: 'Neue Leistung mit totem Link',
            description: withLink('Mehr dazu:', 'Zur neuen Seite', sitePage('neu-gibt-es-nicht')),
          },
        })) as unknown as Service
        await publish(publishers.soziales, created.id, {})
        const record = await settled(cms.payload)
        expect(record.status, record.error ?? '').toBe('live')
        expect(record.refusedDocs?.map((d) => d.docId)).toEqual([String(created.id)])
        const main = (await cms.payload.db.findOne({
          collection: 'services',
          where: { id: { equals: created.id } },
        })) as { _status?: string; firstPublishedAt?: string | null } | null
        expect(main?._status).toBe('draft')
        // It never went live: no public history (its department's editors may delete it again).
        expect(main?.firstPublishedAt ?? null).toBeNull()
        const draft = await service(created.id, true)
        expect(JSON.stringify(draft.description)).toContain(sitePage('neu-gibt-es-nicht'))
        await expect(livePage(created.slug)).rejects.toThrow(/ENOENT/)
        const status = await releaseStatusOf(cms.payload, 'services', created.id)
        expect(status).toMatchObject({ state: 'refused' })
        if (status.state === 'refused')
          expect(status.message).toContain('Der Inhalt ist noch nicht auf der Website und jetzt wieder ein Entwurf.')
      },
    )

    it(
      'a restore requests its build at once',
      async () => {
        const { docs: versions } = await cms.payload.findVersions({
          ...o,
          collection: 'services',
          where: { and: [{ parent: { equals: world.serviceB } }, { 'version._status': { equals: 'published' } }] },
          sort: '-updatedAt',
        })
        expect(versions.length).toBeGreaterThan(1)
        const requested = Date.now()
        await cms.payload.restoreVersion({ ...o, collection: 'services', id: versions[1].id })
        const { docs: jobs } = await cms.payload.find({
          ...o,
          collection: 'payload-jobs',
          where: {
            and: [
              { taskSlug: { equals: PUBLISH_TASK } },
              { createdAt: { greater_than_equal: new Date(requested - 1000).toISOString() } },
            ],
          },
          sort: '-createdAt',
          limit: 1,
        })
        expect(jobs).toHaveLength(1)
        expect(new Date(jobs[0].waitUntil as string).getTime() - requested).toBeLessThan(2500)
        const record = await settled(cms.payload)
        expect(record.status).toBe('live')
        expect(record.changedDocs?.map((d) => d.docId)).toContain(String(world.serviceB))
      },
      10 * 60_000,
    )
  })
}
