/**
 * Payload Lexical rich text ⇄ public HTML and plain text.
 *
 * The converters read stored editor state defensively (it comes from the
 * database and may hold node types this file does not know). Every piece of
 * text is escaped, only a small fixed set of elements is produced and only
 * http(s), mailto and tel links survive, so the HTML can be put on a page
 * without further sanitising.
 */
import type {
  DefaultTypedEditorState,
  SerializedHeadingNode,
  SerializedLineBreakNode,
  SerializedListItemNode,
  SerializedListNode,
  SerializedParagraphNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'

/** A stored node as read from the database: nothing about it is trusted. */
type UnknownNode = Record<string, unknown>

const IS_BOLD = 1
const IS_ITALIC = 2

/** Inline node types; anything else directly under root is treated as a block. */
const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink'])

/** Block node types with their own element (blockHtml); any other block keeps only its text, as a paragraph. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'list', 'quote'])

/**
 * Every node type the HTML conversion renders as what it is: the blocks, the
 * inline nodes, the root and list items (inside lists). Anything else is
 * reduced to its text. The editor may only offer these (cms/fields/richText.ts).
 */
export const RENDERED_NODE_TYPES: ReadonlySet<string> = new Set(['root', 'listitem', ...BLOCK_TYPES, ...INLINE_TYPES])

/** The text formats the HTML conversion renders (Lexical's format bits); underline, code, sub/superscript … are dropped. */
export const RENDERED_TEXT_FORMATS = { bold: IS_BOLD, italic: IS_ITALIC } as const

/** Escapes text for use in HTML content and in double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Returns the URL if it is an http(s), mailto or tel address, otherwise null (javascript:, data:, relative, …). */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const url = value.trim()
  // No control characters or whitespace inside: browsers strip them, which is how "java\tscript:" tricks work.
  if (url === '' || /[\u0000-\u0020\u007f]/.test(url)) return null
  return /^(?:https?:\/\/[^/]|mailto:|tel:)/i.test(url) ? url : null
}

function isNode(value: unknown): value is UnknownNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function childrenOf(node: UnknownNode): UnknownNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

function rootOf(state: unknown): UnknownNode | null {
  if (!isNode(state) || !isNode(state.root)) return null
  return state.root
}

export function headingTag(tag: unknown): 'h2' | 'h3' | 'h4' {
  // The page title is the only h1; deeper levels than h4 are flattened to h4.
  if (tag === 'h3') return 'h3'
  if (tag === 'h4' || tag === 'h5' || tag === 'h6') return 'h4'
  return 'h2'
}

// ---------------------------------------------------------------------------
// Plain text
// ---------------------------------------------------------------------------

/** Text of inline content: text, line breaks (as "\n"), tabs, and the text inside links or unknown nodes. */
function inlineText(nodes: UnknownNode[]): string {
  let out = ''
  for (const node of nodes) {
    if (node.type === 'text') out += typeof node.text === 'string' ? node.text : ''
    else if (node.type === 'linebreak') out += '\n'
    else if (node.type === 'tab') out += '\t'
    else out += inlineText(childrenOf(node))
  }
  return out
}

function listText(node: UnknownNode, depth: number): string[] {
  const numbered = node.listType === 'number'
  const lines: string[] = []
  let index = typeof node.start === 'number' && Number.isInteger(node.start) ? node.start : 1
  for (const item of childrenOf(node)) {
    const nested = childrenOf(item).filter((child) => child.type === 'list')
    const own = inlineText(childrenOf(item).filter((child) => child.type !== 'list')).trim()
    if (own !== '') {
      lines.push(`${'  '.repeat(depth)}${numbered ? `${index}.` : '-'} ${own.replace(/\n/g, ' ')}`)
      index++
    }
    for (const list of nested) lines.push(...listText(list, depth + 1))
  }
  return lines
}

function blockText(node: UnknownNode): string {
  if (node.type === 'list') return listText(node, 0).join('\n')
  return inlineText(childrenOf(node)).trim()
}

/**
 * Plain text of a rich text field, for search, summaries and open data: blocks
 * separated by a blank line, list items as "- " / "1. " lines, headings as
 * ordinary lines. Not escaped: whoever puts it into markup escapes it.
 */
export function lexicalToText(state: unknown): string {
  const root = rootOf(state)
  if (!root) return ''
  return childrenOf(root)
    .map(blockText)
    .filter((block) => block !== '')
    .join('\n\n')
}

// ---------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------

function textHtml(node: UnknownNode): string {
  const text = typeof node.text === 'string' ? node.text : ''
  if (text === '') return ''
  const format = typeof node.format === 'number' ? node.format : 0
  let html = escapeHtml(text)
  if (format & IS_ITALIC) html = `<em>${html}</em>`
  if (format & IS_BOLD) html = `<strong>${html}</strong>`
  return html
}

function linkHtml(node: UnknownNode): string {
  const inner = inlineHtml(childrenOf(node))
  const fields = isNode(node.fields) ? node.fields : {}
  // Internal links (linkType "internal") point at a document, not a URL; they render as text.
  const url = fields.linkType === 'internal' ? null : safeUrl(fields.url ?? node.url)
  if (url === null || inner === '') return inner
  // newTab is ignored on purpose: opening new windows unasked is an accessibility barrier.
  return `<a href="${escapeHtml(url)}" rel="noopener">${inner}</a>`
}

function inlineHtml(nodes: UnknownNode[]): string {
  let out = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out += textHtml(node)
        break
      case 'linebreak':
        out += '<br>'
        break
      case 'tab':
        out += '\t'
        break
      case 'link':
      case 'autolink':
        out += linkHtml(node)
        break
      default:
        // Unknown inline node (or a block where inline content was expected): its text only.
        out += escapeHtml(inlineText(childrenOf(node)))
    }
  }
  return out
}

/** True if inline HTML shows something (not only whitespace and line breaks). */
function hasContent(html: string): boolean {
  return (
    html
      .replace(/<br>/g, '')
      .replace(/<\/?(?:strong|em)>/g, '')
      .trim() !== ''
  )
}

function listHtml(node: UnknownNode): string {
  const numbered = node.listType === 'number'
  const items: string[] = []
  for (const item of childrenOf(node)) {
    let inner = ''
    for (const child of childrenOf(item)) {
      inner += child.type === 'list' ? listHtml(child) : inlineHtml([child])
    }
    if (hasContent(inner) || inner.includes('<ul>') || inner.includes('<ol')) items.push(`<li>${inner}</li>`)
  }
  if (items.length === 0) return ''
  const start = typeof node.start === 'number' && Number.isInteger(node.start) && node.start !== 1 ? node.start : null
  const open = numbered ? (start === null ? '<ol>' : `<ol start="${start}">`) : '<ul>'
  return `${open}${items.join('')}${numbered ? '</ol>' : '</ul>'}`
}

function blockHtml(node: UnknownNode): string {
  switch (BLOCK_TYPES.has(String(node.type)) ? node.type : 'unknown') {
    case 'paragraph': {
      const inner = inlineHtml(childrenOf(node))
      return hasContent(inner) ? `<p>${inner}</p>` : ''
    }
    case 'heading': {
      const inner = inlineHtml(childrenOf(node))
      const tag = headingTag(node.tag)
      return hasContent(inner) ? `<${tag}>${inner}</${tag}>` : ''
    }
    case 'list':
      return listHtml(node)
    case 'quote': {
      const inner = inlineHtml(childrenOf(node))
      return hasContent(inner) ? `<blockquote>${inner}</blockquote>` : ''
    }
    default: {
      // Unknown block (upload, block, horizontal rule, table …): its text only, as a paragraph.
      const text = inlineText(childrenOf(node)).trim()
      return text === '' ? '' : `<p>${escapeHtml(text)}</p>`
    }
  }
}

/**
 * HTML for a rich text field. Produces only p, h2–h4, ul/ol/li, blockquote,
 * strong, em, br and a (http(s)/mailto/tel, rel="noopener"); everything else
 * becomes escaped text. Empty paragraphs are left out.
 */
export function lexicalToHtml(state: unknown): string {
  const root = rootOf(state)
  if (!root) return ''
  const blocks: string[] = []
  let inline: UnknownNode[] = []
  const flushInline = () => {
    // Inline nodes directly under root (not valid Lexical, but possible in stored data) become a paragraph.
    if (inline.length > 0) blocks.push(blockHtml({ type: 'paragraph', children: inline }))
    inline = []
  }
  for (const node of childrenOf(root)) {
    if (INLINE_TYPES.has(String(node.type))) {
      inline.push(node)
    } else {
      flushInline()
      blocks.push(blockHtml(node))
    }
  }
  flushInline()
  return blocks.filter((block) => block !== '').join('\n')
}

// ---------------------------------------------------------------------------
// Plain source → Lexical (seed content)
// ---------------------------------------------------------------------------

type InlineNode = SerializedTextNode | SerializedLineBreakNode
type BlockNode =
  | SerializedParagraphNode<InlineNode>
  | SerializedHeadingNode<SerializedTextNode>
  | SerializedListNode<SerializedListItemNode<SerializedTextNode>>

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

function textNode(text: string): SerializedTextNode {
  return { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }
}

function lineBreak(): SerializedLineBreakNode {
  return { type: 'linebreak', version: 1 }
}

function paragraph(lines: string[]): SerializedParagraphNode<InlineNode> {
  const children: InlineNode[] = []
  lines.forEach((line, i) => {
    if (i > 0) children.push(lineBreak())
    children.push(textNode(line))
  })
  return { type: 'paragraph', ...element, textFormat: 0, textStyle: '', children }
}

function heading(text: string): SerializedHeadingNode<SerializedTextNode> {
  return { type: 'heading', tag: 'h2', ...element, children: [textNode(text)] }
}

function bulletList(items: string[]): SerializedListNode<SerializedListItemNode<SerializedTextNode>> {
  const children: SerializedListItemNode<SerializedTextNode>[] = items.map((text, i) => ({
    type: 'listitem',
    value: i + 1,
    // Not a checklist item: Lexical writes checked only for check lists (undefined is dropped in JSON).
    checked: undefined,
    ...element,
    children: [textNode(text)],
  }))
  return { type: 'list', listType: 'bullet', start: 1, tag: 'ul', ...element, children }
}

/**
 * Converts the seed's plain format into a Lexical editor state Payload
 * accepts: paragraphs separated by a blank line, lines starting "- " are
 * bullet list items, a line starting "## " is an h2 heading; other single
 * line breaks inside a paragraph are kept as line breaks.
 */
export function textToLexical(source: string): DefaultTypedEditorState {
  const blocks: BlockNode[] = []
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  let para: string[] = []
  let list: string[] = []
  const flush = () => {
    if (para.length > 0) blocks.push(paragraph(para))
    if (list.length > 0) blocks.push(bulletList(list))
    para = []
    list = []
  }
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') {
      flush()
    } else if (line.startsWith('## ')) {
      flush()
      const text = line.slice(3).trim()
      if (text !== '') blocks.push(heading(text))
    } else if (line.startsWith('- ')) {
      if (para.length > 0) flush()
      const text = line.slice(2).trim()
      if (text !== '') list.push(text)
    } else {
      if (list.length > 0) flush()
      para.push(line)
    }
  }
  flush()
  return { root: { type: 'root', ...element, children: blocks } }
}
