import { createLocalReq, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publishedWordbook } from '../wordbook.ts'
import { checkEasyLanguage, PUBLISHED_WORDBOOK_PATH, wordbookOf } from '../checker.ts'
import { findStaleTexts } from '../staleTexts.ts'
import type { Department, EasyLanguageText, GlossaryTerm, User as CmsUser } from '../../../cms/payload-types.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld, unique, type World } from '../../../tests/helpers/fixtures.ts'
import { startApiServer } from '../../../tests/helpers/apiServer.ts'

type Id = EasyLanguageText['id']
/** A signed-in user as the Local API and the hooks see it. */
type User = CmsUser & { collection: 'users' }
type UserKey = 'admin' | 'publisher' | 'editor' | 'reviewer' | 'publisherB'
/** The fields a test changes in one save of a text. */
type TextChanges = Partial<EasyLanguageText>
type OverrideRow = NonNullable<EasyLanguageText['overrides']>[number]
/** A new Wörterbuch entry (slug, department and status included). */
type GlossaryTermData = Omit<GlossaryTerm, 'id' | 'createdAt' | 'updatedAt'>
interface FieldError {
  path: string
  message: string
}
interface CaughtError {
  status?: number
  message: string
  data?: { errors?: FieldError[] }
}

/** A sentence in the passive voice: one error finding (rule "passive", flagged text "wird vom Amt geprüft"). */
const passiveText = 'Sie stellen einen Antrag.\nDer Antrag wird vom Amt geprüft.\nDann bekommen Sie Post.'
const cleanText = 'Sie stellen einen Antrag.\nDas Amt prüft den Antrag.\nDann bekommen Sie Post.'
const review = { reviewedAt: '2026-10-01T00:00:00.000Z', reviewedBy: 'Prüfgruppe Köln' }

/**
 * The Leichte-Sprache workflow of issue 5: the checker gates publishing,
 * ls-reviewers override single findings with a reason (kept in the version
 * history), a review record is required, and texts become stale when the
 * linked service's standard text is published in a new version.
 */
export function easyLanguageSuite(kind: TestDatabase) {
  describe(`Leichte Sprache on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    let world: World
    /** The departments and the service of the world, as typed documents. */
    let deptA: Department['id']
    let deptB: Department['id']
    let serviceA: NonNullable<EasyLanguageText['service']>
    let rest: { url: string; close: () => Promise<void> }
    let users: Record<UserKey, User>
    const tokens: Partial<Record<UserKey, string>> = {}

    beforeAll(async () => {
      cms = await startCms(kind)
      payload = cms.payload
      world = await buildWorld(payload)
      rest = await startApiServer(cms.config as SanitizedConfig)
      const department = (id: World['deptA']) =>
        payload.findByID({ collection: 'departments', id, depth: 0, overrideAccess: true })
      deptA = (await department(world.deptA)).id
      deptB = (await department(world.deptB)).id
      serviceA = (
        await payload.findByID({ collection: 'services', id: world.serviceA, depth: 0, overrideAccess: true })
      ).id
      const make = async (key: UserKey, role: User['role'], departments: Department['id'][]): Promise<User> => {
        const email = `${unique(key)}@demo.lotse.example`
        const password = 'geheim-123456'
        const doc = await payload.create({
          collection: 'users',
          overrideAccess: true,
          data: { email, password, name: `Test ${key}`, role, departments },
        })
        const login = await fetch(`${rest.url}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password }),
        })
        const { token }: { token: string } = await login.json()
        tokens[key] = token
        return { ...doc, collection: 'users' }
      }
      users = {
        admin: await make('admin', 'admin', []),
        publisher: await make('publisher', 'publisher', [deptA]),
        editor: await make('editor', 'editor', [deptA]),
        reviewer: await make('reviewer', 'ls-reviewer', [deptA]),
        publisherB: await make('publisherB', 'publisher', [deptB]),
      }
    })

    afterAll(async () => {
      await rest?.close()
      await cms?.close()
    })

    /** A Leichte-Sprache text in department A, created by the system (as a seed or import would). */
    async function createText(data: TextChanges, department: Department['id'] = deptA) {
      return payload.create({
        collection: 'easy-language-texts',
        overrideAccess: true,
        depth: 0,
        draft: data._status !== 'published',
        data: {
          title: 'Ihr Antrag',
          slug: unique('text'),
          service: serviceA,
          text: cleanText,
          department,
          _status: 'draft',
          ...data,
        },
      })
    }

    const asUser = (user: User) => ({ user, overrideAccess: false, depth: 0 }) as const

    async function update(user: User, id: Id, data: TextChanges, draft = false) {
      return payload.update({ collection: 'easy-language-texts', id, data, draft, ...asUser(user) })
    }

    /**
     * A save as the admin form sends it, over HTTP with the user's session:
     * the whole document, empty lists as their row count 0 (which the
     * generated types do not describe, hence a plain JSON body).
     */
    async function updateAsForm(key: UserKey, id: Id, body: Record<string, unknown>, draft = false) {
      const response = await fetch(`${rest.url}/api/easy-language-texts/${id}${draft ? '?draft=true' : ''}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${tokens[key]}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const answer: { doc?: EasyLanguageText; errors?: unknown } = await response.json()
      if (!response.ok || !answer.doc) throw new Error(`PATCH answered ${response.status}: ${JSON.stringify(answer)}`)
      return answer.doc
    }

    async function caught(promise: Promise<unknown>): Promise<CaughtError> {
      try {
        await promise
      } catch (error) {
        return error as CaughtError
      }
      throw new Error('expected the operation to be refused')
    }

    const live = (id: Id) =>
      payload.findByID({ collection: 'easy-language-texts', id, draft: false, overrideAccess: true, depth: 0 })
    const latest = (id: Id) =>
      payload.findByID({ collection: 'easy-language-texts', id, draft: true, overrideAccess: true, depth: 0 })
    const versionCount = async (id: Id) =>
      (
        await payload.countVersions({
          collection: 'easy-language-texts',
          where: { parent: { equals: id } },
          overrideAccess: true,
        })
      ).totalDocs

    it('refuses to publish a text with an error finding, names the finding in German, and changes nothing', async () => {
      const text = await createText({ text: cleanText, review, _status: 'published' })
      expect((await live(text.id))._status).toBe('published')
      // An editor's draft with a passive sentence is fine: drafts are work in progress, the counts show the problem.
      const draft = await update(users.editor, text.id, { text: passiveText }, true)
      expect(draft.lsErrors).toBe(1)
      const before = await versionCount(text.id)

      const error = await caught(update(users.publisher, text.id, { _status: 'published' }))
      expect(error.status).toBe(400)
      const textError = error.data?.errors?.find((e) => e.path === 'text')
      expect(textError?.message).toMatch(/^Der Text kann nicht veröffentlicht werden/)
      expect(textError?.message).toContain('Satz 2: Dieser Satz steht im Passiv')
      expect(textError?.message).toContain('„wird vom Amt geprüft“')
      // The error's own message names the findings too (the production admin shows only the message).
      expect(error.message).toMatch(
        /^Der Text kann nicht veröffentlicht werden\..*: Satz 2 – Passiv „wird vom Amt geprüft“$/,
      )

      // Over HTTP the same: 400 and the German list.
      const response = await fetch(`${rest.url}/api/easy-language-texts/${text.id}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${tokens.publisher}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ _status: 'published' }),
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toContain('Satz 2: Dieser Satz steht im Passiv')

      // Nothing changed: the published version is the old one, the draft is still a draft, no version was added.
      const published = await live(text.id)
      expect(published).toMatchObject({ _status: 'published', text: cleanText, lsErrors: 0 })
      expect(await latest(text.id)).toMatchObject({ _status: 'draft', text: passiveText, lsErrors: 1 })
      expect(await versionCount(text.id)).toBe(before)
    })

    it('keeps a never-published text a draft when publishing is refused', async () => {
      const text = await createText({ text: passiveText, review })
      const error = await caught(update(users.publisher, text.id, { _status: 'published' }))
      expect(error.status).toBe(400)
      expect((await live(text.id))._status).toBe('draft')
      expect((await latest(text.id))._status).toBe('draft')
    })

    it('treats the second-level rules by their severity: hints publish, a Präteritum error refuses', async () => {
      // "man", nominal style and a foreign word are hints (guidelines allow exceptions): the text goes live.
      const hints = 'Man muss den Antrag stellen.\nDie Auszahlung erfolgt monatlich.\nSie bekommen Feedback vom Amt.'
      const text = await createText({ text: hints, review, _status: 'published' })
      expect(await live(text.id)).toMatchObject({ _status: 'published', lsErrors: 0, lsWarnings: 3 })
      // The Präteritum of a weak verb outside the old word list is an error: publishing is refused, nothing changes.
      const preterite = 'Das Amt kündigte den Vertrag.\nSie bekommen Post.'
      const error = await caught(update(users.publisher, text.id, { text: preterite, _status: 'published' }))
      expect(error.status).toBe(400)
      expect(error.data?.errors?.find((e) => e.path === 'text')?.message).toContain('„kündigte“ ist Präteritum')
      expect(await live(text.id)).toMatchObject({ _status: 'published', text: hints })
    })

    it('refuses to publish without a review record', async () => {
      const text = await createText({ text: cleanText })
      const error = await caught(update(users.publisher, text.id, { _status: 'published' }))
      expect(error.status).toBe(400)
      const reviewError = error.data?.errors?.find((e) => e.path === 'review')
      expect(reviewError?.message).toMatch(
        /erst veröffentlicht werden, wenn die Prüfung durch die Zielgruppe eingetragen ist/,
      )
      expect(error.data?.errors?.some((e) => e.path === 'text')).toBe(false)
      expect(error.message).toMatch(/: Prüfung durch die Zielgruppe fehlt$/)
      expect((await latest(text.id))._status).toBe('draft')
      // With a review by an ls-reviewer it can be published.
      await update(users.reviewer, text.id, { review })
      const published = await update(users.publisher, text.id, { _status: 'published' })
      expect(published._status).toBe('published')
    })

    it('publishes with an ls-reviewer’s written override, and keeps reason and reviewer in the version history', async () => {
      const text = await createText({ text: passiveText, review })
      const reason = 'Die Prüfgruppe hat den Satz gut verstanden; das Amt steht im Satz.'
      const withOverride = await update(
        users.reviewer,
        text.id,
        { overrides: [{ rule: 'passive', excerpt: 'wird vom Amt geprüft', reason }] },
        true,
      )
      expect(withOverride.lsErrors).toBe(0)
      expect(withOverride._status).toBe('draft')

      const published = await update(users.publisher, text.id, { _status: 'published' })
      expect(published._status).toBe('published')
      expect(published.overrides).toEqual([
        expect.objectContaining({
          rule: 'passive',
          excerpt: 'wird vom Amt geprüft',
          reason,
          recordedBy: users.reviewer.id,
        }),
      ])
      expect(published.overrides?.[0]?.recordedAt).toEqual(expect.any(String))

      const versions = await payload.findVersions({
        collection: 'easy-language-texts',
        where: { parent: { equals: text.id } },
        sort: '-updatedAt',
        depth: 0,
        overrideAccess: true,
      })
      const publishedVersion = versions.docs.find((v) => v.version._status === 'published')
      expect(publishedVersion?.version.overrides?.[0]).toMatchObject({ reason, recordedBy: users.reviewer.id })
      const reviewerDraft = versions.docs.find(
        (v) => v.version._status === 'draft' && (v.version.overrides?.length ?? 0) > 0,
      )
      expect(reviewerDraft?.version.overrides?.[0]).toMatchObject({ reason, recordedBy: users.reviewer.id })
      // The version history is readable for the department (and shows who recorded the override).
      const asPublisher = await payload.findVersions({
        collection: 'easy-language-texts',
        where: { parent: { equals: text.id } },
        ...asUser(users.publisher),
      })
      expect(asPublisher.docs.some((v) => v.version.overrides?.[0]?.reason === reason)).toBe(true)
    })

    it('lets only ls-reviewers and admins add, change or remove overrides', async () => {
      const text = await createText({ text: passiveText, review })
      const row: OverrideRow = {
        rule: 'passive',
        excerpt: 'wird vom Amt geprüft',
        reason: 'Die Prüfgruppe versteht den Satz gut.',
      }

      const byEditor = await caught(update(users.editor, text.id, { overrides: [row] }, true))
      expect(byEditor.status).toBe(403)
      expect(byEditor.message).toMatch(/Nur Prüferinnen und Prüfer für Leichte Sprache dürfen Ausnahmen/)
      const byPublisher = await caught(update(users.publisher, text.id, { overrides: [row] }, true))
      expect(byPublisher.status).toBe(403)
      const overHttp = await fetch(`${rest.url}/api/easy-language-texts/${text.id}?draft=true`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${tokens.editor}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ overrides: [row] }),
      })
      expect(overHttp.status).toBe(403)
      expect(JSON.stringify(await overHttp.json())).toContain('Nur Prüferinnen und Prüfer für Leichte Sprache')
      expect((await latest(text.id)).overrides ?? []).toEqual([])

      await update(users.reviewer, text.id, { overrides: [row] }, true)
      const withRow = await latest(text.id)
      // An editor who sends the document back as the admin form does (overrides unchanged) may still edit the text.
      const edited = await update(users.editor, text.id, { title: 'Neuer Titel', overrides: withRow.overrides }, true)
      expect(edited.title).toBe('Neuer Titel')
      expect(edited.overrides?.[0]).toMatchObject({ reason: row.reason, recordedBy: users.reviewer.id })
      // … but neither change nor remove it.
      const changed = [{ ...withRow.overrides![0], reason: 'Eine andere Begründung von der Redaktion.' }]
      expect((await caught(update(users.editor, text.id, { overrides: changed }, true))).status).toBe(403)
      expect((await caught(update(users.editor, text.id, { overrides: [] }, true))).status).toBe(403)
      // An ls-reviewer changes nothing else in the same save.
      const mixed = await caught(update(users.reviewer, text.id, { overrides: [], text: cleanText }, true))
      expect(mixed.status).toBe(403)
      // The refusal names the field as the form labels it.
      expect(mixed.message).toBe(
        'Sie dürfen nur die Prüfung und begründete Ausnahmen eintragen, nicht den Text ändern (geändert: Text).',
      )
      // Admins may.
      const byAdmin = await update(users.admin, text.id, { overrides: [] }, true)
      expect(byAdmin.overrides).toEqual([])
      expect(byAdmin.lsErrors).toBe(1)
    })

    it('accepts the whole document as the admin form sends it (empty lists as 0, fields in another order)', async () => {
      const text = await createText({ text: cleanText, review: { ...review, remarks: 'Gut verständlich.' } })
      const doc = await latest(text.id)
      const asForm = (extra: Record<string, unknown>) => ({
        ...doc,
        glossary: 0,
        overrides: 0,
        review: {
          remarks: doc.review?.remarks,
          reviewedBy: doc.review?.reviewedBy,
          reviewedAt: doc.review?.reviewedAt,
        },
        ...extra,
      })
      const reviewed = await updateAsForm(
        'reviewer',
        text.id,
        asForm({ review: { ...review, remarks: 'Neu geprüft.' } }),
        true,
      )
      expect(reviewed.review?.remarks).toBe('Neu geprüft.')
      const again = await latest(text.id)
      const published = await updateAsForm('publisher', text.id, {
        ...asForm({ _status: 'published' }),
        review: {
          remarks: again.review?.remarks,
          reviewedBy: again.review?.reviewedBy,
          reviewedAt: again.review?.reviewedAt,
        },
      })
      expect(published).toMatchObject({ _status: 'published', lsErrors: 0, overrides: [] })
    })

    it('checks an override: its excerpt must occur in the text and its reason must be written out', async () => {
      const text = await createText({ text: passiveText, review })
      const missing = await caught(
        update(
          users.reviewer,
          text.id,
          { overrides: [{ rule: 'passive', excerpt: 'wird geprüft', reason: 'Die Prüfgruppe versteht es.' }] },
          true,
        ),
      )
      expect(missing.status).toBe(400)
      expect(missing.data?.errors).toContainEqual(
        expect.objectContaining({
          path: 'overrides.0.excerpt',
          message: expect.stringContaining('kommt im Text nicht vor'),
        }),
      )
      const short = await caught(
        update(
          users.reviewer,
          text.id,
          { overrides: [{ rule: 'passive', excerpt: 'wird vom Amt geprüft', reason: 'passt' }] },
          true,
        ),
      )
      expect(short.status).toBe(400)
      expect(short.data?.errors).toContainEqual(
        expect.objectContaining({
          path: 'overrides.0.reason',
          message: expect.stringContaining('mindestens 10 Zeichen'),
        }),
      )
      // An override for another rule does not cover the finding.
      await update(
        users.reviewer,
        text.id,
        {
          overrides: [
            { rule: 'genitive', excerpt: 'wird vom Amt geprüft', reason: 'Eine Ausnahme für die falsche Regel.' },
          ],
        },
        true,
      )
      expect((await latest(text.id)).lsErrors).toBe(1)
      expect((await caught(update(users.publisher, text.id, { _status: 'published' }))).status).toBe(400)
    })

    it('marks a text stale when the service’s standard text is published anew, and a new review clears it', async () => {
      const service = await payload.findByID({
        collection: 'services',
        id: world.serviceA,
        draft: false,
        overrideAccess: true,
      })
      expect(service.standardTextVersion).toMatch(/^[0-9a-f]{16}$/)
      const text = await createText({ text: cleanText, title: 'Antrag stellen' })
      await update(users.reviewer, text.id, { review })
      expect(await latest(text.id)).toMatchObject({
        stale: false,
        review: { sourceVersion: service.standardTextVersion },
      })
      await update(users.publisher, text.id, { _status: 'published' })

      // A draft of the service changes nothing: the live standard text is the same.
      const draft = await payload.update({
        collection: 'services',
        id: world.serviceA,
        data: { teaser: 'Ein neuer Kurztext.' },
        draft: true,
        ...asUser(users.publisher),
      })
      expect(draft.standardTextVersion).not.toBe(service.standardTextVersion)
      expect((await latest(text.id)).stale).toBe(false)
      // Saving again with a change outside the standard text keeps the version.
      const resaved = await payload.update({
        collection: 'services',
        id: world.serviceA,
        data: { approval: { approvedBy: 'Fachbereich' } },
        draft: true,
        ...asUser(users.publisher),
      })
      expect(resaved.standardTextVersion).toBe(draft.standardTextVersion)

      const versionsBefore = await versionCount(text.id)
      const republished = await payload.update({
        collection: 'services',
        id: world.serviceA,
        data: { _status: 'published' },
        ...asUser(users.publisher),
      })
      expect(republished.standardTextVersion).not.toBe(service.standardTextVersion)
      expect((await live(text.id)).stale).toBe(true)
      expect((await latest(text.id)).stale).toBe(true)
      // Derived state: no new version, and the text itself is untouched.
      expect(await versionCount(text.id)).toBe(versionsBefore)
      expect(await live(text.id)).toMatchObject({
        text: cleanText,
        title: 'Antrag stellen',
        _status: 'published',
        review: { reviewedBy: review.reviewedBy },
      })

      // The list filter "Veraltet = ja" works, because the flag is stored.
      const filtered = await payload.find({
        collection: 'easy-language-texts',
        where: { stale: { equals: true } },
        draft: true,
        ...asUser(users.publisher),
      })
      expect(filtered.docs.map((d) => d.id)).toContain(text.id)

      // The dashboard lists it under its department.
      const dashboard = await findStaleTexts(payload, users.publisher)
      const groupA = dashboard.find((g) => String(g.department.id) === String(deptA))
      expect(groupA?.department.name).toBe('Dezernat A')
      expect(groupA?.texts).toContainEqual(
        expect.objectContaining({ id: text.id, title: 'Antrag stellen', status: 'published' }),
      )
      expect(await findStaleTexts(payload, null)).toEqual([])

      // A new review (made against the published version) clears it.
      await update(users.reviewer, text.id, { review: { ...review, reviewedAt: '2026-11-02T00:00:00.000Z' } })
      expect(await latest(text.id)).toMatchObject({
        stale: false,
        review: { sourceVersion: republished.standardTextVersion },
      })
      const after = await findStaleTexts(payload, users.publisher)
      expect(after.flatMap((g) => g.texts).some((t) => t.id === text.id)).toBe(false)
      const republishedText = await update(users.publisher, text.id, { _status: 'published' })
      expect(republishedText.stale).toBe(false)
      expect((await live(text.id)).stale).toBe(false)

      // Stale again after the next change; a review recorded on the same day as the last one (another group and a
      // remark, the same date) is a new review too and clears it.
      const third = await payload.update({
        collection: 'services',
        id: world.serviceA,
        data: { teaser: 'Noch ein neuer Kurztext.', _status: 'published' },
        ...asUser(users.publisher),
      })
      expect((await latest(text.id)).stale).toBe(true)
      await update(users.reviewer, text.id, {
        review: {
          ...review,
          reviewedAt: '2026-11-02T00:00:00.000Z',
          reviewedBy: 'Prüfgruppe Bonn',
          remarks: 'Nach der Änderung des Kurztexts noch einmal geprüft.',
        },
      })
      expect(await latest(text.id)).toMatchObject({
        stale: false,
        review: { sourceVersion: third.standardTextVersion },
      })
      // Saving the text without touching the review keeps what the review was made against.
      const unchanged = await update(users.reviewer, text.id, {
        review: {
          ...review,
          reviewedAt: '2026-11-02T00:00:00.000Z',
          reviewedBy: 'Prüfgruppe Bonn',
          remarks: 'Nach der Änderung des Kurztexts noch einmal geprüft.',
        },
      })
      expect(unchanged.review?.sourceVersion).toBe(third.standardTextVersion)
    })

    it('marks texts of other departments stale without their rights, and shows each user only what they may read', async () => {
      const foreign = await createText({ title: 'Entwurf aus Dezernat B', text: cleanText, review }, deptB)
      expect((await latest(foreign.id)).stale).toBe(false)
      await payload.update({
        collection: 'services',
        id: world.serviceA,
        data: { teaser: unique('Noch ein neuer Kurztext'), _status: 'published' },
        ...asUser(users.publisher),
      })
      // Publisher A may neither read nor change the draft in department B, but its flag is updated.
      expect((await latest(foreign.id)).stale).toBe(true)
      const forPublisher = await findStaleTexts(payload, users.publisher)
      expect(forPublisher.flatMap((g) => g.texts).some((t) => t.id === foreign.id)).toBe(false)
      const forAdmin = await findStaleTexts(payload, users.admin)
      const groupB = forAdmin.find((g) => String(g.department.id) === String(deptB))
      expect(groupB?.department.name).toBe('Dezernat B')
      expect(groupB?.texts).toContainEqual(expect.objectContaining({ id: foreign.id, status: 'draft' }))
      const forPublisherB = await findStaleTexts(payload, users.publisherB)
      expect(forPublisherB.flatMap((g) => g.texts).map((t) => t.id)).toContain(foreign.id)
    })

    it('uses the published Wörterbuch: its terms count as explained abbreviations', async () => {
      const text = await createText({ text: 'Sie bekommen Geld nach dem BAföG.', review })
      expect((await latest(text.id)).lsErrors).toBe(1)
      await payload.create({
        collection: 'glossary-terms',
        data: {
          term: 'BAföG',
          slug: unique('bafoeg'),
          explanation: 'BAföG ist Geld für Schüler und Studenten.\nSie bekommen das Geld vom Staat.',
          department: deptA,
          _status: 'published',
        },
        ...asUser(users.publisher),
      })
      const resaved = await update(users.editor, text.id, { title: 'Geld für die Ausbildung' }, true)
      expect(resaved.lsErrors).toBe(0)
      expect((await update(users.publisher, text.id, { _status: 'published' }))._status).toBe('published')
    })

    it('reports a word that a Wörterbuch entry marks as a foreign word, with its replacement, on every save', async () => {
      const draft = 'Wir schicken Ihnen einen Reminder.\nSie bekommen Post.'
      const text = await createText({ text: draft, review })
      // "Reminder" is on no built-in list.
      expect(await latest(text.id)).toMatchObject({ lsErrors: 0, lsWarnings: 0 })
      const entry = {
        term: 'Reminder',
        explanation: 'Ein Reminder ist eine Erinnerung.\nSie bekommen eine Nachricht vor dem Termin.',
        department: deptA,
      }
      // Only a published entry counts: a draft changes nothing.
      const created = await payload.create({
        collection: 'glossary-terms',
        data: { ...entry, slug: unique('reminder'), replacement: 'Erinnerung', _status: 'draft' },
        draft: true,
        ...asUser(users.editor),
      })
      expect(created.replacement).toBe('Erinnerung')
      expect((await update(users.editor, text.id, { title: 'Erinnerung an den Termin' }, true)).lsWarnings).toBe(0)
      await payload.update({
        collection: 'glossary-terms',
        id: created.id,
        data: { _status: 'published' },
        ...asUser(users.publisher),
      })

      // The server's save reports it (a hint: the text still publishes) …
      const resaved = await update(users.editor, text.id, { title: 'Erinnerung per SMS' }, true)
      expect(resaved).toMatchObject({ lsErrors: 0, lsWarnings: 1 })
      // … with the replacement as suggestion, from the Wörterbuch as the server's hook reads it …
      const wordbook = await publishedWordbook(await createLocalReq({}, payload))
      expect(wordbook.foreignWords).toMatchObject({ Reminder: 'Erinnerung' })
      expect(wordbook.glossary).not.toContain('Reminder')
      const onServer = checkEasyLanguage(draft, wordbook).warnings
      expect(onServer.map((f) => [f.rule, f.excerpt, f.suggestion])).toEqual([
        ['foreign-word', 'Reminder', 'Erinnerung'],
      ])
      // … and as the editor's live check reads it through the API with the editor's session.
      const response = await fetch(`${rest.url}/api${PUBLISHED_WORDBOOK_PATH}`, {
        headers: { Authorization: `JWT ${tokens.editor}` },
      })
      expect(response.status).toBe(200)
      const inAdmin = wordbookOf(((await response.json()) as { docs: { term?: string; replacement?: string }[] }).docs)
      expect(checkEasyLanguage(draft, inAdmin).warnings.map((f) => [f.excerpt, f.suggestion])).toEqual([
        ['Reminder', 'Erinnerung'],
      ])
      expect((await update(users.publisher, text.id, { _status: 'published' }))._status).toBe('published')

      // A text that explains the word in its own glossary may use it.
      const explained = await update(
        users.editor,
        text.id,
        { glossary: [{ term: 'Reminder', explanation: 'Eine Erinnerung vor dem Termin.' }] },
        true,
      )
      expect(explained.lsWarnings).toBe(0)

      // The replacement belongs to one word: a term of several words is refused with a German message.
      const twoWords = await caught(
        payload.create({
          collection: 'glossary-terms',
          data: {
            ...entry,
            term: 'Social Media',
            slug: unique('social'),
            replacement: 'Internet',
            _status: 'published',
          },
          ...asUser(users.publisher),
        }),
      )
      expect(twoWords.status).toBe(400)
      expect(twoWords.data?.errors).toContainEqual(
        expect.objectContaining({ path: 'replacement', message: expect.stringContaining('ein einzelnes Wort') }),
      )
    })

    it('refuses a Wörterbuch entry whose explanation is not Leichte Sprache, and a second entry for the same term', async () => {
      const base: Pick<GlossaryTermData, 'department' | '_status'> = { department: deptA, _status: 'published' }
      const bad = await caught(
        payload.create({
          collection: 'glossary-terms',
          data: {
            ...base,
            term: 'Eingliederungshilfe',
            slug: unique('e'),
            explanation: 'Die Hilfe wird vom Amt bezahlt.',
          },
          ...asUser(users.publisher),
        }),
      )
      expect(bad.status).toBe(400)
      expect(bad.data?.errors).toContainEqual(
        expect.objectContaining({
          path: 'explanation',
          message: expect.stringMatching(/noch nicht in Leichter Sprache[\s\S]*Satz 1: .*Passiv/),
        }),
      )
      const good: Omit<GlossaryTermData, 'slug'> = {
        ...base,
        term: 'Amt',
        explanation: 'Ein Amt ist ein Büro vom Staat.',
      }
      await payload.create({
        collection: 'glossary-terms',
        data: { ...good, slug: unique('amt') },
        ...asUser(users.publisher),
      })
      const twice = await caught(
        payload.create({
          collection: 'glossary-terms',
          data: { ...good, slug: unique('amt') },
          ...asUser(users.publisher),
        }),
      )
      expect(twice.status).toBe(400)
      expect(twice.data?.errors).toContainEqual(
        expect.objectContaining({ path: 'term', message: expect.stringContaining('gibt es schon im Wörterbuch') }),
      )
    })
  })
}
