/**
 * The findings of a refused publish in the editor's terms: which field of the
 * document holds the offending text or link (its German label, rich text
 * included), the text quoted, and what to do, per rule of the checkers (axe,
 * HTML_CodeSniffer, the link check). The checker's own English message stays
 * as a detail.
 */
import { Parser } from 'htmlparser2'
import type { Field } from 'payload'
import type { Finding, Issue } from './findings.ts'

export interface ExplainedFinding {
  page: string
  code: string
  /** The German label of the field that holds the element ("Beschreibung", "Kontakt › Hinweis"), if found. */
  field: string | null
  /** What the element shows or points at, for quoting. */
  quote: string
  /** The German sentence for the editor: where, what, what to do. */
  text: string
  /** The checker's own message (English for pa11y), for the technical detail. */
  detail: string
}

interface Element {
  tag: string
  href?: string
  src?: string
  alt?: string
  text: string
}

/**
 * The element an issue is about, from the HTML snippet the checker quotes
 * (or the link check's selector): its tag, link, source and alternative text
 * from its opening tag, and the text of the whole snippet. Parsed with
 * htmlparser2 (entities decoded by the HTML table, any attribute quoting).
 */
export function elementOf(issue: Issue): Element {
  const first: { opening?: { name: string; attributes: Record<string, string> } } = {}
  let text = ''
  const parser = new Parser({
    onopentag(name, attributes) {
      first.opening ??= { name, attributes }
      text += ' '
    },
    ontext(data) {
      text += data
    },
    onclosetag() {
      text += ' '
    },
  })
  parser.end(issue.context ?? '')
  const { opening } = first
  const tag = (opening?.name ?? /^([a-z][a-z0-9-]*)/i.exec(issue.selector)?.[1] ?? '').toLowerCase()
  const fromSelector = /\[href="([^"]*)"\]/.exec(issue.selector)?.[1]
  return {
    tag,
    href: opening?.attributes.href ?? fromSelector,
    src: opening?.attributes.src,
    alt: opening?.attributes.alt,
    text: text.replace(/\s+/g, ' ').trim(),
  }
}

interface Rule {
  test: RegExp
  /** What is wrong, with the quoted element (and the element, for its address). */
  what: (quote: string, element: Element) => string
  todo: string
}

/** The German instruction per rule (axe rule ids, HTML_CodeSniffer technique codes, the link check's code). */
const rules: Rule[] = [
  {
    test: /^broken-link$/,
    // The link check quotes the link's text (links.ts); the address says which page is missing.
    what: (q, element) =>
      `Der Link ${q}${element.text && element.href ? ` (Adresse ${quoted(element.href)})` : ''} führt zu keiner Seite der Website.`,
    todo: 'Bitte korrigieren Sie die Adresse oder entfernen Sie den Link (oder veröffentlichen Sie den verlinkten Inhalt).',
  },
  {
    test: /link-name|H30|H91\.A\.(Empty|NoContent|EmptyNoId|EmptyWithName)|F89/,
    what: (q) => `Der Link ${q} hat keinen lesbaren Linktext.`,
    todo: 'Bitte geben Sie dem Link einen Text, der sagt, wohin er führt (zum Beispiel „Antrag als PDF“), oder entfernen Sie den leeren Link.',
  },
  {
    test: /image-alt|input-image-alt|role-img-alt|H37|H36|F65/,
    what: (q) => `Das Bild ${q} hat keinen Alternativtext.`,
    todo: 'Bitte tragen Sie beim Bild einen Alternativtext ein, der sagt, was es zeigt.',
  },
  {
    test: /empty-heading|H42\.2/,
    what: (q) => `Eine Überschrift ist leer${q ? ` (${q})` : ''}.`,
    todo: 'Bitte geben Sie der Überschrift einen Text oder entfernen Sie sie.',
  },
  {
    test: /heading-order|page-has-heading-one|G141/,
    what: (q) => `Die Überschrift ${q} überspringt eine Ebene.`,
    todo: 'Bitte verwenden Sie die Überschriftenebenen der Reihe nach (nach „Überschrift 2“ folgt „Überschrift 3“, nicht „Überschrift 4“).',
  },
  {
    test: /duplicate-id|F77/,
    what: (q) => `Eine Kennung (ID) kommt doppelt vor${q ? ` (${q})` : ''}.`,
    todo: 'Bitte entfernen Sie den doppelten Sprungmarken-Anker oder geben Sie ihm einen anderen Namen.',
  },
  {
    test: /color-contrast|G18|G145/,
    what: (q) => `Der Text ${q} hat zu wenig Kontrast zum Hintergrund.`,
    todo: 'Bitte entfernen Sie die eigene Farbgebung des Textes; die Farben der Website sind geprüft.',
  },
  {
    test: /frame-title|H64/,
    what: (q) => `Ein eingebetteter Inhalt ${q} hat keinen Titel.`,
    todo: 'Bitte geben Sie dem eingebetteten Inhalt einen Titel, der sagt, was er zeigt.',
  },
  {
    test: /^list$|^listitem$|H48/,
    what: (q) => `Eine Liste ${q} ist nicht richtig aufgebaut.`,
    todo: 'Bitte legen Sie die Aufzählung mit der Listenfunktion des Editors neu an.',
  },
  {
    test: /th-has-data-cells|td-headers-attr|H43|H63/,
    what: (q) => `Eine Tabelle ${q} hat keine zugeordneten Kopfzellen.`,
    todo: 'Bitte legen Sie für die Tabelle eine Kopfzeile an.',
  },
]

const fallback: Rule = {
  test: /./,
  what: (q) => `Das Element ${q} ist nicht barrierefrei.`,
  todo: 'Bitte ändern oder entfernen Sie diese Stelle. Wenn Sie nicht wissen, was zu tun ist, wenden Sie sich an die technische Betreuung und nennen Sie den technischen Hinweis unten.',
}

const quoted = (text: string, max = 120) => `„${text.length > max ? `${text.slice(0, max - 1)}…` : text}“`

/** The quote for an element: its text, or for a link without text its address, for an image its file. */
function quoteOf(element: Element): string {
  if (element.text) return quoted(element.text)
  if (element.href) return quoted(element.href)
  if (element.src) return quoted(element.src.split('/').pop() ?? element.src)
  return ''
}

type Label = unknown

function labelText(label: Label, name: string): string {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const byLocale = label as Record<string, unknown>
    const text = byLocale.de ?? Object.values(byLocale)[0]
    if (typeof text === 'string') return text
  }
  return name
}

/** Whether a Lexical rich-text value holds a link to `href` or the text `text`. */
function inRichText(node: unknown, element: Element): boolean {
  if (!node || typeof node !== 'object') return false
  const n = node as { type?: string; text?: string; fields?: { url?: string }; url?: string; children?: unknown[] }
  if ((n.type === 'link' || n.type === 'autolink') && element.href) {
    const url = n.fields?.url ?? n.url
    if (url && sameAddress(url, element.href)) return true
  }
  if (typeof n.text === 'string' && element.text && n.text.includes(element.text)) return true
  const children = (n as { root?: unknown }).root ? [(n as { root: unknown }).root] : (n.children ?? [])
  return children.some((child) => inRichText(child, element))
}

/** The site writes some addresses relative to itself: compare without the origin. */
function sameAddress(a: string, b: string): boolean {
  const strip = (url: string) => url.replace(/^https?:\/\/[^/]+/i, '').replace(/\/$/, '') || '/'
  return a === b || strip(a) === strip(b)
}

function inText(value: unknown, element: Element): boolean {
  if (typeof value !== 'string') return false
  if (element.text && value.includes(element.text)) return true
  return Boolean(element.href && value.includes(element.href))
}

/** The label path of the first field holding the element, or null. */
export function findField(fields: Field[], data: unknown, element: Element, path: string[] = []): string | null {
  if (!data || typeof data !== 'object') return null
  const record = data as Record<string, unknown>
  for (const field of fields) {
    const f = field as Field & { name?: string; label?: Label; fields?: Field[]; tabs?: unknown[]; blocks?: unknown[] }
    if (f.type === 'tabs') {
      for (const tab of (f.tabs ?? []) as Array<{ name?: string; label?: Label; fields: Field[] }>) {
        const inner = tab.name ? record[tab.name] : record
        const found = findField(tab.fields, inner, element, tab.name ? [...path, labelText(tab.label, tab.name)] : path)
        if (found) return found
      }
      continue
    }
    if (!f.name) {
      // row, collapsible: their fields sit on this level
      if (f.fields) {
        const found = findField(f.fields, record, element, path)
        if (found) return found
      }
      continue
    }
    const value = record[f.name]
    const here = [...path, labelText(f.label, f.name)]
    if (f.type === 'richText' && inRichText(value, element)) return here.join(' › ')
    if ((f.type === 'text' || f.type === 'textarea' || f.type === 'email') && inText(value, element))
      return here.join(' › ')
    if (f.type === 'group' && f.fields) {
      const found = findField(f.fields, value, element, here)
      if (found) return found
    }
    if (f.type === 'array' && f.fields && Array.isArray(value))
      for (const row of value) {
        const found = findField(f.fields, row, element, here)
        if (found) return found
      }
    if (f.type === 'blocks' && Array.isArray(value))
      for (const row of value as Array<{ blockType?: string }>) {
        const block = (f.blocks as Array<{ slug: string; fields: Field[] }> | undefined)?.find(
          (b) => b.slug === row.blockType,
        )
        const found = block ? findField(block.fields, row, element, here) : null
        if (found) return found
      }
  }
  return null
}

/** The findings of a refused document's pages, explained in German. */
export function explainFindings(findings: Finding[], fields: Field[], doc: unknown): ExplainedFinding[] {
  const explained: ExplainedFinding[] = []
  for (const { page, issues } of findings)
    for (const issue of issues) {
      const element = elementOf(issue)
      const rule = rules.find((r) => r.test.test(issue.code)) ?? fallback
      const quote = quoteOf(element)
      // A link is found by its address first: its text may also stand in another field.
      const field =
        (element.href ? findField(fields, doc, { ...element, text: '' }) : null) ?? findField(fields, doc, element)
      const where = field ? `Im Feld „${field}“: ` : `Auf der Seite ${page}: `
      const text = `${where}${rule
        .what(quote, element)
        .replace(/\s+\./, '.')
        .replace(/\s{2,}/g, ' ')} ${rule.todo}`
      // Both engines often report the same element: say it once.
      if (explained.some((e) => e.page === page && e.text === text)) continue
      explained.push({ page, code: issue.code, field, quote, text, detail: `${issue.code}: ${issue.message}` })
    }
  return explained
}
