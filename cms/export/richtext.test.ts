import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import { ListItemNode, ListNode } from '@payloadcms/richtext-lexical/lexical/list'
import { HeadingNode, QuoteNode } from '@payloadcms/richtext-lexical/lexical/rich-text'
import { describe, expect, it } from 'vitest'
import { escapeHtml, lexicalToHtml, lexicalToText, safeUrl, textToLexical } from './richtext.ts'

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const para = (...children: unknown[]) => ({ type: 'paragraph', children, version: 1 })
const state = (...children: unknown[]) => ({ root: { type: 'root', children, version: 1 } })
const link = (url: string, label = 'Link', extra: Record<string, unknown> = {}) => ({
  type: 'link',
  fields: { url, linkType: 'custom', newTab: false, ...extra },
  children: [text(label)],
  version: 3,
})

const source = [
  'Erster Absatz',
  'mit Zeilenumbruch.',
  '',
  '## Was Sie brauchen',
  '',
  'Diese Unterlagen:',
  '- Antrag',
  '- Bescheid',
  '',
  'Letzter Absatz.',
].join('\n')

describe('textToLexical', () => {
  it('builds paragraphs, an h2 heading and a bullet list', () => {
    const result = textToLexical(source)
    expect(result.root).toMatchObject({ type: 'root', version: 1, direction: 'ltr', format: '', indent: 0 })
    expect(result.root.children.map((node) => node.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'list',
      'paragraph',
    ])
    expect(result.root.children[1]).toMatchObject({ type: 'heading', tag: 'h2' })
    expect(result.root.children[3]).toMatchObject({ type: 'list', listType: 'bullet', tag: 'ul', start: 1 })
    expect(result.root.children[0]).toMatchObject({ textFormat: 0, textStyle: '' })
  })

  it('produces state that Lexical (as used by Payload) reads and writes back unchanged', () => {
    const editor = createHeadlessEditor({
      nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
      onError: (error) => {
        throw error
      },
    })
    const input = JSON.parse(JSON.stringify(textToLexical(source)))
    editor.setEditorState(editor.parseEditorState(input))
    expect(editor.getEditorState().toJSON()).toEqual(input)
  })

  it('round-trips through HTML and plain text', () => {
    const lexical = textToLexical(source)
    expect(lexicalToHtml(lexical)).toBe(
      [
        '<p>Erster Absatz<br>mit Zeilenumbruch.</p>',
        '<h2>Was Sie brauchen</h2>',
        '<p>Diese Unterlagen:</p>',
        '<ul><li>Antrag</li><li>Bescheid</li></ul>',
        '<p>Letzter Absatz.</p>',
      ].join('\n'),
    )
    // Plain text keeps the structure: blocks separated by a blank line, list items as "- " lines, no heading marker.
    expect(lexicalToText(lexical)).toBe(
      'Erster Absatz\nmit Zeilenumbruch.\n\nWas Sie brauchen\n\nDiese Unterlagen:\n\n- Antrag\n- Bescheid\n\nLetzter Absatz.',
    )
    // Plain text fed back in gives the same content (the heading becomes a paragraph).
    expect(lexicalToText(textToLexical(lexicalToText(lexical)))).toBe(lexicalToText(lexical))
  })

  it('handles CRLF, extra blank lines and empty input', () => {
    expect(lexicalToText(textToLexical('a\r\n\r\n\r\n- b\r\n'))).toBe('a\n\n- b')
    expect(textToLexical('').root.children).toEqual([])
    expect(lexicalToHtml(textToLexical('  \n\n'))).toBe('')
  })
})

describe('lexicalToHtml', () => {
  it('escapes text, so markup in content never becomes markup on the page', () => {
    const html = lexicalToHtml(textToLexical('Hallo <script>alert("x")</script> & \'du\''))
    expect(html).toBe('<p>Hallo &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;du&#39;</p>')
    expect(html).not.toContain('<script')
  })

  it('renders bold and italic from the format bitmask', () => {
    expect(
      lexicalToHtml(state(para(text('fett', 1), text(' '), text('kursiv', 2), text(' '), text('beides', 3)))),
    ).toBe('<p><strong>fett</strong> <em>kursiv</em> <strong><em>beides</em></strong></p>')
  })

  it('keeps http(s), mailto and tel links with rel="noopener"', () => {
    expect(lexicalToHtml(state(para(link('https://www.lvr.de/?a=1&b="2"', 'LVR'))))).toBe(
      '<p><a href="https://www.lvr.de/?a=1&amp;b=&quot;2&quot;" rel="noopener">LVR</a></p>',
    )
    expect(lexicalToHtml(state(para(link('mailto:info@demo.lotse.example'))))).toContain('href="mailto:info@')
    expect(lexicalToHtml(state(para(link('tel:+492219999100'))))).toContain('href="tel:+49')
    expect(lexicalToHtml(state(para({ ...link('http://example.org'), type: 'autolink' })))).toContain(
      '<a href="http://example.org"',
    )
  })

  it('drops javascript: and other unsafe links but keeps their text', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '/relative',
      '//evil.example',
      'https:/x',
    ]) {
      const html = lexicalToHtml(state(para(link(url, 'Klick <mich>'))))
      expect(html, url).toBe('<p>Klick &lt;mich&gt;</p>')
    }
    // Internal links point at a document, not a URL: text only.
    expect(lexicalToHtml(state(para(link('https://x.example', 'intern', { linkType: 'internal' }))))).toBe(
      '<p>intern</p>',
    )
  })

  it('maps heading levels to h2–h4 and renders lists, quotes and line breaks', () => {
    const heading = (tag: string) => ({ type: 'heading', tag, children: [text(tag)] })
    expect(lexicalToHtml(state(heading('h1'), heading('h3'), heading('h4'), heading('h6')))).toBe(
      '<h2>h1</h2>\n<h3>h3</h3>\n<h4>h4</h4>\n<h4>h6</h4>',
    )
    const item = (...children: unknown[]) => ({ type: 'listitem', children })
    const numbered = { type: 'list', listType: 'number', start: 3, children: [item(text('drei')), item(text('vier'))] }
    expect(lexicalToHtml(state(numbered))).toBe('<ol start="3"><li>drei</li><li>vier</li></ol>')
    expect(lexicalToText(state(numbered))).toBe('3. drei\n4. vier')
    const nested = { type: 'list', listType: 'bullet', children: [item(text('a')), item({ ...numbered, start: 1 })] }
    expect(lexicalToHtml(state(nested))).toBe('<ul><li>a</li><li><ol><li>drei</li><li>vier</li></ol></li></ul>')
    expect(
      lexicalToHtml(state({ type: 'quote', children: [text('Zitat'), { type: 'linebreak' }, text('Ende')] })),
    ).toBe('<blockquote>Zitat<br>Ende</blockquote>')
  })

  it('renders only the text of unknown nodes, escaped', () => {
    const unknownBlock = { type: 'block', fields: { html: '<b>x</b>' }, children: [text('<i>innen</i>')] }
    const unknownInline = { type: 'mention', children: [text('@jemand')] }
    expect(lexicalToHtml(state(unknownBlock, para(text('vor '), unknownInline)))).toBe(
      '<p>&lt;i&gt;innen&lt;/i&gt;</p>\n<p>vor @jemand</p>',
    )
    expect(lexicalToHtml(state({ type: 'upload', value: 5 }, { type: 'horizontalrule' }))).toBe('')
  })

  it('leaves out empty paragraphs and survives broken input', () => {
    expect(lexicalToHtml(state(para(), para(text('  ')), para(text('x'))))).toBe('<p>x</p>')
    for (const broken of [null, undefined, 'text', 42, {}, { root: null }, { root: { children: 'x' } }]) {
      expect(lexicalToHtml(broken)).toBe('')
      expect(lexicalToText(broken)).toBe('')
    }
    expect(lexicalToHtml(state(para(text(42 as unknown as string), { type: 'text' })))).toBe('')
  })
})

describe('helpers', () => {
  it('escapeHtml escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })

  it('safeUrl accepts only http(s), mailto and tel', () => {
    expect(safeUrl(' https://lvr.de ')).toBe('https://lvr.de')
    expect(safeUrl('HTTP://LVR.DE')).toBe('HTTP://LVR.DE')
    expect(safeUrl('ftp://x')).toBeNull()
    expect(safeUrl(undefined)).toBeNull()
  })
})
