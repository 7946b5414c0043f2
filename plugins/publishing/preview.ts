/**
 * The preview ("Vorschau") of a draft: the static page(s) a document would
 * have once published, built the way a release is, without touching
 * `current` or any release.
 *
 * 1. **Snapshot**: the live release's snapshot with the document's newest
 *    version (draft or not) mapped and validated by the export's own mapping
 *    (`cms/export/map.ts`, the public schemas) put in place of its record.
 * 2. **Render**: the site's renderer (`renderer.ts`, the same Astro build a
 *    release uses) renders only the document's page(s): the render state it
 *    is given marks every other page of the live release as unaffected.
 * 3. **Checks** (in the background, `previewChecks`): the release's link check
 *    and accessibility gate (pa11y) on those pages, in a copy of the live
 *    release with the preview pages in place (hard links, like a release),
 *    and for Leichte-Sprache texts the Leichte-Sprache checker.
 *
 * Everything lives below `<dataDir>/previews/<key>/` (the key names the
 * document's version, the live release and the site's code), which the
 * static server of the public site never serves: the admin shows the page in
 * a sandboxed frame (admin/PreviewView.tsx) and its assets come through a
 * logged-in endpoint (previewEndpoints.ts).
 */
import render from 'dom-serializer'
import { DomUtils, parseDocument } from 'htmlparser2'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, Payload, PayloadRequest, TypedUser } from 'payload'
import { z } from 'zod'
import { readExportState, trackLookups } from '../../cms/export/export-state.ts'
import { writeSnapshot } from '../../cms/export/export.ts'
import {
  reverseLists,
  locationRefs,
  toPublicContactPerson,
  toPublicEasyLanguageText,
  toPublicLocation,
  toPublicPage,
  toPublicService,
  toPublicVideoTutorial,
  type MapContext,
  type ReverseEntry,
} from '../../cms/export/map.ts'
import type { Media as CmsMedia } from '../../cms/payload-types.ts'
import { pageUrl, urls } from '../../content-models/urls.ts'
import {
  collectionOf,
  publicTypes,
  schemas,
  type PublicCollection,
  type PublicType,
} from '../../content-models/schemas/index.ts'
import { checkEasyLanguage, ownGlossaryTerms, publishedWordbook, type CheckedFinding } from '../easy-language/index.ts'
import { ChecksFailed, type Finding } from './findings.ts'
import { currentRelease, releasesDir } from './releases.ts'
import { buildRenderer, renderWorkerKeeper, siteCodeHash } from './renderer.ts'
import { listFiles, mapLimit } from './site-files.ts'
import { dataDir as defaultDataDir, publicSiteUrl, repositoryRoot } from '../../config.ts'

/** The collections whose documents have a page of their own on the site (content-models/urls.ts), and their type. */
export const previewTypes = {
  services: 'service',
  'easy-language-texts': 'easyLanguageText',
  'contact-persons': 'contactPerson',
  locations: 'location',
  'video-tutorials': 'videoTutorial',
  pages: 'page',
} as const satisfies Partial<Record<PublicCollection, PublicType>>

export type PreviewCollection = keyof typeof previewTypes

export const isPreviewCollection = (slug: string): slug is PreviewCollection => Object.hasOwn(previewTypes, slug)

/** Below the admin route: `/vorschau/services/12`. */
export const previewRoute = '/vorschau'
export const previewTitle = 'Vorschau'

/**
 * The admin address of a document's preview, for links from other views
 * (the approval workflow, the dashboard): `/admin/vorschau/services/12`.
 */
export function previewPath(collection: PreviewCollection, id: number | string, adminRoute = '/admin'): string {
  return `${adminRoute}${previewRoute}/${collection}/${encodeURIComponent(String(id))}`
}

/** One page of a preview: its site path and the rendered file below the preview's `out/`. */
export interface PreviewPage {
  path: string
  file: string
}

export interface PreviewBuild {
  key: string
  dir: string
  /** The live release the preview was built on. */
  release: string
  pages: PreviewPage[]
  /** How long snapshot and render took (ms), for the view and the report. */
  ms: number
  /** The document's version shown (updatedAt). */
  version: string
}

/** The draft does not fit the public shape: nothing could be rendered. The problems are German. */
export class PreviewProblem extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
    this.name = 'PreviewProblem'
  }
}

/** What the checks of a preview report (`checks.json` of the preview, and the endpoint's answer). */
export interface PreviewChecks {
  status: 'running' | 'done'
  /** pa11y (axe and HTML_CodeSniffer, WCAG 2 AA) per page; null while running. */
  a11y: Finding[] | null
  /** Broken internal links and resources per page; null while running. */
  links: Finding[] | null
  /** The Leichte-Sprache checker's findings (texts in Leichte Sprache only; null for other documents). */
  easyLanguage: Pick<CheckedFinding, 'rule' | 'severity' | 'message' | 'excerpt' | 'line' | 'suggestion'>[] | null
  warnings: string[]
  /** A check that could not run (German). */
  error?: string
  ms?: number
}

/** The document as the export reads it: depth 0, with its id, slug and updatedAt. */
type Doc = { id: number | string; slug?: unknown; updatedAt?: unknown } & Record<string, unknown>

const mappers: Record<PreviewCollection, (doc: never, ctx: MapContext) => unknown> = {
  services: toPublicService,
  'easy-language-texts': toPublicEasyLanguageText,
  'contact-persons': toPublicContactPerson,
  locations: toPublicLocation,
  'video-tutorials': toPublicVideoTutorial,
  pages: toPublicPage,
}

/**
 * The newest version of a document (draft or published) as the user may read
 * it: Payload's access with the user (department access: the drafts and
 * versions of a document are its department's), so a user of another
 * department gets null, as for a document that does not exist.
 */
export async function readLatest(
  payload: Payload,
  collection: PreviewCollection,
  id: string,
  user: TypedUser | null | undefined,
): Promise<Doc | null> {
  if (!user || !/^[\w-]{1,64}$/.test(id)) return null
  try {
    // The versions' access is the drafts' (own departments): other departments may read the live version only.
    const versions = await payload.findVersions({
      collection: collection as CollectionSlug,
      where: { parent: { equals: id } },
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user,
    })
    if (!versions.docs.length) return null
    const doc = await payload.findByID({
      collection: collection as CollectionSlug,
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user,
      disableErrors: true,
    })
    return (doc as unknown as Doc | null) ?? null
  } catch {
    return null
  }
}

/** The preview's folders: never below `releases/` or `current`, which the public server serves. */
export const previewsDir = (dataDir: string) => path.join(dataDir, 'previews')

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex')

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch {
    return null
  }
}

/** The render workers of previews, one per renderer build (apart from the publish pipeline's, so a preview never waits for a release). */
const previewWorkers = renderWorkerKeeper()
const workerFor = previewWorkers.workerFor

/** Closes the preview's render worker (tests, shutdown). */
export async function closePreviewWorkers(): Promise<void> {
  await previewWorkers.closeAll()
}

/** zod messages in German, as the export words them. */
const germanErrors = z.locales.de().localeError

/** The site pages of a document's public record (and, for a service, its texts in Leichte Sprache). */
function pagesOf(collection: PreviewCollection, item: Record<string, unknown>, snapshot: SnapshotLists): string[] {
  const slug = String(item.slug ?? '')
  switch (collection) {
    case 'services':
      return [
        urls.service(slug),
        ...snapshot.easyLanguageText
          .filter((text) => String(text.service ?? '') === String(item.id))
          .map((text) => urls.easyLanguageText(String(text.slug))),
      ]
    case 'easy-language-texts':
      return [urls.easyLanguageText(slug)]
    case 'contact-persons':
      return [urls.contacts()]
    case 'locations':
      return [urls.location(slug)]
    case 'video-tutorials':
      return [urls.video(slug)]
    case 'pages':
      return [pageUrl(item as Parameters<typeof pageUrl>[0])]
  }
}

type SnapshotLists = Record<PublicType, Array<Record<string, unknown>>>

const fileOf = (sitePath: string) => (sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath).replace(/^\/+/, '')

/** Maps the document with the export's mapping and validates it; throws PreviewProblem in German. */
async function mapDraft(
  payload: Payload,
  collection: PreviewCollection,
  doc: Doc,
  liveSnapshot: string,
): Promise<Record<string, unknown>> {
  const state = await readExportState(liveSnapshot)
  if (!state)
    throw new PreviewProblem([
      'Die Vorschau ist erst nach der nächsten Veröffentlichung möglich (der Stand der Website ist unvollständig).',
    ])
  const id = String(doc.id)
  const published = Object.fromEntries(
    publicTypes.map((type) => {
      const c = collectionOf[type]
      const ids = new Set(Object.keys(state.docs[c] ?? {}))
      if (c === collection) ids.add(id)
      return [c, ids]
    }),
  ) as unknown as MapContext['published']
  const reverse = (c: 'services' | 'contact-persons'): ReverseEntry[] => {
    const entries = Object.entries(state.docs[c] ?? {})
      .filter(([other]) => !(c === collection && other === id))
      .map(([other, s]) => ({ id: other, slug: s.s ?? '', at: s.at ?? [] }))
    if (c === collection) entries.push({ id, slug: String(doc.slug ?? ''), at: locationRefs(c, doc) })
    return entries
  }
  const ctx: MapContext = {
    published,
    media: new Map(),
    ...reverseLists(reverse('services'), reverse('contact-persons')),
  }
  const mapper = mappers[collection] as (doc: Doc, ctx: MapContext) => unknown
  // The images the record embeds: found by mapping once without them (the lookups are recorded), then read.
  const tracker = trackLookups(ctx)
  let deps: string[] = []
  try {
    ;[, deps] = tracker.record(() => mapper(doc, tracker.ctx))
  } catch {
    // Mapped again below, where the error is reported.
  }
  const mediaIds = deps.filter((key) => key.startsWith('media:')).map((key) => key.slice(6))
  const media = mediaIds.length
    ? (
        await payload.find({
          collection: 'media',
          where: { id: { in: mediaIds } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
      ).docs
    : []
  let mapped: unknown
  try {
    mapped = mapper(doc, { ...ctx, media: new Map(media.map((m: CmsMedia) => [String(m.id), m])) })
  } catch (error) {
    throw new PreviewProblem([error instanceof Error ? error.message : String(error)])
  }
  const result = schemas[previewTypes[collection]].safeParse(mapped, { error: germanErrors })
  if (!result.success)
    throw new PreviewProblem(
      result.error.issues.map(
        (issue) => `${issue.path.length ? issue.path.map(String).join('.') : '(Eintrag)'}: ${issue.message}`,
      ),
    )
  return result.data as Record<string, unknown>
}

const building = new Map<string, Promise<PreviewBuild>>()

export interface PreviewOptions {
  payload: Payload
  collection: PreviewCollection
  /** The document's newest version, as readLatest returned it for the user. */
  doc: Doc
  dataDir?: string
  root?: string
}

/** The preview's key: the document's version, the live release and the site's code. */
async function previewKey(collection: string, doc: Doc, live: string, root: string): Promise<string> {
  const code = await siteCodeHash(root)
  return `${collection}-${String(doc.id)}-${sha1(JSON.stringify([String(doc.updatedAt ?? ''), live, code, sha1(JSON.stringify(doc))])).slice(0, 16)}`
}

/**
 * Builds (or finds already built) the preview of a document's newest
 * version: its page(s) rendered from the live snapshot with the draft in
 * place. Throws PreviewProblem (German) when no release is live or the draft
 * does not fit the public shape. Touches no release and not `current`.
 */
export async function buildPreview({
  payload,
  collection,
  doc,
  dataDir = defaultDataDir(),
  root = repositoryRoot(),
}: PreviewOptions): Promise<PreviewBuild> {
  const live = await currentRelease(dataDir)
  if (!live)
    throw new PreviewProblem([
      'Es ist noch keine Fassung der Website veröffentlicht. Die Vorschau ist nach der ersten Veröffentlichung möglich.',
    ])
  const key = await previewKey(collection, doc, live, root)
  const dir = path.join(previewsDir(dataDir), key)
  const done = await readJson<PreviewBuild>(path.join(dir, 'preview.json'))
  if (done) return done
  let running = building.get(key)
  if (!running) {
    running = build({ payload, collection, doc, dataDir, root, live, key, dir }).finally(() => building.delete(key))
    building.set(key, running)
  }
  return running
}

async function build({
  payload,
  collection,
  doc,
  dataDir,
  root,
  live,
  key,
  dir,
}: Required<PreviewOptions> & { live: string; key: string; dir: string }): Promise<PreviewBuild> {
  const started = performance.now()
  const liveSnapshot = path.join(dataDir, 'snapshots', live)
  const liveState = path.join(dataDir, 'render-state', `${live}.json`)
  if (!existsSync(liveSnapshot) || !existsSync(liveState))
    throw new PreviewProblem([
      'Die Vorschau ist erst nach der nächsten Veröffentlichung möglich (der Stand der Website ist unvollständig).',
    ])
  const item = await mapDraft(payload, collection, doc, liveSnapshot)

  // The live snapshot with the draft's record in place.
  const lists = Object.fromEntries(
    await Promise.all(
      publicTypes.map(async (type) => [
        type,
        JSON.parse(await readFile(path.join(liveSnapshot, `${type}.json`), 'utf8')) as Array<Record<string, unknown>>,
      ]),
    ),
  ) as SnapshotLists
  const type = previewTypes[collection]
  const others = lists[type].filter((other) => other.id !== item.id)
  if (others.some((other) => other.slug === item.slug))
    throw new PreviewProblem([`slug: Die Kurzadresse „${String(item.slug)}“ ist schon vergeben.`])
  lists[type] = [...others, item].sort((a, b) =>
    a.slug === b.slug ? (String(a.id) < String(b.id) ? -1 : 1) : String(a.slug) < String(b.slug) ? -1 : 1,
  )
  const temporary = `${dir}.tmp-${process.pid}-${Date.now()}`
  await rm(temporary, { recursive: true, force: true })
  try {
    // A folder name of its own per build: the render worker keeps snapshots in memory by folder.
    const snapshotDir = path.join(temporary, 'snapshot')
    await writeSnapshot(lists as Parameters<typeof writeSnapshot>[0], snapshotDir)
    const pages = pagesOf(collection, item, lists)
    const wanted = new Set(pages)
    // Only the document's pages are rendered: every other page of the live release counts as unaffected.
    const state = JSON.parse(await readFile(liveState, 'utf8')) as {
      outputs: Record<string, { deps: string[]; hash: string }>
    }
    for (const output of Object.keys(state.outputs))
      if (wanted.has(output)) delete state.outputs[output]
      else state.outputs[output] = { ...state.outputs[output], deps: [] }
    const previousState = path.join(temporary, 'live-state.json')
    await writeFile(previousState, JSON.stringify(state))
    const code = await siteCodeHash(root)
    const rendererDir = await buildRenderer(root, code)
    const out = path.join(temporary, 'out')
    await mkdir(out, { recursive: true })
    await workerFor(root, rendererDir).render({
      snapshotDir,
      previous: { snapshotDir: liveSnapshot, stateFile: previousState },
      outDir: out,
      siteUrl: publicSiteUrl(),
      stateFile: path.join(temporary, 'render-state.json'),
    })
    const found: PreviewPage[] = []
    for (const page of pages)
      if (existsSync(path.join(out, fileOf(page)))) found.push({ path: page, file: fileOf(page) })
    if (!found.length) throw new PreviewProblem(['Für diesen Inhalt zeigt die Website keine eigene Seite.'])
    const result: PreviewBuild = {
      key,
      dir,
      release: live,
      pages: found,
      ms: Math.round(performance.now() - started),
      version: String(doc.updatedAt ?? ''),
    }
    await writeFile(path.join(temporary, 'preview.json'), JSON.stringify(result))
    await rm(dir, { recursive: true, force: true })
    await rename(temporary, dir)
    await prunePreviews(dataDir)
    return result
  } catch (error) {
    await rm(temporary, { recursive: true, force: true })
    throw error
  }
}

/** How many previews are kept on disk (the newest; each holds a snapshot and a few pages). */
const KEEP_PREVIEWS = 30

async function prunePreviews(dataDir: string): Promise<void> {
  const base = previewsDir(dataDir)
  const entries = await readdir(base).catch(() => [] as string[])
  const dated = await Promise.all(
    entries.map(async (name) => ({ name, at: (await stat(path.join(base, name)).catch(() => null))?.mtimeMs ?? 0 })),
  )
  const finished = dated.filter((entry) => !entry.name.includes('.tmp-')).sort((a, b) => b.at - a.at)
  for (const { name } of finished.slice(KEEP_PREVIEWS))
    if (!building.has(name)) await rm(path.join(base, name), { recursive: true, force: true })
}

/** The folders a preview's files come from, in order: its own pages, the renderer's assets, the live release. */
export async function previewRoots(build: PreviewBuild, dataDir = defaultDataDir(), root = repositoryRoot()) {
  const code = await siteCodeHash(root)
  const rendererClient = path.join(root, 'node_modules', '.cache', 'lotse-renderer', code, 'client')
  return [path.join(build.dir, 'out'), rendererClient, path.join(releasesDir(dataDir), build.release)]
}

const checking = new Map<string, Promise<PreviewChecks>>()

/** The checks' result so far: done (from disk), running (started now if not yet). */
export async function previewChecks(
  req: PayloadRequest,
  collection: PreviewCollection,
  doc: Doc,
  build: PreviewBuild,
  { dataDir = defaultDataDir(), root = repositoryRoot() }: { dataDir?: string; root?: string } = {},
): Promise<PreviewChecks> {
  const file = path.join(build.dir, 'checks.json')
  const done = await readJson<PreviewChecks>(file)
  if (done) return done
  if (!checking.has(build.key)) {
    const run = runChecks(req, collection, doc, build, dataDir, root)
      .then(async (result) => {
        await writeFile(file, JSON.stringify(result)).catch(() => {})
        return result
      })
      .finally(() => checking.delete(build.key))
    checking.set(build.key, run)
  }
  return {
    status: 'running',
    a11y: null,
    links: null,
    easyLanguage: easyLanguageOf(collection, doc, null),
    warnings: [],
  }
}

/** Waits for the checks of a preview (tests). */
export async function previewChecksDone(
  req: PayloadRequest,
  collection: PreviewCollection,
  doc: Doc,
  build: PreviewBuild,
  options: { dataDir?: string; root?: string } = {},
): Promise<PreviewChecks> {
  const first = await previewChecks(req, collection, doc, build, options)
  if (first.status === 'done') return first
  return (await checking.get(build.key)) ?? previewChecks(req, collection, doc, build, options)
}

function easyLanguageOf(
  collection: PreviewCollection,
  doc: Doc,
  wordbook: { glossary: string[]; foreignWords: Record<string, string> } | null,
): PreviewChecks['easyLanguage'] {
  if (collection !== 'easy-language-texts') return null
  const text = typeof doc.text === 'string' ? doc.text : ''
  const { errors, warnings } = checkEasyLanguage(text, {
    glossary: [...ownGlossaryTerms(doc.glossary), ...(wordbook?.glossary ?? [])],
    foreignWords: wordbook?.foreignWords ?? {},
    overrides: Array.isArray(doc.overrides) ? doc.overrides : [],
  })
  return [...errors, ...warnings].map(({ rule, severity, message, excerpt, line, suggestion }) => ({
    rule,
    severity,
    message,
    excerpt,
    line,
    ...(suggestion ? { suggestion } : {}),
  }))
}

/**
 * The release's checks on the preview's pages: a copy of the live release
 * (hard links, as a release is made) with the preview pages in place, the
 * link check and the accessibility gate on those pages; removed afterwards.
 * pa11y takes a few seconds per page on a loaded machine, which is why the
 * view shows the page first and the findings when they are ready.
 */
async function runChecks(
  req: PayloadRequest,
  collection: PreviewCollection,
  doc: Doc,
  build: PreviewBuild,
  dataDir: string,
  root: string,
): Promise<PreviewChecks> {
  const started = performance.now()
  const wordbook = collection === 'easy-language-texts' ? await publishedWordbook(req).catch(() => null) : null
  const easyLanguage = easyLanguageOf(collection, doc, wordbook)
  const liveDir = path.join(releasesDir(dataDir), build.release)
  const site = path.join(build.dir, 'site')
  const pages = build.pages.map((page) => page.path)
  try {
    await rm(site, { recursive: true, force: true })
    const own = new Set(build.pages.map((page) => page.file))
    const files = (await listFiles(liveDir)).filter((file) => !own.has(file))
    for (const folder of new Set([...files, ...own].map((file) => path.dirname(file))))
      await mkdir(path.join(site, folder), { recursive: true })
    await mapLimit(files, 32, (file) => link(path.join(liveDir, file), path.join(site, file)))
    for (const file of own) await link(path.join(build.dir, 'out', file), path.join(site, file))
    const { checkLinks } = await import('./links.ts')
    const { runGate } = await import('./gate.ts')
    const liveLinks = await readJson<Record<string, { ids: string[]; targets: string[] }>>(
      path.join(dataDir, 'render-state', `${build.release}.links.json`),
    )
    const links = await checkLinks({
      dir: site,
      siteUrl: publicSiteUrl(),
      scope: liveLinks ? { previous: liveLinks, changed: [...own], removed: [] } : undefined,
    }).then(
      (result) => ({ findings: [] as Finding[], warnings: result.warnings }),
      (error: unknown) => {
        if (error instanceof ChecksFailed) return { findings: error.report.findings, warnings: error.report.warnings }
        throw error
      },
    )
    const gate = await runGate({ dir: site, liveDir, root, mode: 'changed', changed: pages }).then(
      (result) => ({ findings: [] as Finding[], warnings: result.warnings }),
      (error: unknown) => {
        if (error instanceof ChecksFailed) return { findings: error.report.findings, warnings: error.report.warnings }
        throw error
      },
    )
    return {
      status: 'done',
      a11y: gate.findings,
      links: links.findings,
      easyLanguage,
      warnings: [...gate.warnings, ...links.warnings],
      ms: Math.round(performance.now() - started),
    }
  } catch (error) {
    return {
      status: 'done',
      a11y: null,
      links: null,
      easyLanguage,
      warnings: [],
      error: `Die Prüfungen konnten nicht ausgeführt werden: ${error instanceof Error ? error.message : String(error)}`,
    }
  } finally {
    await rm(site, { recursive: true, force: true })
  }
}

/** The file types the preview's assets endpoint answers with (no HTML: pages are shown in the frame only). */
export const previewAssetTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.woff2': 'font/woff2',
}

/** The address of a preview's asset (the endpoint checks the user's access to the document on every request). */
export function previewAssetUrl(
  collection: PreviewCollection,
  id: string,
  sitePath: string,
  apiRoute = '/api',
): string {
  const query = new URLSearchParams({ collection, id, pfad: sitePath })
  return `${apiRoute}/vorschau/datei?${query}`
}

/**
 * A rendered page made fit for the admin's frame (`srcdoc`, under the
 * admin's Content-Security-Policy): its scripts removed (the frame runs
 * none; the page shows as without JavaScript; JSON-LD stays, it is data), its
 * stylesheets, images and media loaded through the preview's endpoint, its
 * links opening the public site in a new tab. Through htmlparser2's document
 * tree, as the link check reads pages (links.ts), and serialized back with
 * dom-serializer.
 */
export function framePage(html: string, collection: PreviewCollection, id: string, siteUrl = publicSiteUrl()): string {
  const origin = new URL(siteUrl).origin
  const local = (value: string) => value.startsWith('/') && !value.startsWith('//')
  const asset = (value: string) => previewAssetUrl(collection, id, value)
  const document = parseDocument(html)
  for (const element of DomUtils.findAll(() => true, document.children)) {
    const attributes = element.attribs
    if (element.name === 'script' && attributes.type !== 'application/ld+json') {
      DomUtils.removeElement(element)
      continue
    }
    if (element.name === 'a' && attributes.href && local(attributes.href)) {
      attributes.href = origin + attributes.href
      attributes.target = '_blank'
      attributes.rel = 'noopener'
    }
    if (element.name === 'link' && attributes.href && local(attributes.href)) attributes.href = asset(attributes.href)
    for (const name of ['src', 'poster'])
      if (attributes[name] && local(attributes[name])) attributes[name] = asset(attributes[name])
    if (attributes.srcset)
      attributes.srcset = attributes.srcset
        .split(',')
        .map((part) => {
          const [url, ...rest] = part.trim().split(/\s+/)
          return [local(url) ? asset(url) : url, ...rest].join(' ')
        })
        .join(', ')
  }
  // UTF-8 as the page is (no entities for umlauts); only what HTML needs escaped is.
  return render(document, { encodeEntities: 'utf8' })
}
