/**
 * The change feed (/api/v1/changes.json): each release is compared with the
 * release that was live when it was built, item by item, by stable id and a
 * hash of the item's public content. A partner reads the entries newer than
 * the release it last saw and fetches only those items.
 */
import { createHash } from 'node:crypto'
import {
  changeFeedSchema,
  openDataTypeList,
  type ChangeEntry,
  type ChangeFeed,
  type ChangeItem,
  type OpenDataType,
} from './open-data-schemas.ts'

/** How many releases the feed keeps. */
export const MAX_FEED_ENTRIES = 50

/** The items of one release per type, as written to the list files. */
export type ItemsByType = Partial<Record<OpenDataType, PublicItem[]>>

export interface PublicItem {
  id: string
  slug: string
  updatedAt?: string
  [field: string]: unknown
}

/** JSON with sorted keys, so that the hash does not depend on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** Hash of an item's public content. */
export function contentHash(item: unknown): string {
  return createHash('sha256').update(canonical(item)).digest('hex')
}

const ref = (type: OpenDataType, item: PublicItem): ChangeItem => ({
  type,
  id: item.id,
  slug: item.slug,
  ...(typeof item.updatedAt === 'string' ? { updatedAt: item.updatedAt } : {}),
})

/**
 * What changed from `previous` to `current`. A type missing from `previous`
 * (no earlier release, or one without open data) counts as empty, so all its
 * items are added. Lists are ordered by type, then slug, then id.
 */
export function diffReleases(
  previous: ItemsByType | null,
  current: ItemsByType,
  /** When known: per type the ids that may have changed; every other item is the same in both (not hashed). */
  candidates?: Partial<Record<OpenDataType, ReadonlySet<string>>>,
): Pick<ChangeEntry, 'added' | 'changed' | 'removed'> {
  const added: ChangeItem[] = []
  const changed: ChangeItem[] = []
  const removed: ChangeItem[] = []
  for (const type of openDataTypeList) {
    const before = new Map((previous?.[type] ?? []).map((item) => [item.id, item]))
    const now = current[type] ?? []
    const seen = new Set<string>()
    for (const item of now) {
      seen.add(item.id)
      const old = before.get(item.id)
      if (!old) added.push(ref(type, item))
      else if (candidates && !candidates[type]?.has(item.id)) continue
      else if (contentHash(old) !== contentHash(item)) changed.push(ref(type, item))
    }
    for (const [id, item] of before) if (!seen.has(id)) removed.push(ref(type, item))
  }
  const order = (a: ChangeItem, b: ChangeItem) =>
    openDataTypeList.indexOf(a.type) - openDataTypeList.indexOf(b.type) ||
    (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  return { added: added.sort(order), changed: changed.sort(order), removed: removed.sort(order) }
}

/** The previous feed's entries when it is a valid feed, else none (a damaged file starts a new feed). */
export function previousEntries(previousFeed: unknown): ChangeEntry[] {
  const parsed = changeFeedSchema.safeParse(previousFeed)
  return parsed.success ? parsed.data.entries : []
}

/**
 * The feed of a new release: its entry (only when something changed) before
 * the previous feed's entries, at most `max` entries.
 */
export function nextFeed(options: {
  release: string
  builtAt: string
  previousRelease: string | null
  previousItems: ItemsByType | null
  previousFeed: unknown
  items: ItemsByType
  max?: number
  /** See diffReleases. */
  candidates?: Partial<Record<OpenDataType, ReadonlySet<string>>>
}): ChangeFeed {
  const max = options.max ?? MAX_FEED_ENTRIES
  const diff = diffReleases(options.previousItems, options.items, options.candidates)
  const older = previousEntries(options.previousFeed).filter((entry) => entry.release !== options.release)
  const empty = diff.added.length === 0 && diff.changed.length === 0 && diff.removed.length === 0
  const entry: ChangeEntry = {
    release: options.release,
    builtAt: options.builtAt,
    previousRelease: options.previousRelease,
    ...diff,
  }
  const entries = (empty ? older : [entry, ...older]).slice(0, max)
  return { release: options.release, builtAt: options.builtAt, maxEntries: max, entries }
}
