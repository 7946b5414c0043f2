/**
 * What a page depends on, recorded while it renders.
 *
 * The publish pipeline renders pages one by one through the on-demand
 * renderer (site/renderer/). While a page renders, `getSnapshot()` returns a
 * view of the snapshot that notes every piece of content the page reads, as
 * tokens: `services:id:12` (one service), `services:slug:x`, `services:all`
 * (the whole list), `servicesByTopic:7` (one entry of a lookup map),
 * `servicesByTopic:*` (the map as a whole), `derived:finderData` (a value
 * computed from the whole snapshot, see `defineDerived`).
 *
 * After a change, `dirtyTokens(before, after)` names the tokens whose content
 * differs; a page is rendered again exactly when one of its tokens is dirty.
 * So no page template has to declare what it shows: whatever it reads, through
 * any component, is recorded.
 */
import { createHash } from 'node:crypto'
import type { Collection, Snapshot } from './snapshotTypes.ts'

const CONTEXT = Symbol.for('lotse.renderContext')

interface RenderContext {
  view: Snapshot
  deps: Set<string>
  /** What the page threw (site/middleware.ts notes it; the response is only a 500). */
  error?: unknown
}

type Global = typeof globalThis & { [CONTEXT]?: RenderContext }

/** The view of the page being rendered, if the renderer renders one. */
export function currentView(): Snapshot | undefined {
  return (globalThis as Global)[CONTEXT]?.view
}

const record = (token: string) => (globalThis as Global)[CONTEXT]?.deps.add(token)

/** Notes the error the page being rendered threw. */
export function noteRenderError(error: unknown): void {
  const context = (globalThis as Global)[CONTEXT]
  if (context) context.error ??= error
}

/**
 * Renders with `snapshot` as the content and returns what `render` read. Pages
 * are rendered one at a time (the context is global to the renderer process).
 */
export async function recordDependencies<T>(
  snapshot: Snapshot,
  render: () => Promise<T>,
): Promise<{ result: T; deps: string[]; error?: unknown }> {
  const global = globalThis as Global
  if (global[CONTEXT]) throw new Error('recordDependencies: another page is being rendered')
  const context: RenderContext = { view: trackedView(snapshot), deps: new Set() }
  global[CONTEXT] = context
  try {
    const result = await render()
    return { result, deps: [...context.deps].sort(), error: context.error }
  } finally {
    delete global[CONTEXT]
  }
}

const isCollection = (value: unknown): value is Collection<{ id: string; slug: string }> =>
  typeof value === 'object' && value !== null && 'all' in value && 'byId' in value && 'bySlug' in value

/** A Map that records `<name>:<key>` for a key it is asked for and `<name>:*` when it is read as a whole. */
function trackedMap<K, V>(name: string, map: Map<K, V>): Map<K, V> {
  return new Proxy(map, {
    get(target, property) {
      if (property === 'get' || property === 'has')
        return (key: K) => {
          record(`${name}:${String(key)}`)
          return property === 'get' ? target.get(key) : target.has(key)
        }
      record(`${name}:*`)
      const value = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

const raws = new WeakMap<object, Snapshot>()

/** The snapshot behind a view (for computations whose result is tracked as a whole). */
export const rawSnapshot = (snapshot: Snapshot): Snapshot => raws.get(snapshot) ?? snapshot

function trackedView(snapshot: Snapshot): Snapshot {
  const view: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(snapshot)) {
    if (isCollection(value))
      view[key] = {
        get all() {
          record(`${key}:all`)
          return value.all
        },
        byId: trackedMap(`${key}:id`, value.byId),
        bySlug: trackedMap(`${key}:slug`, value.bySlug),
      }
    else if (value instanceof Map) view[key] = trackedMap(key, value)
    else
      Object.defineProperty(view, key, {
        enumerable: true,
        get() {
          record(key)
          return value
        },
      })
  }
  raws.set(view, snapshot)
  return view as unknown as Snapshot
}

type Derivation = (snapshot: Snapshot) => unknown
const derivations = new Map<string, Derivation>()
const memo = new WeakMap<Snapshot, Map<string, unknown>>()

function computed<T>(name: string, snapshot: Snapshot, derive: (snapshot: Snapshot) => T): T {
  let values = memo.get(snapshot)
  if (!values) memo.set(snapshot, (values = new Map()))
  if (!values.has(name)) values.set(name, derive(snapshot))
  return values.get(name) as T
}

/**
 * A value computed from the whole snapshot once per snapshot (the finder's
 * data, say), used by many pages. A page that uses it depends on the value,
 * not on everything it was computed from: `derived:<name>` is dirty only when
 * the value itself differs.
 */
export function defineDerived<T>(name: string, derive: (snapshot: Snapshot) => T): (snapshot: Snapshot) => T {
  if (derivations.has(name)) throw new Error(`derived value "${name}" is defined twice`)
  derivations.set(name, derive)
  return (snapshot) => {
    record(`derived:${name}`)
    return computed(name, rawSnapshot(snapshot), derive)
  }
}

const itemHashes = new WeakMap<object, string>()
const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url')

/** A content hash of anything in a snapshot (items by their JSON, lists and maps by their members). */
function hashOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return sha1(JSON.stringify(value) ?? 'undefined')
  const cached = itemHashes.get(value)
  if (cached) return cached
  const hash = Array.isArray(value)
    ? sha1(value.map(hashOf).join(','))
    : value instanceof Map
      ? sha1([...value].map(([k, v]) => `${String(k)}=${hashOf(v)}`).join(','))
      : sha1(JSON.stringify(value))
  itemHashes.set(value, hash)
  return hash
}

function diffMap(name: string, before: Map<unknown, unknown>, after: Map<unknown, unknown>, dirty: Set<string>) {
  let any = false
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key)
    const b = after.get(key)
    if (a === b) continue
    if (a === undefined || b === undefined || hashOf(a) !== hashOf(b)) {
      dirty.add(`${name}:${String(key)}`)
      any = true
    }
  }
  // Order matters to a page that lists the map.
  if (any || [...before.keys()].join('\u0000') !== [...after.keys()].join('\u0000')) dirty.add(`${name}:*`)
}

/** The tokens whose content differs between two snapshots. */
export function dirtyTokens(before: Snapshot, after: Snapshot): Set<string> {
  const dirty = new Set<string>()
  for (const [key, next] of Object.entries(after)) {
    const previous = (before as unknown as Record<string, unknown>)[key]
    if (key === 'dir') continue
    if (isCollection(next) && isCollection(previous)) {
      diffMap(`${key}:id`, previous.byId, next.byId, dirty)
      diffMap(`${key}:slug`, previous.bySlug, next.bySlug, dirty)
      if (hashOf(previous.all) !== hashOf(next.all)) dirty.add(`${key}:all`)
    } else if (next instanceof Map && previous instanceof Map) diffMap(key, previous, next, dirty)
    else if (hashOf(previous) !== hashOf(next)) dirty.add(key)
  }
  for (const [name, derive] of derivations)
    if (hashOf(computed(name, before, derive)) !== hashOf(computed(name, after, derive))) dirty.add(`derived:${name}`)
  return dirty
}
