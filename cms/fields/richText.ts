/**
 * The rich-text editor and its checks, shared by every rich-text field.
 *
 * The editor offers only what the site renders (cms/export/richtext.ts turns
 * everything else into plain text or drops it), and `validRichText` refuses
 * on saving what the export would drop silently or the publish gate would
 * reject on the built page (empty links and headings, links without a usable
 * address, skipped heading levels), with a German message that says where.
 */
import {
  BlockquoteFeature,
  BoldFeature,
  HeadingFeature,
  IndentFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  lexicalEditor,
  OrderedListFeature,
  ParagraphFeature,
  UnorderedListFeature,
} from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'
import { richText as payloadRichTextValidation } from 'payload/shared'
import { headingTag, RENDERED_NODE_TYPES, safeUrl } from '../export/richtext.ts'

/**
 * The editor's features: exactly what the export renders (p, h2–h4, bold,
 * italic, bullet and numbered lists with nesting, quotes, external links).
 * Left out of Payload's defaults because the site drops them: underline,
 * strikethrough, sub- and superscript, inline code (text formats), alignment,
 * indenting paragraphs and headings, check lists (shown as plain bullets),
 * uploads and relationships (their text only), horizontal rules, internal
 * links (rendered as plain text) and "open in new tab" (ignored on purpose).
 * richText.test.ts fails when the editor offers a node the export does not render.
 */
export const richTextFeatures = [
  ParagraphFeature(),
  // The page title is the only h1; the export flattens h5/h6 to h4.
  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
  BoldFeature(),
  ItalicFeature(),
  UnorderedListFeature(),
  OrderedListFeature(),
  // Only list items can be indented: an indented item becomes a nested list, which the export renders.
  IndentFeature({ disabledNodes: ['paragraph', 'heading', 'quote'], disableTabNode: true }),
  BlockquoteFeature(),
  LinkFeature({
    enabledCollections: [],
    fields: ({ defaultFields }) => defaultFields.filter((field) => !('name' in field) || field.name !== 'newTab'),
  }),
  InlineToolbarFeature(),
]

/** The project's editor (cms/payload.config.ts `editor:`). */
export const richTextEditor = lexicalEditor({
  // The empty editor's hint in formal German (lexical's own German says "Beginne zu tippen oder drücke …").
  admin: { placeholder: 'Beginnen Sie zu schreiben oder tippen Sie „/“ für Befehle …' },
  features: () => richTextFeatures,
})

type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)
const childrenOf = (node: Node): Node[] => (Array.isArray(node.children) ? node.children.filter(isNode) : [])

/** The visible text of a node: its text nodes, recursively (line breaks and tabs count as blank). */
function textOf(node: Node): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
  return childrenOf(node).map(textOf).join('')
}

const quote = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return `„${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}“`
}

/** German names of where a node sits, counted per kind of top-level block: "Absatz 3", "Aufzählung 1". */
const blockNames: Record<string, string> = {
  paragraph: 'Absatz',
  heading: 'Überschrift',
  list: 'Aufzählung',
  quote: 'Zitat',
}

/** "in Absatz 3", "in Aufzählung 1" (the n-th block of its kind in the field). */
function placeOf(kind: string, n: number): string {
  return `in ${blockNames[kind] ?? 'Block'} ${n}`
}

function headingLevel(tag: unknown): number {
  return Number(headingTag(tag).slice(1))
}

/**
 * The problems of a rich-text value that the site would not show as written
 * or the publish gate would refuse, as German sentences (empty when none).
 * Reads the stored editor state defensively, like the export.
 */
export function richTextProblems(value: unknown): string[] {
  if (!isNode(value) || !isNode(value.root)) return []
  const problems: string[] = []
  const counts: Record<string, number> = {}
  let previousLevel = 1 // the page title (h1)

  const visit = (node: Node, where: string) => {
    const type = String(node.type)
    if (!RENDERED_NODE_TYPES.has(type)) {
      const text = textOf(node).trim()
      problems.push(
        `${where[0].toUpperCase()}${where.slice(1)} steht ein Element (${type}${text ? `: ${quote(text)}` : ''}), das die Website nicht anzeigt. Bitte entfernen Sie es oder schreiben Sie den Inhalt als Text.`,
      )
      return
    }
    if (type === 'link' || type === 'autolink') {
      const text = textOf(node)
      const fields = isNode(node.fields) ? node.fields : {}
      if (text.trim() === '') {
        problems.push(`Der Link ${where} hat keinen Text. Bitte geben Sie einen Linktext ein.`)
      } else if (fields.linkType === 'internal') {
        problems.push(
          `Der Link ${quote(text)} ${where} verweist auf ein Dokument; die Website zeigt ihn nur als Text. Bitte geben Sie eine Internetadresse ein.`,
        )
      } else if (safeUrl(fields.url ?? node.url) === null) {
        problems.push(
          `Der Link ${quote(text)} ${where} hat keine gültige Adresse. Bitte geben Sie eine Adresse ein, die mit „https://“, „mailto:“ oder „tel:“ beginnt.`,
        )
      }
    }
    for (const child of childrenOf(node)) visit(child, where)
  }

  for (const block of childrenOf(value.root)) {
    const kind = String(block.type)
    counts[kind] = (counts[kind] ?? 0) + 1
    const where = placeOf(kind, counts[kind])
    if (kind === 'heading') {
      const text = textOf(block)
      const level = headingLevel(block.tag)
      if (text.trim() === '') {
        problems.push(
          `Die Überschrift ${counts[kind]} ist leer. Bitte geben Sie ihr einen Text oder entfernen Sie sie.`,
        )
      } else if (level > previousLevel + 1) {
        problems.push(
          `Die Überschrift ${quote(text)} überspringt eine Ebene (Überschrift ${level} nach Überschrift ${previousLevel}). Bitte verwenden Sie die Ebenen der Reihe nach: zuerst Überschrift 2, darunter Überschrift 3.`,
        )
      }
      previousLevel = level
    }
    visit(block, where)
  }
  return problems
}

/**
 * The field validation of every rich-text field: Payload's own (required, the
 * editor's node checks) and then `richTextProblems`, all of them in one message.
 */
export const validRichText: NonNullable<RichTextField['validate']> = async (value, options) => {
  const own = await payloadRichTextValidation(value, options)
  if (own !== true) return own
  const problems = richTextProblems(value)
  return problems.length === 0 ? true : problems.join(' ')
}
