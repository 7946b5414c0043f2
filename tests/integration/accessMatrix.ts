import type { CollectionSlug, Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms, type TestCms } from '../helpers/cms.ts'
import type { TestDatabase } from '../helpers/database.ts'
import { buildWorld, fileFor, unique, validData, type World } from '../helpers/fixtures.ts'
import { startRestServer } from '../helpers/rest.ts'

type Id = number | string
type Role = 'anonymous' | 'admin' | 'publisher' | 'editor' | 'ls-reviewer'
type Op = 'create' | 'read' | 'update' | 'delete' | 'publish' | 'review' | 'raise-role'
type Scope = 'own' | 'other'
type Outcome = 'allowed' | 'denied'

const roles: Role[] = ['anonymous', 'admin', 'publisher', 'editor', 'ls-reviewer']
const owned: CollectionSlug[] = [
  'services',
  'easy-language-texts',
  'glossary-terms',
  'contact-persons',
  'locations',
  'video-tutorials',
  'pages',
]
const collections: CollectionSlug[] = [...owned, 'media', 'topics', 'regions', 'departments', 'users']
const titleField: Record<string, string> = {
  services: 'name',
  'easy-language-texts': 'title',
  'glossary-terms': 'term',
  'contact-persons': 'function',
  locations: 'name',
  'video-tutorials': 'title',
  pages: 'title',
  media: 'alt',
  topics: 'title',
  regions: 'name',
  departments: 'name',
  users: 'name',
}

function opsFor(collection: CollectionSlug): Op[] {
  if (collection === 'users') return ['create', 'read', 'update', 'delete', 'raise-role']
  const ops: Op[] = ['create', 'read', 'update', 'delete']
  if (owned.includes(collection) || collection === 'topics') ops.push('publish')
  if (collection === 'easy-language-texts') ops.push('review')
  return ops
}

/**
 * The rules of the issue, written out independently of the access functions:
 * anyone reads published content; editors create and edit drafts of their own
 * departments and cannot publish; publishers also publish and delete there;
 * ls-reviewers record reviews; admins do everything. "read" here means reading
 * a draft (published content is readable by everyone, checked separately).
 */
function expected(role: Role, collection: CollectionSlug, op: Op, scope: Scope): Outcome {
  const yes = (b: boolean): Outcome => (b ? 'allowed' : 'denied')
  if (role === 'admin') return 'allowed'
  if (collection === 'users') {
    // own = the user themself, other = someone else
    if (op === 'read' || op === 'update') return yes(role !== 'anonymous' && scope === 'own')
    return 'denied'
  }
  if (collection === 'regions' || collection === 'departments') return yes(op === 'read')
  if (collection === 'topics') return 'denied' // drafts of topics and all changes: admins only
  if (collection === 'media') {
    if (op === 'read') return 'allowed' // images are public files
    return yes((role === 'editor' || role === 'publisher') && scope === 'own')
  }
  if (scope === 'other' || role === 'anonymous') return 'denied'
  switch (op) {
    case 'read':
      return 'allowed'
    case 'create':
    case 'update':
    case 'delete':
      return yes(role === 'editor' || role === 'publisher')
    case 'publish':
      return yes(role === 'publisher')
    case 'review':
      return yes(role === 'ls-reviewer')
    default:
      return 'denied'
  }
}

interface Actor {
  role: Role
  user: (Record<string, unknown> & { id: Id; collection: 'users' }) | null
  token: string | null
}

interface Transport {
  name: string
  run(actor: Actor, collection: CollectionSlug, op: Op, target: Target): Promise<Outcome>
}

interface Target {
  id?: Id
  data?: Record<string, unknown>
}

const denied = (error: unknown): Outcome => {
  const status = (error as { status?: number }).status
  if (status === 401 || status === 403 || status === 404) return 'denied'
  throw error
}

function localTransport(payload: Payload): Transport {
  return {
    name: 'Local API',
    async run(actor, collection, op, target) {
      const base = { collection, overrideAccess: false, user: actor.user, depth: 0 } as const
      try {
        switch (op) {
          case 'create': {
            const file = await fileFor(collection)
            await payload.create({
              ...base,
              data: target.data as never,
              draft: owned.includes(collection),
              ...(file ? { file } : {}),
            })
            return 'allowed'
          }
          case 'read':
            await payload.findByID({ ...base, id: target.id!, draft: true })
            return 'allowed'
          case 'update':
          case 'publish':
          case 'review':
          case 'raise-role':
            await payload.update({
              ...base,
              id: target.id!,
              data: target.data as never,
              draft: op === 'update' && collection !== 'users' && collection !== 'media',
            })
            return 'allowed'
          case 'delete':
            await payload.delete({ ...base, id: target.id! })
            return 'allowed'
        }
      } catch (error) {
        return denied(error)
      }
    },
  }
}

function restTransport(baseUrl: string): Transport {
  return {
    name: 'REST',
    async run(actor, collection, op, target) {
      const headers: Record<string, string> = actor.token ? { Authorization: `JWT ${actor.token}` } : {}
      let response: Response
      const json = (method: string, url: string, body?: unknown) =>
        fetch(baseUrl + url, {
          method,
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
      switch (op) {
        case 'create': {
          const file = await fileFor(collection)
          const query = owned.includes(collection) ? '?draft=true' : ''
          if (file) {
            const form = new FormData()
            form.append('_payload', JSON.stringify(target.data))
            form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
            response = await fetch(`${baseUrl}/api/${collection}${query}`, { method: 'POST', headers, body: form })
          } else response = await json('POST', `/api/${collection}${query}`, target.data)
          break
        }
        case 'read':
          response = await fetch(`${baseUrl}/api/${collection}/${target.id}?draft=true&depth=0`, { headers })
          break
        case 'update':
          response = await json(
            'PATCH',
            `/api/${collection}/${target.id}${owned.includes(collection) ? '?draft=true' : ''}`,
            target.data,
          )
          break
        case 'publish':
        case 'review':
        case 'raise-role':
          response = await json('PATCH', `/api/${collection}/${target.id}`, target.data)
          break
        case 'delete':
          response = await fetch(`${baseUrl}/api/${collection}/${target.id}`, { method: 'DELETE', headers })
          break
      }
      await response.arrayBuffer()
      if (response.ok) return 'allowed'
      if ([401, 403, 404].includes(response.status)) return 'denied'
      throw new Error(`${op} ${collection} answered ${response.status}`)
    },
  }
}

export function accessMatrixSuite(kind: TestDatabase) {
  describe(`access matrix on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let rest: { url: string; close: () => Promise<void> }
    const actors = new Map<Role, Actor>()
    const otherUser = { id: 0 as Id }

    beforeAll(async () => {
      cms = await startCms(kind)
      const { payload } = cms
      world = await buildWorld(payload)
      rest = await startRestServer(cms.config as SanitizedConfig)
      for (const role of roles) {
        if (role === 'anonymous') {
          actors.set(role, { role, user: null, token: null })
          continue
        }
        const email = `${role}-${unique('u')}@demo.lotse.example`
        const password = 'geheim-123456'
        await payload.create({
          collection: 'users',
          overrideAccess: true,
          data: { email, password, name: role, role, departments: role === 'admin' ? [] : [world.deptA] } as never,
        })
        const login = await fetch(`${rest.url}/api/users/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email, password }),
        })
        expect(login.status).toBe(200)
        const body = (await login.json()) as { token: string; user: Actor['user'] }
        actors.set(role, { role, token: body.token, user: { ...body.user!, collection: 'users' } })
      }
      const other = await payload.create({
        collection: 'users',
        overrideAccess: true,
        data: { ...validData('users', world, world.deptB) } as never,
      })
      otherUser.id = other.id
    })

    afterAll(async () => {
      await rest?.close()
      await cms?.close()
    })

    /** A fresh target document for one cell, so cells do not depend on each other. */
    async function target(collection: CollectionSlug, op: Op, scope: Scope, actor: Actor): Promise<Target> {
      const payload = cms.payload
      const dept = scope === 'own' ? world.deptA : world.deptB
      const field = titleField[collection]
      if (collection === 'users') {
        const id = scope === 'own' ? (actor.user?.id ?? otherUser.id) : otherUser.id
        if (op === 'create') return { data: validData('users', world, world.deptA) }
        if (op === 'raise-role') return { id, data: { role: 'admin', departments: [world.deptA, world.deptB] } }
        if (op === 'delete') {
          // A fresh user each time, so that an admin deleting "own" does not delete the acting admin.
          const victim = await payload.create({
            collection: 'users',
            overrideAccess: true,
            data: validData('users', world, scope === 'own' ? world.deptA : world.deptB) as never,
          })
          return { id: victim.id }
        }
        return { id, data: { [field]: 'Geänderter Name' } }
      }
      const data = validData(collection, world, dept)
      if (op === 'create') return { data }
      // Publishing a Leichte-Sprache text needs a recorded review (and no error findings): the target has one,
      // so that this cell tests who may publish, not the publish gate (tested in easyLanguage.ts).
      if (op === 'publish' && collection === 'easy-language-texts') {
        Object.assign(data, { review: { reviewedAt: '2026-09-01T00:00:00.000Z', reviewedBy: 'Prüfgruppe Köln' } })
      }
      const file = await fileFor(collection)
      const doc = await payload.create({
        collection,
        overrideAccess: true,
        depth: 0,
        data: { ...data, ...(collection === 'media' || !hasDrafts(collection) ? {} : { _status: 'draft' }) } as never,
        ...(file ? { file } : {}),
      })
      if (op === 'update') return { id: doc.id, data: { [field]: 'Geänderter Titel' } }
      if (op === 'publish') return { id: doc.id, data: { _status: 'published' } }
      if (op === 'review')
        return {
          id: doc.id,
          data: { review: { reviewedAt: '2026-10-01T00:00:00.000Z', reviewedBy: 'Prüfgruppe Köln' } },
        }
      return { id: doc.id }
    }

    const hasDrafts = (c: CollectionSlug) => owned.includes(c) || c === 'topics'

    for (const transportName of ['Local API', 'REST'] as const) {
      for (const collection of collections) {
        it(`${transportName}: ${collection} — every role × operation × department matches the rules`, async () => {
          const transport = transportName === 'REST' ? restTransport(rest.url) : localTransport(cms.payload)
          const mismatches: string[] = []
          let cells = 0
          for (const role of roles) {
            const actor = actors.get(role)!
            for (const op of opsFor(collection)) {
              for (const scope of ['own', 'other'] as Scope[]) {
                const t = await target(collection, op, scope, actor)
                const actual = await transport.run(actor, collection, op, t)
                const want = expected(role, collection, op, scope)
                cells++
                if (actual !== want) mismatches.push(`${role} ${op} ${scope}: expected ${want}, got ${actual}`)
              }
            }
          }
          expect(mismatches, `${transport.name} ${collection}`).toEqual([])
          expect(cells).toBe(roles.length * opsFor(collection).length * 2)
        })
      }
    }

    it('anyone reads published content, and a published document keeps its live version while an editor drafts', async () => {
      const payload = cms.payload
      const anon = await fetch(`${rest.url}/api/services/${world.serviceA}`)
      expect(anon.status).toBe(200)
      const editor = actors.get('editor')!
      await payload.update({
        collection: 'services',
        id: world.serviceA,
        data: { name: 'Entwurfsname' },
        user: editor.user,
        overrideAccess: false,
      })
      const live = await payload.findByID({
        collection: 'services',
        id: world.serviceA,
        draft: false,
        overrideAccess: false,
      })
      expect(live.name).toBe('Testleistung')
      expect(live._status).toBe('published')
      const draft = await payload.findByID({
        collection: 'services',
        id: world.serviceA,
        draft: true,
        user: editor.user,
        overrideAccess: false,
      })
      expect(draft.name).toBe('Entwurfsname')
      const anonDraft = await fetch(`${rest.url}/api/services/${world.serviceA}?draft=true`)
      expect(((await anonDraft.json()) as { name: string }).name).toBe('Testleistung')
    })

    it('nobody lists another department’s drafts', async () => {
      const payload = cms.payload
      await payload.create({
        collection: 'services',
        overrideAccess: true,
        data: { ...validData('services', world, world.deptB), name: 'Geheimer Entwurf', _status: 'draft' } as never,
      })
      for (const role of ['editor', 'publisher', 'ls-reviewer'] as Role[]) {
        const actor = actors.get(role)!
        const list = await fetch(`${rest.url}/api/services?draft=true&limit=200&depth=0`, {
          headers: { Authorization: `JWT ${actor.token}` },
        })
        const body = (await list.json()) as { docs: { name: string; department: Id }[] }
        expect(
          body.docs.some((d) => d.name === 'Geheimer Entwurf'),
          role,
        ).toBe(false)
        const versions = await fetch(`${rest.url}/api/services/versions?limit=200&depth=0`, {
          headers: { Authorization: `JWT ${actor.token}` },
        })
        const vbody = (await versions.json()) as { docs: { version: { name: string } }[] }
        expect(
          vbody.docs.some((d) => d.version.name === 'Geheimer Entwurf'),
          role,
        ).toBe(false)
      }
      const anon = (await (await fetch(`${rest.url}/api/services?draft=true&limit=200`)).json()) as {
        docs: { name: string }[]
      }
      expect(anon.docs.some((d) => d.name === 'Geheimer Entwurf')).toBe(false)
    })
  })
}
