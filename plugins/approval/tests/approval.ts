import type { Payload, SanitizedConfig, SendEmailOptions } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ApprovalRequest, User } from '../../../cms/payload-types.ts'
import { startApiServer } from '../../../tests/helpers/apiServer.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, createUser, unique, validData, type Id, type World } from '../../../tests/helpers/fixtures.ts'
import { APPROVAL_REQUESTS } from '../index.ts'
import { loadQueue, queueCount } from '../queue.ts'

const PASSWORD = 'geheim-123456'

/**
 * The approval workflow over real HTTP on a real database: editors submit
 * drafts, publishers of the department return or publish them, a publish in
 * the edit view or a deletion closes the request; nobody acts on another
 * department's requests, and bad input changes nothing.
 */
export function approvalSuite(kind: TestDatabase) {
  describe(`approval workflow on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    let world: World
    let rest: { url: string; close: () => Promise<void> }
    const users: Record<string, User> = {}
    const tokens: Record<string, string> = {}
    let mails: SendEmailOptions[] = []

    const login = async (email: string) => {
      const response = await fetch(`${rest.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      })
      return ((await response.json()) as { token: string }).token
    }

    beforeAll(async () => {
      process.env.CMS_URL = 'http://127.0.0.1:3998'
      cms = await startCms(kind)
      payload = cms.payload
      world = await buildWorld(payload)
      // Mails are captured here; the adapter of the configuration only logs them.
      payload.sendEmail = async (message: SendEmailOptions) => {
        mails.push(message)
      }
      const make = async (key: string, role: User['role'], department: Id, name: string) => {
        users[key] = await createUser(payload, {
          email: `${unique(key)}@demo.lotse.example`,
          password: PASSWORD,
          name,
          role,
          departments: [department],
        })
      }
      await make('editorA', 'editor', world.deptA, 'Erika Redaktion')
      await make('editorB', 'editor', world.deptB, 'Bernd Redaktion')
      await make('publisherA', 'publisher', world.deptA, 'Paula Freigabe')
      await make('publisherB', 'publisher', world.deptB, 'Peter Freigabe')
      await make('reviewer', 'ls-reviewer', world.deptA, 'Rita Prüfung')
      rest = await startApiServer(cms.config as SanitizedConfig)
      for (const key of Object.keys(users)) tokens[key] = await login(users[key].email)
    })
    afterAll(async () => {
      await rest?.close()
      await cms?.close()
    })
    beforeEach(() => {
      mails = []
    })

    const post = async (who: string | null, path: string, body: unknown, contentType = 'application/json') => {
      const response = await fetch(`${rest.url}/api/approval-requests${path}`, {
        method: 'POST',
        headers: { 'Content-Type': contentType, ...(who ? { Authorization: `JWT ${tokens[who]}` } : {}) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      })
      return {
        status: response.status,
        json: (await response.json()) as { message: string; request?: { id: number; state: string } },
      }
    }
    const get = async (who: string, path: string) => {
      const response = await fetch(`${rest.url}/api/approval-requests${path}`, {
        headers: { Authorization: `JWT ${tokens[who]}` },
      })
      return { status: response.status, json: (await response.json()) as Record<string, unknown> }
    }
    const requests = async (documentId: Id) =>
      (
        await payload.find({
          collection: APPROVAL_REQUESTS,
          // Withdrawn ones left out: SQLite gives a deleted document's id to the next new one.
          where: { and: [{ documentId: { equals: String(documentId) } }, { state: { not_equals: 'withdrawn' } }] },
          overrideAccess: true,
          depth: 0,
          sort: 'createdAt',
        })
      ).docs
    const request = async (documentId: Id): Promise<ApprovalRequest> => {
      const all = await requests(documentId)
      expect(all).toHaveLength(1)
      return all[0]
    }

    /** A published service of department A with a newer draft an editor saved. */
    const serviceWithDraft = async (department: Id = world.deptA, editor = 'editorA') => {
      const doc = await payload.create({
        collection: 'services',
        data: { ...validData('services', world, department), name: 'Blindengeld', _status: 'published' },
        overrideAccess: true,
      })
      await payload.update({
        collection: 'services',
        id: doc.id,
        data: { teaser: 'Neu: ein besserer Text.' },
        draft: true,
        user: users[editor],
        overrideAccess: false,
      })
      return doc.id
    }
    const submit = (who: string, id: Id, comment = 'Der Kurztext ist klarer.') =>
      post(who, '/submit', { collection: 'services', id, comment })
    const latestVersionId = async (id: Id) =>
      String(
        (
          await payload.findVersions({
            collection: 'services',
            where: { parent: { equals: id } },
            sort: '-updatedAt',
            limit: 1,
            overrideAccess: true,
          })
        ).docs[0].id,
      )

    it('an editor submits a draft: one waiting request with the comment, the publishers of the department get an e-mail', async () => {
      const id = await serviceWithDraft()
      const answer = await submit('editorA', id, '  Der Kurztext ist klarer.  ')
      expect(answer.status).toBe(200)
      expect(answer.json.message).toBe('Der Entwurf wurde zur Freigabe eingereicht.')
      const saved = await request(id)
      expect(saved).toMatchObject({
        state: 'waiting',
        collectionSlug: 'services',
        title: 'Blindengeld',
        comment: 'Der Kurztext ist klarer.',
        submittedBy: users.editorA.id,
        version: await latestVersionId(id),
      })
      expect(String(saved.department)).toBe(String(world.deptA))
      expect(mails).toHaveLength(1)
      expect(mails[0].to).toEqual([users.publisherA.email])
      expect(mails[0].subject).toBe('Zur Freigabe eingereicht: Blindengeld')
      expect(mails[0].text).toContain('Erika Redaktion hat „Blindengeld“ (Leistung)')
      expect(mails[0].text).toContain('Bitte prüfen Sie')
      expect(mails[0].text).toContain('http://127.0.0.1:3998/admin/freigaben')

      // The edit view's status, for the editor.
      const status = await get('editorA', `/status?collection=services&id=${id}`)
      expect(status.status).toBe(200)
      expect(status.json).toMatchObject({
        hasDraft: true,
        maySubmit: true,
        request: { state: 'waiting', submittedBy: 'Erika Redaktion', comment: 'Der Kurztext ist klarer.' },
      })
      expect((status.json.request as { submittedAt: string }).submittedAt).toMatch(/^\d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr$/)
      // Waiting once is enough.
      const again = await submit('editorA', id)
      expect(again.status).toBe(409)
      expect(again.json.message).toBe('Dieses Dokument wartet bereits auf Freigabe.')
      expect(await requests(id)).toHaveLength(1)
    })

    it('the publisher returns it with a comment; the editor sees it, changes the draft and submits again: the same request reopens', async () => {
      const id = await serviceWithDraft()
      await submit('editorA', id)
      const { id: requestId } = await request(id)
      mails = []

      const empty = await post('publisherA', `/${requestId}/return`, { comment: '   ' })
      expect(empty.status).toBe(400)
      expect(empty.json.message).toBe('Bitte schreiben Sie einen Kommentar: Was soll geändert werden?')
      expect((await request(id)).state).toBe('waiting')

      const returned = await post('publisherA', `/${requestId}/return`, { comment: 'Bitte die Frist ergänzen.' })
      expect(returned.status).toBe(200)
      expect(await request(id)).toMatchObject({
        state: 'returned',
        decisionComment: 'Bitte die Frist ergänzen.',
        decidedBy: users.publisherA.id,
      })
      expect(mails).toHaveLength(1)
      expect(mails[0].to).toEqual([users.editorA.email])
      expect(mails[0].subject).toBe('Zurückgegeben: Blindengeld')
      expect(mails[0].text).toContain('Paula Freigabe hat Ihre Einreichung „Blindengeld“')
      expect(mails[0].text).toContain('Bitte die Frist ergänzen.')
      expect(mails[0].text).toContain(`http://127.0.0.1:3998/admin/collections/services/${id}`)

      const status = await get('editorA', `/status?collection=services&id=${id}`)
      expect(status.json.request).toMatchObject({
        state: 'returned',
        decidedBy: 'Paula Freigabe',
        decisionComment: 'Bitte die Frist ergänzen.',
      })
      expect(await queueCount(payload, users.editorA)).toBeGreaterThanOrEqual(1)

      // Deciding twice is refused.
      expect((await post('publisherA', `/${requestId}/publish`, {})).status).toBe(409)

      await payload.update({
        collection: 'services',
        id,
        data: { deadlines: 'Die Frist ist ein Monat.' },
        draft: true,
        user: users.editorA,
        overrideAccess: false,
      })
      const resubmitted = await submit('editorA', id, 'Frist ergänzt.')
      expect(resubmitted.status).toBe(200)
      expect(await request(id)).toMatchObject({
        id: requestId,
        state: 'waiting',
        comment: 'Frist ergänzt.',
        decisionComment: null,
        decidedBy: null,
        version: await latestVersionId(id),
      })
    })

    it('the publisher publishes it: the submitted draft is live, the request published, the editor gets an e-mail', async () => {
      const id = await serviceWithDraft()
      await submit('editorA', id)
      const { id: requestId, version } = await request(id)
      mails = []
      const stale = await post('publisherA', `/${requestId}/publish`, { version: '999999' })
      expect(stale.status).toBe(409)
      expect(stale.json.message).toMatch(/nach der Einreichung geändert/)

      const answer = await post('publisherA', `/${requestId}/publish`, { version })
      expect(answer.status).toBe(200)
      const live = await payload.findByID({ collection: 'services', id, overrideAccess: true, draft: false })
      expect(live._status).toBe('published')
      expect(live.teaser).toBe('Neu: ein besserer Text.')
      expect(await request(id)).toMatchObject({ state: 'published', decidedBy: users.publisherA.id })
      expect(mails.map((m) => m.subject)).toEqual(['Veröffentlicht: Blindengeld'])
      expect(mails[0].to).toEqual([users.editorA.email])
    })

    it('a new draft saved while it waits becomes the draft that waits', async () => {
      const id = await serviceWithDraft()
      await submit('editorA', id)
      const before = (await request(id)).version
      await payload.update({
        collection: 'services',
        id,
        data: { teaser: 'Noch einmal besser.' },
        draft: true,
        user: users.editorA,
        overrideAccess: false,
      })
      const after = await request(id)
      expect(after.state).toBe('waiting')
      expect(after.version).not.toBe(before)
      expect(after.version).toBe(await latestVersionId(id))
    })

    it('publishing in the edit view closes the open request as published; a later submission makes a new request', async () => {
      const id = await serviceWithDraft()
      await submit('editorA', id)
      await payload.update({
        collection: 'services',
        id,
        data: { _status: 'published' },
        user: users.publisherA,
        overrideAccess: false,
      })
      expect(await request(id)).toMatchObject({ state: 'published', decidedBy: users.publisherA.id })
      // Nothing newer than the live version: nothing to submit.
      const nothing = await submit('editorA', id)
      expect(nothing.status).toBe(409)
      expect(nothing.json.message).toMatch(/keine Änderungen, die noch nicht veröffentlicht sind/)
      await payload.update({
        collection: 'services',
        id,
        data: { teaser: 'Wieder neu.' },
        draft: true,
        user: users.editorA,
        overrideAccess: false,
      })
      expect((await submit('editorA', id)).status).toBe(200)
      const all = await requests(id)
      expect(all.map((r) => r.state)).toEqual(['published', 'waiting'])
    })

    it('deleting the document withdraws its request', async () => {
      const id = await serviceWithDraft()
      await submit('editorA', id)
      const { id: requestId } = await request(id)
      await payload.delete({ collection: 'services', id, user: users.publisherA, overrideAccess: false })
      const withdrawn = await payload.findByID({
        collection: APPROVAL_REQUESTS,
        id: requestId,
        overrideAccess: true,
        depth: 0,
      })
      expect(withdrawn).toMatchObject({ state: 'withdrawn', decidedBy: users.publisherA.id })
      expect(await requests(id)).toHaveLength(0)
    })

    it('nobody acts on another department’s documents or requests, editors do not decide, bad input changes nothing', async () => {
      const id = await serviceWithDraft()
      const foreign = await submit('editorB', id)
      expect(foreign.status).toBe(404)
      expect(foreign.json.message).toBe('Dieses Dokument gibt es nicht, oder es gehört nicht zu Ihren Dezernaten.')
      expect((await submit('reviewer', id)).status).toBe(403)
      expect((await submit(null as never, id)).status).toBe(401)
      const noComment = await submit('editorA', id, '')
      expect(noComment.status).toBe(400)
      expect(noComment.json.message).toBe('Bitte schreiben Sie einen Kommentar: Was hat sich geändert?')
      expect((await submit('editorA', id, 'x'.repeat(2001))).status).toBe(400)
      expect((await post('editorA', '/submit', { collection: 'users', id, comment: 'x' })).status).toBe(400)
      expect((await post('editorA', '/submit', { collection: 'services', id: 'a b', comment: 'x' })).status).toBe(400)
      expect((await post('editorA', '/submit', { collection: 'services', id: 999999, comment: 'x' })).status).toBe(404)
      expect(
        (await post('editorA', '/submit', 'collection=services', 'application/x-www-form-urlencoded')).status,
      ).toBe(415)
      expect((await post('editorA', '/submit', '[1]')).status).toBe(400)
      expect(await requests(id)).toHaveLength(0)

      await submit('editorA', id)
      const { id: requestId, version } = await request(id)
      const byEditor = await post('editorA', `/${requestId}/publish`, { version })
      expect(byEditor.status).toBe(403)
      expect(byEditor.json.message).toBe('Nur die Veröffentlichung kann über Freigaben entscheiden.')
      expect((await post('editorA', `/${requestId}/return`, { comment: 'Nein.' })).status).toBe(403)
      const otherDepartment = await post('publisherB', `/${requestId}/publish`, { version })
      expect(otherDepartment.status).toBe(404)
      expect((await post('publisherB', `/${requestId}/return`, { comment: 'Nein.' })).status).toBe(404)
      expect((await post('publisherA', '/abc/return', { comment: 'Nein.' })).status).toBe(400)
      expect(await request(id)).toMatchObject({ state: 'waiting', decidedBy: null })
      const live = await payload.findByID({ collection: 'services', id, overrideAccess: true, draft: false })
      expect(live.teaser).toBe('Ein kurzer Text.')

      // Reading: the REST API shows each department only its own requests, and nobody writes them directly.
      const listed = async (who: string) => {
        const response = await fetch(`${rest.url}/api/approval-requests?limit=100&depth=0`, {
          headers: { Authorization: `JWT ${tokens[who]}` },
        })
        return ((await response.json()) as { docs: ApprovalRequest[] }).docs
      }
      expect((await listed('publisherA')).some((r) => r.id === requestId)).toBe(true)
      expect((await listed('publisherB')).some((r) => r.id === requestId)).toBe(false)
      expect((await get('editorB', `/status?collection=services&id=${id}`)).status).toBe(404)
      const write = await fetch(`${rest.url}/api/approval-requests/${requestId}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.publisherA}` },
        body: JSON.stringify({ state: 'published' }),
      })
      expect(write.status).toBe(403)

      // The queue: publisher A sees it, publisher B does not, editors decide nothing.
      const queueA = await loadQueue(payload, users.publisherA)
      expect(queueA.waiting.some((r) => r.request.id === requestId)).toBe(true)
      expect(queueA.waiting.find((r) => r.request.id === requestId)?.publishedVersion).toBeTruthy()
      expect((await loadQueue(payload, users.publisherB)).waiting.some((r) => r.request.id === requestId)).toBe(false)
      const editorQueue = await loadQueue(payload, users.editorA)
      expect(editorQueue.decides).toBe(false)
      expect(editorQueue.waiting).toEqual([])
      expect(editorQueue.mine.some((r) => r.request.id === requestId)).toBe(true)
    })
  })
}
