/**
 * Which changed documents a failing page of an incremental release comes
 * from. The renderer records per page the content tokens it read
 * (site/lib/renderContext.ts: `services:id:12`, `services:slug:x`,
 * `services:all`, …); the release knows the documents its requests changed.
 * A failing page is explained by the changed documents it read: by id or
 * slug first (the page of the service, a page showing that one service), and
 * only when none of them does, by a whole list of its collection it read
 * (`services:all`: every changed service of the list).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { collectionOf, publicTypes, type PublicType } from '../../content-models/schemas/index.ts'
import type { Finding } from './findings.ts'

export interface ChangedDocument {
  collection: string
  id: number | string
  change?: string | null
}

/** A changed document and the failing pages it explains. */
export interface Culprit {
  collection: string
  id: string
  pages: string[]
}

export interface Attribution {
  culprits: Culprit[]
  /** Failing pages no changed document explains (content already live, or the site's code). */
  unexplained: string[]
}

/** The snapshot's name of each public type's collection (site/lib/snapshot.ts). */
const snapshotKey: Record<PublicType, string> = {
  service: 'services',
  easyLanguageText: 'easyLanguageTexts',
  glossaryTerm: 'glossaryTerms',
  contactPerson: 'contactPersons',
  location: 'locations',
  videoTutorial: 'videos',
  page: 'pages',
  topic: 'topics',
  department: 'departments',
  region: 'regions',
}

/** Payload collection slug → snapshot type. */
const typeOfCollection = new Map<string, PublicType>(publicTypes.map((type) => [collectionOf[type], type]))

/** The slugs of a snapshot's items by `<collection>/<id>`, read from its `<type>.json` files. */
export async function snapshotSlugs(snapshotDir: string | null): Promise<Map<string, string>> {
  const slugs = new Map<string, string>()
  if (!snapshotDir) return slugs
  for (const type of publicTypes) {
    const items = await readFile(path.join(snapshotDir, `${type}.json`), 'utf8')
      .then((text) => JSON.parse(text) as Array<{ id: string; slug: string }>)
      .catch(() => [])
    for (const item of items) slugs.set(`${collectionOf[type]}/${item.id}`, item.slug)
  }
  return slugs
}

/**
 * The culprits of the failing pages. `deps` are the recorded tokens per page
 * (site path), `slugs` the documents' slugs in the new and the live snapshot
 * (a changed slug names both pages).
 */
export function attribute({
  findings,
  deps,
  changed,
  slugs,
}: {
  findings: Finding[]
  deps: Record<string, string[]>
  changed: ChangedDocument[]
  slugs: Array<Map<string, string>>
}): Attribution {
  const documents = new Map<string, { collection: string; id: string; narrow: string[]; broad: string[] }>()
  for (const doc of changed) {
    const type = typeOfCollection.get(doc.collection)
    const key = `${doc.collection}/${doc.id}`
    if (!type || documents.has(key)) continue
    const name = snapshotKey[type]
    const narrow = [`${name}:id:${doc.id}`]
    for (const known of slugs) {
      const slug = known.get(key)
      if (slug) narrow.push(`${name}:slug:${slug}`)
    }
    documents.set(key, { collection: doc.collection, id: String(doc.id), narrow, broad: [`${name}:all`] })
  }
  const culprits = new Map<string, Culprit>()
  const unexplained: string[] = []
  for (const { page } of findings) {
    const read = new Set(deps[page] ?? [])
    const docs = [...documents.values()]
    let found = docs.filter((d) => d.narrow.some((token) => read.has(token)))
    if (!found.length) found = docs.filter((d) => d.broad.some((token) => read.has(token)))
    if (!found.length) unexplained.push(page)
    for (const doc of found) {
      const key = `${doc.collection}/${doc.id}`
      const culprit = culprits.get(key) ?? { collection: doc.collection, id: doc.id, pages: [] }
      culprit.pages.push(page)
      culprits.set(key, culprit)
    }
  }
  return { culprits: [...culprits.values()], unexplained }
}
