/**
 * Small transformations of the snapshot's rich-text HTML.
 *
 * The HTML was sanitised by cms/export/richtext.ts: a fixed set of
 * elements without attributes except `href` on links, text escaped. That is
 * what makes these string transformations safe; they only add markup the
 * site owns (heading levels and ids, links for addresses written as text).
 */

const HEADING = /<(\/?)h([1-6])(\s[^>]*)?>/g

/** Moves every heading down by `by` levels (h2 → h3 for by = 1), never below h6. */
export function shiftHeadings(html: string, by: number): string {
  if (by === 0) return html
  return html.replace(HEADING, (_match, close: string, level: string, attrs = '') => {
    const next = Math.min(6, Math.max(1, Number(level) + by))
    return `<${close}h${next}${close ? '' : attrs}>`
  })
}

/** A readable id from a heading text ("Feedback und Kontaktangaben" → "feedback-und-kontaktangaben"). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Text of an HTML fragment without tags, entities decoded for the few that the sanitiser writes. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}

export interface HeadingIdOptions {
  /** Ids already used on the page; new ids are made unique against them. */
  taken?: Set<string>
  /** Gives the first h2 whose text matches `pattern` the id `id` instead of its own. */
  special?: { pattern: RegExp; id: string }
}

/**
 * Gives every h2–h4 an id made from its text, so that sections can be linked
 * (and Pagefind can offer them as sub-results).
 */
export function addHeadingIds(html: string, options: HeadingIdOptions = {}): { html: string; ids: string[] } {
  const taken = options.taken ?? new Set<string>()
  const ids: string[] = []
  let specialDone = false
  const result = html.replace(/<h([2-4])>([\s\S]*?)<\/h\1>/g, (_match, level: string, inner: string) => {
    const text = textOf(inner)
    let id: string
    if (options.special && !specialDone && level === '2' && options.special.pattern.test(text)) {
      id = options.special.id
      specialDone = true
    } else {
      const base = slugify(text) || 'abschnitt'
      id = base
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    }
    taken.add(id)
    ids.push(id)
    return `<h${level} id="${id}">${inner}</h${level}>`
  })
  return { html: result, ids }
}

const URL_OR_EMAIL = /(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]])|([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g

/**
 * Turns web and e-mail addresses written as plain text into links
 * (editors often write "E-Mail: kontakt@…" without making it a link).
 * Text inside existing links is left alone.
 */
export function linkify(html: string): string {
  let insideLink = 0
  return html
    .split(/(<[^>]+>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<a[\s>]/i.test(part)) insideLink++
        else if (/^<\/a>/i.test(part)) insideLink = Math.max(0, insideLink - 1)
        return part
      }
      if (insideLink > 0) return part
      return part.replace(URL_OR_EMAIL, (match: string, url: string | undefined) =>
        url ? `<a href="${match}">${match}</a>` : `<a href="mailto:${match}">${match}</a>`,
      )
    })
    .join('')
}

/**
 * Puts `fragment` (markup the site owns) after the first paragraph that
 * follows the heading with `id`, or right after the heading when no paragraph
 * follows before the next heading; unchanged when there is no such heading.
 */
export function insertAfterHeading(html: string, id: string, fragment: string): string {
  const heading = new RegExp(`<h([2-6])[^>]*\\bid="${id}"[^>]*>[\\s\\S]*?</h\\1>`).exec(html)
  if (!heading) return html
  const end = heading.index + heading[0].length
  const rest = html.slice(end)
  const paragraph = /^\s*<p>[\s\S]*?<\/p>/.exec(rest)
  const at = end + (paragraph ? paragraph[0].length : 0)
  return html.slice(0, at) + fragment + html.slice(at)
}
