import { lexicalEditor, type LexicalRichTextAdapter } from '@payloadcms/richtext-lexical'
import { TEXT_TYPE_TO_FORMAT } from '@payloadcms/richtext-lexical/lexical'
import type { SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import configPromise from '../payload.config.ts'
import { lexicalToHtml, RENDERED_NODE_TYPES } from '../export/richtext.ts'
import { richTextProblems } from './richText.ts'

type Node = Record<string, unknown>
const text = (value: string, format = 0): Node => ({ type: 'text', text: value, format, version: 1 })
const state = (...children: Node[]) => ({ root: { type: 'root', children } })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children })
const heading = (tag: string, value: string): Node => ({ type: 'heading', tag, children: [text(value)] })
const link = (url: string, ...children: Node[]): Node => ({
  type: 'link',
  fields: { linkType: 'custom', url },
  children,
})

async function projectEditor(): Promise<{ config: SanitizedConfig; editor: LexicalRichTextAdapter }> {
  const config = await configPromise
  return { config, editor: config.editor as LexicalRichTextAdapter }
}

/** The node types an editor offers (from its resolved features) that the export does not render. */
function unrenderedNodes(editor: LexicalRichTextAdapter): string[] {
  return editor.editorConfig.features.nodes
    .map((n) => n.node.getType())
    .filter((type) => !RENDERED_NODE_TYPES.has(type))
}

const featureKeys = (editor: LexicalRichTextAdapter) => [...editor.editorConfig.resolvedFeatureMap.keys()]

describe('the rich-text editor offers only what the site renders', () => {
  it('offers no node type that the export reduces to text', async () => {
    const { editor } = await projectEditor()
    expect(editor.editorConfig.features.nodes.length).toBeGreaterThan(0)
    expect(unrenderedNodes(editor)).toEqual([])
  })

  it('would fail for Payload’s default editor (uploads, relationships, rules …)', async () => {
    const { config } = await projectEditor()
    const defaults = await lexicalEditor({})({ config, isRoot: true, parentIsLocalized: false })
    expect(unrenderedNodes(defaults)).toEqual(expect.arrayContaining(['upload', 'relationship', 'horizontalrule']))
  })

  it('offers only text formats that change the HTML', async () => {
    const { editor } = await projectEditor()
    const formats = featureKeys(editor)
      .map((key) => (key === 'inlineCode' ? 'code' : key))
      .filter((key): key is keyof typeof TEXT_TYPE_TO_FORMAT => key in TEXT_TYPE_TO_FORMAT)
    expect(formats.length).toBeGreaterThan(0)
    const plain = lexicalToHtml(state(paragraph(text('Wort'))))
    for (const format of formats) {
      expect(lexicalToHtml(state(paragraph(text('Wort', TEXT_TYPE_TO_FORMAT[format])))), format).not.toBe(plain)
    }
  })

  it('offers only heading levels that the export keeps as they are', async () => {
    const { editor } = await projectEditor()
    const props = editor.editorConfig.resolvedFeatureMap.get('heading')?.sanitizedServerFeatureProps as {
      enabledHeadingSizes?: string[]
    }
    const sizes = props?.enabledHeadingSizes ?? []
    expect(sizes.length).toBeGreaterThan(0)
    for (const tag of sizes) expect(lexicalToHtml(state(heading(tag, 'Titel')))).toBe(`<${tag}>Titel</${tag}>`)
  })

  it('offers no property of a rendered node that the export ignores (check lists, alignment, indented paragraphs)', async () => {
    const { editor } = await projectEditor()
    const keys = featureKeys(editor)
    const item = { type: 'listitem', checked: true, children: [text('Punkt')] }
    const bullet = lexicalToHtml(state({ type: 'list', listType: 'bullet', children: [item] }))
    if (keys.includes('checklist'))
      expect(lexicalToHtml(state({ type: 'list', listType: 'check', children: [item] }))).not.toBe(bullet)
    const plain = lexicalToHtml(state(paragraph(text('Absatz'))))
    if (keys.includes('align'))
      expect(lexicalToHtml(state({ ...paragraph(text('Absatz')), format: 'center' }))).not.toBe(plain)
    if (keys.includes('indent')) {
      const props = editor.editorConfig.resolvedFeatureMap.get('indent')?.clientFeatureProps as {
        disabledNodes?: string[]
      }
      for (const type of ['paragraph', 'heading', 'quote']) expect(props?.disabledNodes ?? []).toContain(type)
    }
  })

  it('offers external links only, without “open in new tab”', async () => {
    const { editor } = await projectEditor()
    const props = editor.editorConfig.resolvedFeatureMap.get('link')?.sanitizedServerFeatureProps as {
      enabledCollections?: string[]
      fields?: { name?: string }[]
    }
    expect(props.enabledCollections).toEqual([])
    const names = (props.fields ?? []).map((f) => f.name)
    expect(names).not.toContain('doc')
    expect(names).not.toContain('newTab')
  })
})

describe('richTextProblems', () => {
  it('accepts ordinary content', () => {
    expect(
      richTextProblems(
        state(
          heading('h2', 'Antrag'),
          paragraph(text('Mehr dazu auf '), link('https://www.lvr.de', text('der Seite des LVR')), text('.')),
          heading('h3', 'Unterlagen'),
          {
            type: 'list',
            listType: 'bullet',
            children: [{ type: 'listitem', children: [link('mailto:a@b.de', text('E-Mail'))] }],
          },
          heading('h2', 'Kosten'),
        ),
      ),
    ).toEqual([])
    expect(richTextProblems(null)).toEqual([])
    expect(richTextProblems(state())).toEqual([])
  })

  it('refuses a link without text and says in which paragraph', () => {
    expect(
      richTextProblems(
        state(paragraph(text('Eins')), paragraph(text('Zwei')), paragraph(link('https://a.de', text('  ')))),
      ),
    ).toEqual(['Der Link in Absatz 3 hat keinen Text. Bitte geben Sie einen Linktext ein.'])
    expect(richTextProblems(state(paragraph(link('https://a.de'))))).toEqual([
      'Der Link in Absatz 1 hat keinen Text. Bitte geben Sie einen Linktext ein.',
    ])
  })

  it('names list items by their list', () => {
    const list = {
      type: 'list',
      listType: 'number',
      children: [{ type: 'listitem', children: [link('https://a.de', text(''))] }],
    }
    expect(richTextProblems(state(paragraph(text('x')), list))).toEqual([
      'Der Link in Aufzählung 1 hat keinen Text. Bitte geben Sie einen Linktext ein.',
    ])
  })

  it('refuses links the site would show as text: javascript:, relative, empty, internal', () => {
    for (const url of ['javascript:alert(1)', '/leistungen/x', '', 'java\tscript:alert(1)']) {
      expect(richTextProblems(state(paragraph(link(url, text('Antrag')))))[0]).toMatch(
        /^Der Link „Antrag“ in Absatz 1 hat keine gültige Adresse\. .*„https:\/\/“/,
      )
    }
    const internal = { type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'pages', value: 1 } } }
    expect(richTextProblems(state(paragraph({ ...internal, children: [text('Seite')] })))[0]).toMatch(
      /^Der Link „Seite“ in Absatz 1 verweist auf ein Dokument/,
    )
  })

  it('refuses empty headings and skipped heading levels', () => {
    expect(richTextProblems(state(heading('h2', ' ')))).toEqual([
      'Die Überschrift 1 ist leer. Bitte geben Sie ihr einen Text oder entfernen Sie sie.',
    ])
    expect(richTextProblems(state(heading('h3', 'Zu tief')))[0]).toMatch(
      /^Die Überschrift „Zu tief“ überspringt eine Ebene \(Überschrift 3 nach Überschrift 1\)/,
    )
    expect(richTextProblems(state(heading('h2', 'A'), heading('h4', 'B')))[0]).toMatch(
      /^Die Überschrift „B“ überspringt eine Ebene \(Überschrift 4 nach Überschrift 2\)/,
    )
    // Going back up any number of levels is fine; h1 counts as h2 (the export makes it one).
    expect(
      richTextProblems(state(heading('h1', 'A'), heading('h3', 'B'), heading('h4', 'C'), heading('h2', 'D'))),
    ).toEqual([])
  })

  it('refuses nodes the site does not show', () => {
    expect(richTextProblems(state({ type: 'upload', value: 1, relationTo: 'media' }))).toEqual([
      'In Block 1 steht ein Element (upload), das die Website nicht anzeigt. Bitte entfernen Sie es oder schreiben Sie den Inhalt als Text.',
    ])
  })
})
