import type { Payload, TypedUser } from 'payload'
import type { Department, EasyLanguageText, Service } from '../../cms/payload-types.ts'

export interface StaleText {
  id: number | string
  title: string
  /** Name of the linked service, if it can be read. */
  service: string | null
  status: 'draft' | 'published'
  reviewedAt: string | null
  updatedAt: string
}

export interface StaleTextsOfDepartment {
  department: { id: number | string; name: string }
  texts: StaleText[]
}

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true })

const reviewDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' })

/** A review's date as German date without a time ("22.04.2026"): the review field holds a day, not a moment. */
export const formatReviewDate = (iso: string) => reviewDate.format(new Date(iso))

/**
 * Every stale ("veraltet") Leichte-Sprache text the user may read, grouped by
 * department (departments and texts in German alphabetical order). The query
 * runs with the user's rights (overrideAccess: false), so nobody sees texts of
 * another department's drafts here. The admin view "Veraltete Texte in
 * Leichter Sprache" shows exactly this.
 */
export async function findStaleTexts(payload: Payload, user: TypedUser | null): Promise<StaleTextsOfDepartment[]> {
  if (!user) return []
  const { docs } = await payload.find({
    collection: 'easy-language-texts',
    where: { stale: { equals: true } },
    draft: true,
    depth: 1,
    pagination: false,
    sort: 'title',
    select: { title: true, service: true, department: true, review: true, _status: true, updatedAt: true },
    populate: { services: { name: true }, departments: { name: true } },
    user,
    overrideAccess: false,
  })
  const groups = new Map<string, StaleTextsOfDepartment>()
  for (const doc of docs as EasyLanguageText[]) {
    const department = doc.department as Department | number | string
    const key = String(typeof department === 'object' ? department.id : department)
    const name = typeof department === 'object' ? department.name : `Dezernat ${key}`
    const group = groups.get(key) ?? {
      department: { id: typeof department === 'object' ? department.id : department, name },
      texts: [],
    }
    const service = doc.service as Service | number | null | undefined
    group.texts.push({
      id: doc.id,
      title: doc.title,
      service: service && typeof service === 'object' ? service.name : null,
      status: doc._status === 'published' ? 'published' : 'draft',
      reviewedAt: doc.review?.reviewedAt ?? null,
      updatedAt: doc.updatedAt,
    })
    groups.set(key, group)
  }
  const result = [...groups.values()].sort((a, b) => collator.compare(a.department.name, b.department.name))
  for (const group of result) group.texts.sort((a, b) => collator.compare(a.title, b.title))
  return result
}
