import { createLocalReq, docAccessOperation, formatNames, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphqlRequest, startApiServer } from '../helpers/apiServer.ts'
import { startCms, type TestCms } from '../helpers/cms.ts'
import type { TestDatabase } from '../helpers/database.ts'
import type { User } from '../../cms/payload-types.ts'
import {
  asUnchecked,
  buildWorld,
  fileFor,
  unique,
  validData,
  type CreateData,
  type FixtureSlug,
  type Id,
  type World,
} from '../helpers/fixtures.ts'

type Role = 'anonymous' | 'admin' | 'publisher' | 'editor' | 'ls-reviewer'
/**
 * What a cell does. The first group are the classic operations on a fresh
 * draft; the others are the ways Payload offers to change what is public:
 *
 * - `may-create`: the question the admin asks before it offers "Neu erstellen"
 *   (create access with `{ _status: 'draft' }`, no department; GraphQL: the
 *   `Access` query); `access-create`: the `/api/access` answer the admin's
 *   navigation and list views use (REST);
 * - `restore-published`: restore an older published version (draft=false);
 *   `restore-draft-over-live`: restore a draft version of a live document
 *   (draft=false, which unpublishes it); `restore-as-draft`: restore an older
 *   version into the draft (draft=true);
 * - `duplicate`: duplicate a live document (draft=false);
 * - `delete-published`: delete a live document; `delete-once-published`:
 *   delete one that was published and then unpublished;
 * - `bulk-update` (draft), `bulk-publish`, `bulk-delete` (once published):
 *   the same by `where` (REST and Local API; GraphQL has no bulk mutations);
 * - `update-in-use`, `delete-in-use`: an image that a live document shows.
 */
type Op =
  | 'create'
  | 'read'
  | 'update'
  | 'delete'
  | 'publish'
  | 'review'
  | 'raise-role'
  | 'may-create'
  | 'access-create'
  | 'restore-published'
  | 'restore-draft-over-live'
  | 'restore-as-draft'
  | 'duplicate'
  | 'delete-published'
  | 'delete-once-published'
  | 'bulk-update'
  | 'bulk-publish'
  | 'bulk-delete'
  | 'update-in-use'
  | 'delete-in-use'
type Scope = 'own' | 'other'
/** `draft`: the operation succeeded but made a draft where a published document was asked for (duplicate). */
type Outcome = 'allowed' | 'denied' | 'draft'
type TransportName = 'Local API' | 'REST' | 'GraphQL'

const roles: Role[] = ['anonymous', 'admin', 'publisher', 'editor', 'ls-reviewer']
const owned: FixtureSlug[] = [
  'services',
  'easy-language-texts',
  'glossary-terms',
  'contact-persons',
  'locations',
  'video-tutorials',
  'pages',
]
const collections: FixtureSlug[] = [...owned, 'media', 'topics', 'regions', 'departments', 'users']
const uploads: FixtureSlug[] = ['media', 'video-tutorials']
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

const hasDrafts = (c: FixtureSlug) => owned.includes(c) || c === 'topics'

/** Operations whose outcome is read from the database afterwards, not from the answer. */
const effectOps: Op[] = [
  'restore-published',
  'restore-draft-over-live',
  'restore-as-draft',
  'duplicate',
  'delete-published',
  'delete-once-published',
  'bulk-update',
  'bulk-publish',
  'bulk-delete',
  'update-in-use',
  'delete-in-use',
]

function opsFor(collection: FixtureSlug, transport: TransportName): Op[] {
  const ops: Op[] =
    collection === 'users'
      ? ['create', 'read', 'update', 'delete', 'raise-role']
      : ['create', 'read', 'update', 'delete']
  if (hasDrafts(collection)) ops.push('publish')
  if (collection === 'easy-language-texts') ops.push('review')
  // GraphQL's `Access` query answers a granted permission with an error in Payload 3.90 (its permissions are
  // booleans where the schema expects { permission }); the admin asks over REST.
  if (transport !== 'GraphQL') ops.push('may-create')
  if (transport === 'REST') ops.push('access-create')
  if (hasDrafts(collection)) {
    ops.push('restore-published', 'restore-draft-over-live')
    // The Local API cannot restore as a draft (no `draft` option in Payload 3.90).
    if (transport !== 'Local API') ops.push('restore-as-draft')
    ops.push('duplicate', 'delete-published', 'delete-once-published')
    if (transport !== 'GraphQL') ops.push('bulk-update', 'bulk-publish', 'bulk-delete')
  }
  if (collection === 'media') ops.push('update-in-use', 'delete-in-use')
  // GraphQL cannot upload files.
  return transport === 'GraphQL' && uploads.includes(collection) ? ops.filter((op) => op !== 'create') : ops
}

const scopesFor = (op: Op): Scope[] => (op === 'may-create' || op === 'access-create' ? ['own'] : ['own', 'other'])

/**
 * The rules, written out independently of the access functions: anyone reads
 * published content; editors create and edit drafts of their own departments
 * and cannot change what is public (publish, unpublish, restore over the live
 * version, delete what was once published, change an image a live page
 * shows); publishers also do that there; ls-reviewers record reviews; admins
 * do everything. "read" here means reading a draft (published content is
 * readable by everyone, checked separately).
 */
function expected(role: Role, collection: FixtureSlug, op: Op, scope: Scope): Outcome {
  const yes = (b: boolean): Outcome => (b ? 'allowed' : 'denied')
  if (op === 'may-create' || op === 'access-create') {
    if (role === 'admin') return 'allowed'
    return yes((owned.includes(collection) || collection === 'media') && (role === 'editor' || role === 'publisher'))
  }
  if (role === 'admin') return 'allowed'
  if (collection === 'users') {
    // own = the user themself, other = a user of another department who is no admin (staff read themselves,
    // the colleagues of their departments and the admins; the last two: tests/integration/accounts.ts)
    if (op === 'read' || op === 'update') return yes(role !== 'anonymous' && scope === 'own')
    return 'denied'
  }
  if (collection === 'regions' || collection === 'departments') return yes(op === 'read')
  if (collection === 'topics') return 'denied' // drafts of topics and all changes: admins only
  if (collection === 'media') {
    if (op === 'read') return 'allowed' // images are public files
    if (op === 'update-in-use' || op === 'delete-in-use') return yes(role === 'publisher' && scope === 'own')
    return yes((role === 'editor' || role === 'publisher') && scope === 'own')
  }
  if (scope === 'other' || role === 'anonymous') return 'denied'
  switch (op) {
    case 'read':
      return 'allowed'
    case 'create':
    case 'update':
    case 'delete':
    case 'restore-as-draft':
    case 'bulk-update':
      return yes(role === 'editor' || role === 'publisher')
    case 'duplicate':
      // An editor's copy of a live document is a draft.
      return role === 'publisher' ? 'allowed' : role === 'editor' ? 'draft' : 'denied'
    case 'publish':
    case 'restore-published':
    case 'restore-draft-over-live':
    case 'delete-published':
    case 'delete-once-published':
    case 'bulk-publish':
    case 'bulk-delete':
      return yes(role === 'publisher')
    case 'review':
      return yes(role === 'ls-reviewer')
    default:
      return 'denied'
  }
}

interface Actor {
  role: Role
  user: User | null
  token: string | null
}

interface Target {
  id?: Id
  /** The version a restore cell restores (version ids are strings in Payload's types). */
  versionId?: number | string
  /** What the cell sends. */
  data?: Record<string, unknown>
  /** The data the target was created with (GraphQL's update input wants required groups again). */
  full?: Record<string, unknown>
  /** Titles of the older and the newer version of a restore target. */
  old?: string
  new?: string
}

const CHANGED = 'Geänderter Titel'

/**
 * The matrix chooses the collection at run time and sets fields by name
 * (`titleField`), which the generated types, one per collection, cannot
 * follow: what a cell sends goes to the Local API unchecked, as REST and
 * GraphQL send it as JSON. The fixtures it starts from are typed.
 */
const cellData = (data: Record<string, unknown> | undefined) => asUnchecked<CreateData<FixtureSlug>>(data)

interface Transport {
  name: TransportName
  /** Runs one cell; for the operations in `effectOps` the answer only needs to be no server error. */
  run(actor: Actor, collection: FixtureSlug, op: Op, target: Target): Promise<Outcome>
}

const deniedStatus = (status: number | undefined) => status === 401 || status === 403 || status === 404

const denied = (error: unknown): Outcome => {
  const status = (error as { status?: number }).status
  if (deniedStatus(status)) return 'denied'
  throw error
}

const permitted = (value: unknown): boolean =>
  value === true ||
  (typeof value === 'object' && value !== null && (value as { permission?: unknown }).permission === true)

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
              data: cellData(target.data),
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
          case 'update-in-use':
            await payload.update({
              ...base,
              id: target.id!,
              data: cellData(target.data),
              draft: op === 'update' && hasDrafts(collection),
            })
            return 'allowed'
          case 'delete':
          case 'delete-published':
          case 'delete-once-published':
          case 'delete-in-use':
            await payload.delete({ ...base, id: target.id! })
            return 'allowed'
          case 'may-create': {
            const req = await createLocalReq({ user: actor.user ?? undefined }, payload)
            const result = await docAccessOperation({
              collection: payload.collections[collection],
              data: { _status: 'draft' },
              req,
            })
            return permitted(result.create) ? 'allowed' : 'denied'
          }
          case 'restore-published':
          case 'restore-draft-over-live':
            // The Local API's restoreVersion has no `draft` option (Payload 3.90): it always restores over the live version.
            await payload.restoreVersion({ ...base, id: String(target.versionId!) })
            return 'allowed'
          case 'duplicate':
            await payload.duplicate({ ...base, id: target.id!, draft: false })
            return 'allowed'
          case 'bulk-update':
          case 'bulk-publish':
            await payload.update({
              ...base,
              where: { id: { equals: target.id! } },
              data: cellData(target.data),
              draft: op === 'bulk-update',
            })
            return 'allowed'
          case 'bulk-delete':
            await payload.delete({ ...base, where: { id: { equals: target.id! } } })
            return 'allowed'
          default:
            throw new Error(`${op} is not a Local API operation here`)
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
      const json = (method: string, url: string, body?: unknown) =>
        fetch(baseUrl + url, {
          method,
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
      const byId = `where[id][equals]=${target.id}`
      let response: Response
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
            `/api/${collection}/${target.id}${hasDrafts(collection) ? '?draft=true' : ''}`,
            target.data,
          )
          break
        case 'publish':
        case 'review':
        case 'raise-role':
        case 'update-in-use':
          response = await json('PATCH', `/api/${collection}/${target.id}`, target.data)
          break
        case 'delete':
        case 'delete-published':
        case 'delete-once-published':
        case 'delete-in-use':
          response = await fetch(`${baseUrl}/api/${collection}/${target.id}`, { method: 'DELETE', headers })
          break
        case 'may-create': {
          // The admin's create view: the document access with the data of a new draft.
          response = await json('POST', `/api/${collection}/access`, { _status: 'draft' })
          if (!response.ok) break
          return permitted(((await response.json()) as { create?: unknown }).create) ? 'allowed' : 'denied'
        }
        case 'access-create': {
          // The admin's navigation and list views: the permissions of the logged-in user.
          response = await fetch(`${baseUrl}/api/access`, { headers })
          if (!response.ok) break
          const body = (await response.json()) as { collections?: Record<string, { create?: unknown }> }
          return permitted(body.collections?.[collection]?.create) ? 'allowed' : 'denied'
        }
        case 'restore-published':
        case 'restore-draft-over-live':
        case 'restore-as-draft':
          response = await json(
            'POST',
            `/api/${collection}/versions/${target.versionId}?draft=${op === 'restore-as-draft'}`,
          )
          break
        case 'duplicate':
          response = await json('POST', `/api/${collection}/${target.id}/duplicate?draft=false`, {})
          break
        case 'bulk-update':
          response = await json('PATCH', `/api/${collection}?${byId}&draft=true`, target.data)
          break
        case 'bulk-publish':
          response = await json('PATCH', `/api/${collection}?${byId}`, target.data)
          break
        case 'bulk-delete':
          response = await fetch(`${baseUrl}/api/${collection}?${byId}`, { method: 'DELETE', headers })
          break
      }
      const text = await response.text()
      if (response.ok) return 'allowed'
      if (deniedStatus(response.status)) return 'denied'
      // A bulk operation reports refusals per document with 400; the effect decides.
      if (effectOps.includes(op) && response.status < 500) return 'denied'
      throw new Error(`${op} ${collection} answered ${response.status}: ${text.slice(0, 500)}`)
    },
  }
}

/** Names of the GraphQL fields of a collection, and the input type names of its mutations (read from the schema). */
interface GraphqlNames {
  singular: string
  createInput?: string
  updateInput?: string
}

function graphqlTransport(baseUrl: string, names: Map<FixtureSlug, GraphqlNames>): Transport {
  return {
    name: 'GraphQL',
    async run(actor, collection, op, target) {
      const n = names.get(collection)!
      const S = n.singular
      const draftArg = (draft: boolean) => (hasDrafts(collection) ? `, draft: ${draft}` : '')
      let query: string
      let variables: Record<string, unknown> = {}
      switch (op) {
        case 'create':
          query = `mutation ($data: ${n.createInput}!) { create${S}(data: $data${draftArg(true)}) { id } }`
          variables = { data: target.data }
          break
        case 'read':
          query = `query { ${S}(id: ${JSON.stringify(target.id)}${draftArg(true)}) { id } }`
          break
        case 'update':
        case 'publish':
        case 'review':
        case 'raise-role':
        case 'update-in-use':
          query = `mutation ($data: ${n.updateInput}!) { update${S}(id: ${JSON.stringify(target.id)}, data: $data${
            op === 'update' ? draftArg(true) : ''
          }) { id } }`
          variables = { data: { ...withoutStatus(target.full), ...target.data } }
          break
        case 'delete':
        case 'delete-published':
        case 'delete-once-published':
        case 'delete-in-use':
          query = `mutation { delete${S}(id: ${JSON.stringify(target.id)}) { id } }`
          break
        case 'restore-published':
        case 'restore-draft-over-live':
        case 'restore-as-draft':
          query = `mutation { restoreVersion${S}(id: ${JSON.stringify(target.versionId)}, draft: ${
            op === 'restore-as-draft'
          }) { id } }`
          break
        case 'duplicate':
          // GraphQL requires data for a duplicate: the copy gets a slug (and term) of its own.
          query = `mutation ($data: ${n.createInput}!) { duplicate${S}(id: ${JSON.stringify(target.id)}, data: $data) { id } }`
          variables = { data: target.data }
          break
        default:
          throw new Error(`${op} is not a GraphQL operation`)
      }
      const result = await graphqlRequest(baseUrl, actor.token, query, variables)
      if (result.errors.length) return graphqlOutcome(op, collection, result.errors)
      return 'allowed'
    },
  }
}

const withoutStatus = (data: Record<string, unknown> | undefined) => {
  const { _status, ...rest } = data ?? {}
  return rest
}

function graphqlOutcome(op: Op, collection: string, errors: { status?: number; message: string }[]): Outcome {
  if (errors.every((e) => deniedStatus(e.status))) return 'denied'
  if (effectOps.includes(op) && errors.every((e) => (e.status ?? 500) < 500)) return 'denied'
  throw new Error(`GraphQL ${op} ${collection}: ${JSON.stringify(errors).slice(0, 500)}`)
}

export function accessMatrixSuite(kind: TestDatabase) {
  describe(`access matrix on ${kind}`, () => {
    let cms: TestCms
    let world: World
    let api: { url: string; close: () => Promise<void> }
    const actors = new Map<Role, Actor>()
    const otherUser = { id: 0 as Id }
    const graphqlNames = new Map<FixtureSlug, GraphqlNames>()

    beforeAll(async () => {
      cms = await startCms(kind)
      const { payload } = cms
      world = await buildWorld(payload)
      api = await startApiServer(cms.config as SanitizedConfig)
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
          data: { email, password, name: role, role, departments: role === 'admin' ? [] : [world.deptA] },
        })
        const login = await fetch(`${api.url}/api/users/login`, {
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
        data: { ...validData('users', world, world.deptB) },
      })
      otherUser.id = other.id
      // The mutations' input type names, from the schema itself.
      const schema = await graphqlRequest(
        api.url,
        actors.get('admin')!.token,
        '{ __type(name: "Mutation") { fields { name args { name type { name ofType { name } } } } } }',
      )
      const fields = (
        schema.data?.__type as {
          fields: {
            name: string
            args: { name: string; type: { name: string | null; ofType: { name: string } | null } }[]
          }[]
        }
      ).fields
      const inputOf = (field: string) => {
        const arg = fields.find((f) => f.name === field)?.args.find((a) => a.name === 'data')
        return arg ? (arg.type.name ?? arg.type.ofType?.name) : undefined
      }
      for (const collection of collections) {
        const singular = formatNames(collection).singular
        graphqlNames.set(collection, {
          singular,
          createInput: inputOf(`create${singular}`),
          updateInput: inputOf(`update${singular}`),
        })
      }
    })

    afterAll(async () => {
      await api?.close()
      await cms?.close()
    })

    const o = { overrideAccess: true, depth: 0 } as const

    /** Data that lets a document be published (a Leichte-Sprache text needs a recorded review). */
    function publishable(collection: FixtureSlug, dept: Id) {
      const data = validData(collection, world, dept)
      if (collection === 'easy-language-texts')
        Object.assign(data, { review: { reviewedAt: '2026-09-01T00:00:00.000Z', reviewedBy: 'Prüfgruppe Köln' } })
      return data
    }

    async function createDoc(collection: FixtureSlug, data: Record<string, unknown>) {
      const file = await fileFor(collection)
      return cms.payload.create({ ...o, collection, data: cellData(data), ...(file ? { file } : {}) })
    }

    async function versionWith(collection: FixtureSlug, id: Id, title: string, status: 'draft' | 'published') {
      const { docs } = await cms.payload.findVersions({
        ...o,
        collection,
        where: { parent: { equals: id } },
        sort: '-createdAt',
        limit: 100,
      })
      const version = docs.find((v) => {
        const data = v.version as unknown as Record<string, unknown>
        return data[titleField[collection]] === title && data._status === status
      })
      if (!version) throw new Error(`no ${status} version "${title}" of ${collection}/${id}`)
      return version.id
    }

    /** A fresh target document for one cell, so cells do not depend on each other. */
    async function target(collection: FixtureSlug, op: Op, scope: Scope, actor: Actor): Promise<Target> {
      const payload = cms.payload
      const dept = scope === 'own' ? world.deptA : world.deptB
      const field = titleField[collection]
      if (op === 'may-create' || op === 'access-create') return {}
      if (collection === 'users') {
        const id = scope === 'own' ? (actor.user?.id ?? otherUser.id) : otherUser.id
        if (op === 'create') return { data: validData('users', world, world.deptA) }
        if (op === 'raise-role') {
          // Another user: a fresh one, so that a granted raise does not make the shared "other" user an admin
          // (whom all staff may read) for the cells after it.
          const raised =
            scope === 'own' && actor.user
              ? actor.user.id
              : (
                  await payload.create({
                    collection: 'users',
                    overrideAccess: true,
                    data: validData('users', world, world.deptB),
                  })
                ).id
          return { id: raised, data: { role: 'admin', departments: [world.deptA, world.deptB] } }
        }
        if (op === 'delete') {
          // A fresh user each time, so that an admin deleting "own" does not delete the acting admin.
          const victim = await payload.create({
            collection: 'users',
            overrideAccess: true,
            data: validData('users', world, scope === 'own' ? world.deptA : world.deptB),
          })
          return { id: victim.id }
        }
        return { id, data: { [field]: 'Geänderter Name' } }
      }
      if (op === 'create') return { data: validData(collection, world, dept) }
      if (op === 'update-in-use' || op === 'delete-in-use') {
        // An image in the department, shown by a live contact person of the same department.
        const image = await createDoc('media', validData('media', world, dept))
        await payload.create({
          ...o,
          collection: 'contact-persons',
          data: {
            ...validData('contact-persons', world, dept),
            name: 'Erika Beispiel',
            photo: image.id,
            consent: { given: true, recordedAt: '2026-09-01T00:00:00.000Z' },
            _status: 'published',
          },
        })
        return { id: image.id, data: { alt: 'Ein anderer Alternativtext' } }
      }
      const old = unique('Ältere Fassung')
      const newer = unique('Neuere Fassung')
      const live = { ...publishable(collection, dept), [field]: old, _status: 'published' }
      switch (op) {
        case 'restore-published':
        case 'restore-as-draft': {
          const doc = await createDoc(collection, live)
          await payload.update({
            ...o,
            collection,
            id: doc.id,
            data: { [field]: newer, _status: 'published' },
          })
          return { id: doc.id, old, new: newer, versionId: await versionWith(collection, doc.id, old, 'published') }
        }
        case 'restore-draft-over-live': {
          const doc = await createDoc(collection, live)
          await payload.update({ ...o, collection, id: doc.id, draft: true, data: { [field]: newer } })
          return { id: doc.id, old, new: newer, versionId: await versionWith(collection, doc.id, newer, 'draft') }
        }
        case 'duplicate':
          return { id: (await createDoc(collection, live)).id, data: validData(collection, world, dept) }
        case 'delete-published':
          return { id: (await createDoc(collection, live)).id }
        case 'delete-once-published':
        case 'bulk-delete': {
          const doc = await createDoc(collection, live)
          await payload.update({ ...o, collection, id: doc.id, data: { _status: 'draft' } })
          return { id: doc.id }
        }
      }
      const publishing = op === 'publish' || op === 'bulk-publish'
      const full = publishing ? publishable(collection, dept) : validData(collection, world, dept)
      const doc = await createDoc(collection, {
        ...full,
        ...(collection === 'media' || !hasDrafts(collection) ? {} : { _status: 'draft' }),
      })
      if (op === 'update' || op === 'bulk-update') return { id: doc.id, full, data: { [field]: CHANGED } }
      if (publishing) return { id: doc.id, full, data: { _status: 'published' } }
      if (op === 'review')
        return {
          id: doc.id,
          full,
          data: { review: { reviewedAt: '2026-10-01T00:00:00.000Z', reviewedBy: 'Prüfgruppe Köln' } },
        }
      return { id: doc.id, full }
    }

    /** For `effectOps`: what the cell changed, read from the database (the live row and the latest version). */
    async function effect(collection: FixtureSlug, op: Op, t: Target, countBefore: number): Promise<Outcome> {
      const payload = cms.payload
      const field = titleField[collection]
      const main = (await payload.db.findOne({ collection, where: { id: { equals: t.id! } } })) as Record<
        string,
        unknown
      > | null
      const latest = async () => {
        const { docs } = await payload.db.findVersions({
          collection,
          where: { parent: { equals: t.id! } },
          sort: '-updatedAt',
          limit: 1,
          pagination: false,
        })
        return (docs[0]?.version ?? null) as unknown as Record<string, unknown> | null
      }
      const yes = (b: boolean): Outcome => (b ? 'allowed' : 'denied')
      switch (op) {
        case 'restore-published':
          return yes(main?.[field] === t.old)
        case 'restore-draft-over-live':
          return yes(main?._status === 'draft')
        case 'restore-as-draft': {
          // Never the live document: it keeps the newer published text.
          if (main?.[field] !== t.new || main?._status !== 'published')
            throw new Error(`restore as draft changed the live ${collection}/${t.id}`)
          return yes((await latest())?.[field] === t.old)
        }
        case 'bulk-update':
          return yes((await latest())?.[field] === CHANGED)
        case 'bulk-publish':
          return yes(main?._status === 'published')
        case 'delete-published':
        case 'delete-once-published':
        case 'bulk-delete':
        case 'delete-in-use':
          return yes(main === null)
        case 'update-in-use':
          return yes(main?.alt === 'Ein anderer Alternativtext')
        case 'duplicate': {
          // A copy is the collection's one new document (GraphQL's copy takes the title it was sent).
          const copies = (await payload.db.count({ collection })).totalDocs - countBefore
          if (copies === 0) return 'denied'
          if (copies > 1) throw new Error(`duplicate of ${collection}/${t.id} made ${copies} copies`)
          const { docs } = await payload.db.find({ collection, sort: '-createdAt', limit: 1, pagination: false })
          if (String(docs[0]?.id) === String(t.id)) throw new Error(`no copy of ${collection}/${t.id} found`)
          return (docs[0] as { _status?: string })._status === 'published' ? 'allowed' : 'draft'
        }
        default:
          throw new Error(`no effect check for ${op}`)
      }
    }

    /**
     * Cells that must be refused, and reads, share their target (per collection, operation and department,
     * across roles and transports): such a cell must leave the document as it was, which is checked after
     * each of them (row and number of versions), so the next one finds what a fresh target would be. A cell
     * that must succeed gets a fresh target. Making a target is most of the matrix's time.
     */
    const shared = new Map<string, { target: Target; print: string }>()
    const shareable = (collection: FixtureSlug, op: Op, want: Outcome) =>
      collection !== 'users' &&
      (want === 'denied' || op === 'read') &&
      !['create', 'may-create', 'access-create'].includes(op)

    async function fingerprint(collection: FixtureSlug, t: Target): Promise<string> {
      const payload = cms.payload
      const row = await payload.db.findOne({ collection, where: { id: { equals: t.id! } } })
      const versions = hasDrafts(collection)
        ? (await payload.db.countVersions({ collection, where: { parent: { equals: t.id! } } })).totalDocs
        : 0
      return JSON.stringify({ row, versions })
    }

    for (const transportName of ['Local API', 'REST', 'GraphQL'] as const) {
      for (const collection of collections) {
        it(`${transportName}: ${collection} — every role × operation × department matches the rules`, async () => {
          const transport =
            transportName === 'REST'
              ? restTransport(api.url)
              : transportName === 'GraphQL'
                ? graphqlTransport(api.url, graphqlNames)
                : localTransport(cms.payload)
          const mismatches: string[] = []
          let cells = 0
          let expectedCells = 0
          for (const role of roles) {
            const actor = actors.get(role)!
            for (const op of opsFor(collection, transportName)) {
              for (const scope of scopesFor(op)) {
                expectedCells++
                const want = expected(role, collection, op, scope)
                const share = shareable(collection, op, want)
                const key = `${collection} ${op} ${scope}`
                let kept = share ? shared.get(key) : undefined
                if (!kept) {
                  const t = await target(collection, op, scope, actor)
                  kept = { target: t, print: share ? await fingerprint(collection, t) : '' }
                  if (share) shared.set(key, kept)
                }
                const t = kept.target
                const countBefore = op === 'duplicate' ? (await cms.payload.db.count({ collection })).totalDocs : 0
                const answer = await transport.run(actor, collection, op, t)
                const actual = effectOps.includes(op) ? await effect(collection, op, t, countBefore) : answer
                cells++
                if (actual !== want) mismatches.push(`${role} ${op} ${scope}: expected ${want}, got ${actual}`)
                if (share && (await fingerprint(collection, t)) !== kept.print) {
                  mismatches.push(
                    `${role} ${op} ${scope}: ${want === 'denied' ? 'refused' : 'read'}, yet changed the document`,
                  )
                  shared.delete(key)
                }
              }
            }
          }
          expect(mismatches, `${transport.name} ${collection}`).toEqual([])
          expect(cells).toBe(expectedCells)
        })
      }
    }

    it('anyone reads published content, and a published document keeps its live version while an editor drafts', async () => {
      const payload = cms.payload
      const anon = await fetch(`${api.url}/api/services/${world.serviceA}`)
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
      const anonDraft = await fetch(`${api.url}/api/services/${world.serviceA}?draft=true`)
      expect(((await anonDraft.json()) as { name: string }).name).toBe('Testleistung')
    })

    it('nobody lists another department’s drafts', async () => {
      const payload = cms.payload
      await payload.create({
        collection: 'services',
        overrideAccess: true,
        data: { ...validData('services', world, world.deptB), name: 'Geheimer Entwurf', _status: 'draft' },
      })
      for (const role of ['editor', 'publisher', 'ls-reviewer'] as Role[]) {
        const actor = actors.get(role)!
        const list = await fetch(`${api.url}/api/services?draft=true&limit=200&depth=0`, {
          headers: { Authorization: `JWT ${actor.token}` },
        })
        const body = (await list.json()) as { docs: { name: string; department: Id }[] }
        expect(
          body.docs.some((d) => d.name === 'Geheimer Entwurf'),
          role,
        ).toBe(false)
        const versions = await fetch(`${api.url}/api/services/versions?limit=200&depth=0`, {
          headers: { Authorization: `JWT ${actor.token}` },
        })
        const vbody = (await versions.json()) as { docs: { version: { name: string } }[] }
        expect(
          vbody.docs.some((d) => d.version.name === 'Geheimer Entwurf'),
          role,
        ).toBe(false)
      }
      const anon = (await (await fetch(`${api.url}/api/services?draft=true&limit=200`)).json()) as {
        docs: { name: string }[]
      }
      expect(anon.docs.some((d) => d.name === 'Geheimer Entwurf')).toBe(false)
    })

    it('refusals say in German what to do', async () => {
      const payload = cms.payload
      const editor = actors.get('editor')!
      const doc = await createDoc('services', {
        ...validData('services', world, world.deptA),
        name: 'Ältere Fassung',
        _status: 'published',
      })
      await payload.update({
        ...o,
        collection: 'services',
        id: doc.id,
        data: { name: 'Neuere Fassung', _status: 'published' },
      })
      const versionId = await versionWith('services', doc.id, 'Ältere Fassung', 'published')
      const restore = await fetch(`${api.url}/api/services/versions/${versionId}?draft=false`, {
        method: 'POST',
        headers: { Authorization: `JWT ${editor.token}` },
      })
      expect(restore.status).toBe(403)
      expect(JSON.stringify(await restore.json())).toContain('als Entwurf')
      const publish = await fetch(`${api.url}/api/services/${doc.id}`, {
        method: 'PATCH',
        headers: { Authorization: `JWT ${editor.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ _status: 'published' }),
      })
      expect(publish.status).toBe(403)
      expect(JSON.stringify(await publish.json())).toContain('nicht veröffentlichen')
    })
  })
}
