import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Parser } from 'htmlparser2'
import { ChecksFailed, issueCount, pagePath, type CheckReport, type Finding, type Issue } from './findings.ts'
import { listFiles, mapLimit } from './site-files.ts'

export interface LinkCheckOptions {
  /** The release folder to check. */
  dir: string
  /** The public address of the site (`SITE_URL`): absolute links to it count as internal. */
  siteUrl?: string
}

/** Attributes that point at another resource, by element. */
const linkAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  input: ['src'],
}

interface Reference {
  tag: string
  attribute: string
  value: string
  /** A link's (`a href`) visible text, whitespace collapsed: to quote it in a finding. */
  text?: string
}

interface ParsedPage {
  ids: Set<string>
  references: Reference[]
}

/** Elements whose contents are not part of the page: the links in them are none (JSON-LD holds URLs too). */
const inert = new Set(['template'])

/**
 * The ids and outgoing references of an HTML page, from htmlparser2's
 * tokenizer (no DOM: fast enough for thousands of pages). It reads HTML as a
 * browser does where the hand-written tokenizer it replaced did not:
 * attributes without whitespace between them, text in title and textarea
 * (no tags there), entities decoded by the HTML table, the first of two equal
 * attributes. Comments and the contents of script, style and template
 * elements hold no references.
 */
export function parseHtml(html: string): ParsedPage {
  const ids = new Set<string>()
  const references: Reference[] = []
  let inertDepth = 0
  // The open links whose text is being read (an `a` inside an `a` is invalid HTML, but seen).
  const openLinks: Reference[] = []
  const parser = new Parser({
    onopentag(name, attributes) {
      if (inertDepth) {
        if (inert.has(name)) inertDepth++
        return
      }
      if (inert.has(name)) inertDepth = 1
      if (name === 'a' && 'href' in attributes) {
        const link: Reference = { tag: 'a', attribute: 'href', value: attributes.href.trim(), text: '' }
        references.push(link)
        openLinks.push(link)
      }
      if (name === 'img' && openLinks.length && attributes.alt)
        for (const link of openLinks) link.text += ` ${attributes.alt} `
      const wanted = linkAttributes[name]
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute === 'id' || (attribute === 'name' && name === 'a')) {
          if (value) ids.add(value)
        } else if (name === 'a' && attribute === 'href') {
          continue // pushed above, with its text
        } else if (wanted?.includes(attribute)) {
          if (attribute === 'srcset')
            for (const candidate of value.split(',')) {
              const url = candidate.trim().split(/\s+/)[0]
              if (url) references.push({ tag: name, attribute, value: url })
            }
          else references.push({ tag: name, attribute, value: value.trim() })
        }
      }
    },
    ontext(data) {
      if (!inertDepth) for (const link of openLinks) link.text += data
    },
    onclosetag(name) {
      if (inertDepth && inert.has(name)) inertDepth--
      if (name === 'a' && !inertDepth) {
        const link = openLinks.pop()
        if (link) link.text = link.text!.replace(/\s+/g, ' ').trim()
      }
    },
  })
  parser.end(html)
  for (const link of openLinks) link.text = link.text!.replace(/\s+/g, ' ').trim()
  return { ids, references }
}

/** The addresses a sitemap lists (its `loc` elements; CDATA sections included). */
export function sitemapLocations(xml: string): string[] {
  const locations: string[] = []
  let text: string | null = null
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'loc') text = ''
      },
      ontext(data) {
        if (text !== null) text += data
      },
      onclosetag(name) {
        if (name === 'loc' && text !== null) locations.push(text.trim())
        if (name === 'loc') text = null
      },
    },
    { xmlMode: true, recognizeCDATA: true },
  )
  parser.end(xml)
  return locations
}

/** Where an internal reference points: the release file and the fragment; null for external and non-http links. */
export function resolveReference(
  value: string,
  fromPage: string,
  origin: string,
): { file: string; target: string; fragment: string; invalid?: true } | null {
  if (!value || /^(mailto|tel|sms|javascript|data|blob|about):/i.test(value)) return null
  let url: URL
  try {
    url = new URL(value, origin + fromPage)
  } catch {
    return { file: '', target: value, fragment: '', invalid: true }
  }
  if (url.origin !== origin) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return { file: '', target: url.pathname, fragment: '', invalid: true }
  }
  const file = (pathname.endsWith('/') ? `${pathname}index.html` : pathname).replace(/^\/+/, '')
  let fragment = ''
  try {
    fragment = decodeURIComponent(url.hash.slice(1))
  } catch {
    fragment = url.hash.slice(1)
  }
  return { file, target: url.pathname, fragment }
}

const cssString = (value: string) => value.replace(/["\\]/g, '\\$&')
const escapeHtml = (value: string) =>
  value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/**
 * What the link check keeps of each page of a release, to check the next
 * release incrementally: the ids on the page (fragment targets) and the
 * release files it points at.
 */
export type LinkIndex = Record<string, { ids: string[]; targets: string[] }>

export interface LinkCheckScope {
  /** The index of the live release. */
  previous: LinkIndex
  /** HTML files (release paths) new or changed since the live release. */
  changed: string[]
  /** Files of the live release that this release no longer has. */
  removed: string[]
}

export interface LinkCheckResult extends CheckReport {
  index: LinkIndex
  /** HTML pages checked. */
  checked: number
}

/**
 * Checks that every internal link and embedded resource of a release (in its
 * HTML files and in sitemap.xml) resolves to a file of the release: throws
 * `ChecksFailed` with the broken ones per page. A fragment that names no id on
 * its target page is reported as a warning. External addresses are not
 * checked (no network during a build).
 *
 * With a `scope` only the changed pages are read and checked, plus the
 * unchanged pages that point at a removed file; everything else is known from
 * the live release's index. Returns the release's index for the next one.
 */
export async function checkLinks({
  dir,
  siteUrl = 'http://localhost:4321',
  scope,
}: LinkCheckOptions & { scope?: LinkCheckScope }): Promise<LinkCheckResult> {
  // A private origin for resolving; absolute links to the public address are rewritten to it.
  const origin = 'http://release.invalid'
  let publicOrigin: string | null = null
  try {
    publicOrigin = new URL(siteUrl).origin
  } catch {
    publicOrigin = null
  }
  const toInternal = (value: string) =>
    publicOrigin && (value.startsWith(`${publicOrigin}/`) || value === publicOrigin)
      ? value.slice(publicOrigin.length) || '/'
      : value
  // Most links are root-relative and repeat on every page (navigation, footer): resolve each once.
  const cache = new Map<string, ReturnType<typeof resolveReference>>()
  const resolve = (value: string, page: string): ReturnType<typeof resolveReference> => {
    const key = value.startsWith('/') && !value.startsWith('//') ? value : `${page}\n${value}`
    let result = cache.get(key)
    if (result === undefined) cache.set(key, (result = resolveReference(toInternal(value), page, origin)))
    return result
  }
  const files = await listFiles(dir)
  const exists = new Set(files)
  const html = files.filter((f) => f.endsWith('.html'))

  const index: LinkIndex = {}
  let toCheck: string[]
  if (scope) {
    const changed = new Set(scope.changed)
    const gone = new Set(scope.removed)
    for (const file of html) if (!changed.has(file) && scope.previous[file]) index[file] = scope.previous[file]
    // Unchanged pages that point at a file that is gone, and pages the index does not know.
    const pointingAtGone = html.filter(
      (file) => !changed.has(file) && (!index[file] || index[file].targets.some((target) => gone.has(target))),
    )
    toCheck = [...new Set([...scope.changed.filter((file) => exists.has(file)), ...pointingAtGone])]
  } else toCheck = html
  const parsed = new Map<string, ParsedPage>()
  await mapLimit(toCheck, 16, async (file) => {
    parsed.set(file, parseHtml(await readFile(path.join(dir, file), 'utf8')))
  })

  const findings: Finding[] = []
  // A missing fragment target still opens the right page: a warning, not a failure (as in Docusaurus).
  const missingFragments: string[] = []
  const idsOf = (target: string): ReadonlySet<string> | undefined => {
    const page = parsed.get(target)
    if (page) return page.ids
    const known = index[target]
    return known ? new Set(known.ids) : undefined
  }
  for (const file of toCheck) {
    const page = pagePath(file)
    const seen = new Set<string>()
    const issues: Issue[] = []
    const targets = new Set<string>()
    const { references, ids } = parsed.get(file)!
    for (const { tag, attribute, value, text } of references) {
      const resolved = resolve(value, page)
      if (!resolved) continue
      const selector = `${tag}[${attribute}="${cssString(value)}"]`
      if (seen.has(selector)) continue
      seen.add(selector)
      const kind = tag === 'a' || tag === 'area' ? 'Link' : 'Verweis'
      // The link as the page has it, like pa11y's context: the refusal quotes its text (explain.ts).
      const context = text === undefined ? {} : { context: `<a href="${escapeHtml(value)}">${escapeHtml(text)}</a>` }
      if (resolved.invalid) {
        issues.push({
          code: 'broken-link',
          message: `${kind} auf ${value} ist keine gültige Adresse`,
          selector,
          ...context,
        })
        continue
      }
      let target = resolved.file
      if (!exists.has(target) && exists.has(`${target}/index.html`)) target = `${target}/index.html`
      targets.add(target)
      if (!exists.has(target)) {
        issues.push({
          code: 'broken-link',
          message: `${kind} auf ${resolved.target} führt ins Leere`,
          selector,
          ...context,
        })
        continue
      }
      const fragment = resolved.fragment
      if (fragment && !fragment.startsWith(':~:') && target.endsWith('.html')) {
        const targetIds = idsOf(target)
        if (targetIds && !targetIds.has(fragment) && fragment !== 'top')
          missingFragments.push(`${page} → ${resolved.target}#${fragment}`)
      }
    }
    index[file] = { ids: [...ids], targets: [...targets] }
    if (issues.length) findings.push({ page, issues })
  }

  if (exists.has('sitemap.xml') && (!scope || scope.changed.includes('sitemap.xml') || scope.removed.length)) {
    const xml = await readFile(path.join(dir, 'sitemap.xml'), 'utf8')
    const issues: Issue[] = []
    for (const loc of sitemapLocations(xml)) {
      const resolved = resolve(loc, '/')
      const selector = `loc:contains("${cssString(loc)}")`
      if (!resolved) {
        issues.push({
          code: 'foreign-sitemap-entry',
          message: `Die Sitemap nennt ${loc}, eine Adresse außerhalb der Website (${siteUrl})`,
          selector,
        })
        continue
      }
      const target = resolved.file
      if (resolved.invalid || (!exists.has(target) && !exists.has(`${target}/index.html`)))
        issues.push({ code: 'broken-link', message: `Sitemap-Eintrag ${resolved.target} führt ins Leere`, selector })
    }
    if (issues.length) findings.push({ page: '/sitemap.xml', issues })
  }

  const warnings = missingFragments.length
    ? [
        `${missingFragments.length} ${missingFragments.length === 1 ? 'Link führt' : 'Links führen'} auf eine Sprungmarke, die es auf der Zielseite nicht gibt (die Seite öffnet sich, springt aber nicht an die Stelle): ${missingFragments.slice(0, 10).join('; ')}${missingFragments.length > 10 ? '; …' : ''}`,
      ]
    : []
  const report: CheckReport = { findings, warnings }
  if (findings.length) {
    const n = issueCount(findings)
    throw new ChecksFailed(
      `${n} broken internal link${n === 1 ? '' : 's'} on ${findings.length} page${findings.length === 1 ? '' : 's'}: ${findings
        .slice(0, 5)
        .map((f) => f.page)
        .join(', ')}${findings.length > 5 ? ', …' : ''}`,
      report,
    )
  }
  return { ...report, index, checked: toCheck.length }
}
