import type { Payload, Where } from 'payload'
import type { ApprovalRequest } from '../../cms/payload-types.ts'
import { canPublish, refId, type RoleUser } from '../../cms/access/roles.ts'
import { APPROVAL_REQUESTS } from './collection.ts'
import { collectionLabel, latestVersions, userNames, visibleDepartments } from './workflow.ts'

/** One row of the queue: the request with the names, labels and version ids the view links to. */
export interface QueueRow {
  request: ApprovalRequest
  collectionLabel: string
  department: string
  submittedBy: string
  decidedBy: string
  /** The document's live version, to compare the submitted draft with (none if never published). */
  publishedVersion: string | null
}

const departmentFilter = (user: RoleUser): Where => {
  const departments = visibleDepartments(user)
  return departments === null ? {} : { department: { in: departments } }
}

async function rows(payload: Payload, requests: ApprovalRequest[], withVersions: boolean): Promise<QueueRow[]> {
  const names = await userNames(
    payload,
    requests.flatMap((r) => [r.submittedBy, r.decidedBy]),
  )
  const departmentIds = [...new Set(requests.map((r) => refId(r.department)))]
  const departments = departmentIds.length
    ? (
        await payload.find({
          collection: 'departments',
          where: { id: { in: departmentIds } },
          limit: departmentIds.length,
          depth: 0,
          overrideAccess: true,
        })
      ).docs
    : []
  const departmentName = new Map(departments.map((d) => [String(d.id), d.name]))
  const name = (ref: unknown) => (ref ? (names.get(String(refId(ref as number))) ?? '–') : '–')
  return Promise.all(
    requests.map(async (request) => ({
      request,
      collectionLabel: collectionLabel(payload, request.collectionSlug),
      department: departmentName.get(String(refId(request.department))) ?? '–',
      submittedBy: name(request.submittedBy),
      decidedBy: name(request.decidedBy),
      publishedVersion: withVersions
        ? ((await latestVersions(payload, request.collectionSlug, request.documentId)).published?.id?.toString() ??
          null)
        : null,
    })),
  )
}

/**
 * What the queue view shows the user: the waiting requests of the user's
 * departments (publishers; admins all), oldest first, and the user's own
 * latest requests ("Meine Einreichungen").
 */
export async function loadQueue(payload: Payload, user: RoleUser) {
  const decides = canPublish(user)
  const [waiting, mine] = await Promise.all([
    decides
      ? payload.find({
          collection: APPROVAL_REQUESTS,
          where: { and: [{ state: { equals: 'waiting' } }, departmentFilter(user)] },
          sort: 'submittedAt',
          limit: 100,
          depth: 0,
          overrideAccess: true,
        })
      : null,
    payload.find({
      collection: APPROVAL_REQUESTS,
      where: { and: [{ submittedBy: { equals: user.id } }, departmentFilter(user)] },
      sort: '-updatedAt',
      limit: 50,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  return {
    decides,
    waiting: waiting ? await rows(payload, waiting.docs, true) : [],
    waitingTotal: waiting?.totalDocs ?? 0,
    mine: await rows(payload, mine.docs, false),
  }
}

/** The number the nav link shows: waiting requests for publishers, the user's returned ones for editors. */
export async function queueCount(payload: Payload, user: RoleUser): Promise<number> {
  const where: Where = canPublish(user)
    ? { and: [{ state: { equals: 'waiting' } }, departmentFilter(user)] }
    : { and: [{ state: { equals: 'returned' } }, { submittedBy: { equals: user.id } }] }
  return (await payload.count({ collection: APPROVAL_REQUESTS, where, overrideAccess: true })).totalDocs
}
