/**
 * Line breaks in Leichte Sprache: a word is never split at a line end except
 * at the Mediopunkt ("Blinden·geld" may end a line after "Blinden·"). Browsers
 * do not break at U+00B7 on their own, so the pages offer a break opportunity
 * there (<wbr>) and turn hyphenation off (global.css).
 */
import { MEDIOPUNKT } from './easyLanguage.ts'

/**
 * Elements whose content is not running text (scripts, styles, the title,
 * form values) or a tag with its attributes (quoted values may hold ">").
 */
const SKIP =
  /<(script|style|title|textarea|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[a-zA-Z!/?][^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>/gi

/** A Mediopunkt between two letters or digits in running text. */
const BREAK_POINT = new RegExp(`(?<=[\\p{L}\\p{N}]${MEDIOPUNKT})(?=[\\p{L}\\p{N}])`, 'gu')

/**
 * Adds <wbr> after every Mediopunkt inside a word in the text of an HTML
 * page; tags, attributes, scripts, styles, the title and textarea contents
 * stay as they are.
 */
export function breakAtMediopunkt(html: string): string {
  if (!html.includes(MEDIOPUNKT)) return html
  let out = ''
  let last = 0
  for (const match of html.matchAll(SKIP)) {
    out += html.slice(last, match.index).replace(BREAK_POINT, '<wbr>')
    out += match[0]
    last = match.index + match[0].length
  }
  return out + html.slice(last).replace(BREAK_POINT, '<wbr>')
}
