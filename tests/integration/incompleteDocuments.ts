import type { CollectionSlug, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApiServer } from '../helpers/apiServer.ts'
import { startCms, type TestCms } from '../helpers/cms.ts'
import type { TestDatabase } from '../helpers/database.ts'
import { buildWorld, unique, validData, type FixtureSlug, type World } from '../helpers/fixtures.ts'

type Role = 'editor' | 'publisher'
interface Answer {
  status: number
  errors: { message?: string; data?: { errors?: { path: string; message: string }[] } }[]
}

/** Department-owned collections an editor and a publisher create in the admin (uploads aside). */
const collections: FixtureSlug[] = ['glossary-terms', 'services', 'contact-persons', 'locations', 'pages']
const generic = /keine Berechtigung/

/**
 * A document an editor or publisher has not finished is answered with the
 * fields to fill in (400), as the admin shows them beside the fields, not
 * with "Sie haben keine Berechtigung" (403): whether the person may create at
 * all is a question of their role; which department the document belongs to
 * is a question of the data. Through REST over HTTP as the admin sends it.
 */
export function incompleteDocumentsSuite(kind: TestDatabase) {
  describe(`incomplete documents on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let api: { url: string; close: () => Promise<void> }
    const tokens = {} as Record<Role, string>

    beforeAll(async () => {
      cms = await startCms(kind)
      world = await buildWorld(cms.payload)
      api = await startApiServer(cms.config as SanitizedConfig)
      for (const role of ['editor', 'publisher'] as Role[]) {
        const email = `${unique(role)}@demo.lotse.example`
        await cms.payload.create({
          collection: 'users',
          overrideAccess: true,
          data: { email, password: 'geheim-123456', name: role, role, departments: [world.deptA] },
        })
        const login = await fetch(`${api.url}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password: 'geheim-123456' }),
        })
        expect(login.status).toBe(200)
        tokens[role] = ((await login.json()) as { token: string }).token
      }
    })
    afterAll(async () => {
      await api?.close()
      await cms?.close()
    })

    async function create(role: Role, collection: CollectionSlug, data: Record<string, unknown>): Promise<Answer> {
      const response = await fetch(`${api.url}/api/${collection}?depth=0`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'de', Authorization: `JWT ${tokens[role]}` },
        // Editors save drafts; publishers publish ("Änderungen veröffentlichen").
        body: JSON.stringify({ ...data, _status: role === 'publisher' ? 'published' : 'draft' }),
      })
      return {
        status: response.status,
        errors: ((await response.json()) as { errors?: Answer['errors'] }).errors ?? [],
      }
    }

    const fieldPaths = (answer: Answer) => answer.errors.flatMap((e) => e.data?.errors ?? []).map((e) => e.path)

    for (const role of ['editor', 'publisher'] as Role[])
      for (const collection of collections) {
        it(`${role}, ${collection}: without a department (an empty choice) the field errors, not a refusal`, async () => {
          const answer = await create(role, collection, {
            ...validData(collection, world, world.deptA),
            department: '',
          })
          expect(answer.errors.map((e) => e.message).join(' ')).not.toMatch(generic)
          expect(answer.status).toBe(400)
          expect(fieldPaths(answer)).toContain('department')
        })

        it(`${role}, ${collection}: another department's document is refused in words that say why`, async () => {
          const answer = await create(role, collection, validData(collection, world, world.deptB))
          expect(answer.status).toBe(403)
          expect(answer.errors[0]?.message).toMatch(/nur in Ihrem eigenen Dezernat/)
        })
      }

    it('publisher, glossary-terms: an entry without its explanation names the field', async () => {
      const { explanation: _, ...data } = validData('glossary-terms', world, world.deptA)
      const answer = await create('publisher', 'glossary-terms', { ...data, department: '' })
      expect(answer.status).toBe(400)
      expect(fieldPaths(answer)).toEqual(expect.arrayContaining(['explanation', 'department']))
    })
  })
}
