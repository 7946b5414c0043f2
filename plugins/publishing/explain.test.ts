import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { elementOf, explainFindings } from './explain.ts'

const fields: Field[] = [
  { name: 'name', label: 'Bezeichnung', type: 'text' },
  {
    name: 'modules',
    label: 'Module',
    type: 'group',
    fields: [{ name: 'description', label: 'Beschreibung', type: 'richText' }],
  },
]

const lexical = (children: unknown[]) => ({ root: { type: 'root', children: [{ type: 'paragraph', children }] } })

describe('explainFindings', () => {
  it('names the rich-text field of a blank link, quotes its address and says what to do, once for both engines', () => {
    const doc = {
      name: 'Wohngeld',
      modules: {
        description: lexical([
          { type: 'text', text: 'Mehr: ' },
          { type: 'link', fields: { url: 'https://example.org/antrag' }, children: [{ type: 'text', text: ' ' }] },
        ]),
      },
    }
    const context = '<a href="https://example.org/antrag"> </a>'
    const explained = explainFindings(
      [
        {
          page: '/leistungen/wohngeld/',
          issues: [
            {
              code: 'link-name',
              message: 'Links must have discernible text',
              selector: 'main a',
              runner: 'axe',
              context,
            },
            {
              code: 'WCAG2AA.Principle4.Guideline4_1.4_1_2.H91.A.NoContent',
              message: 'Anchor element found with a valid href attribute, but no link content has been supplied.',
              selector: 'main a',
              runner: 'htmlcs',
              context,
            },
          ],
        },
      ],
      fields,
      doc,
    )
    expect(explained).toHaveLength(1)
    expect(explained[0]).toMatchObject({ field: 'Module › Beschreibung', quote: '„https://example.org/antrag“' })
    expect(explained[0].text).toBe(
      'Im Feld „Module › Beschreibung“: Der Link „https://example.org/antrag“ hat keinen lesbaren Linktext. Bitte geben Sie dem Link einen Text, der sagt, wohin er führt (zum Beispiel „Antrag als PDF“), oder entfernen Sie den leeren Link.',
    )
    expect(explained[0].detail).toContain('Links must have discernible text')
  })

  it('names the field of a link the link check found broken, quotes its text and address, by the address first', () => {
    const doc = {
      // The link's text stands in another field too: the address decides.
      name: 'Antrag stellen',
      modules: {
        description: lexical([
          { type: 'text', text: 'Hier: ' },
          {
            type: 'link',
            fields: { url: 'https://beratung.example.org/leistungen/gibt-es-nicht/' },
            children: [{ type: 'text', text: 'Antrag stellen' }],
          },
        ]),
      },
    }
    const explained = explainFindings(
      [
        {
          page: '/leistungen/wohngeld/',
          issues: [
            {
              code: 'broken-link',
              message: 'Link auf /leistungen/gibt-es-nicht/ führt ins Leere',
              selector: 'a[href="https://beratung.example.org/leistungen/gibt-es-nicht/"]',
              context: '<a href="https://beratung.example.org/leistungen/gibt-es-nicht/">Antrag stellen</a>',
            },
          ],
        },
      ],
      fields,
      doc,
    )
    expect(explained).toEqual([
      {
        page: '/leistungen/wohngeld/',
        code: 'broken-link',
        field: 'Module › Beschreibung',
        quote: '„Antrag stellen“',
        text: 'Im Feld „Module › Beschreibung“: Der Link „Antrag stellen“ (Adresse „https://beratung.example.org/leistungen/gibt-es-nicht/“) führt zu keiner Seite der Website. Bitte korrigieren Sie die Adresse oder entfernen Sie den Link (oder veröffentlichen Sie den verlinkten Inhalt).',
        detail: 'broken-link: Link auf /leistungen/gibt-es-nicht/ führt ins Leere',
      },
    ])
    // Without the link's text (an older release's findings): the address is the quote.
    const [old] = explainFindings(
      [{ page: '/x/', issues: [{ code: 'broken-link', message: 'm', selector: 'a[href="/weg/"]' }] }],
      fields,
      {
        name: 'Anders',
        modules: {
          description: lexical([{ type: 'link', fields: { url: '/weg/' }, children: [{ type: 'text', text: 'weg' }] }]),
        },
      },
    )
    expect(old.text).toMatch(
      /^Im Feld „Module › Beschreibung“: Der Link „\/weg\/“ führt zu keiner Seite der Website\. Bitte/,
    )
  })

  it('falls back to a generic German instruction that still quotes the element and names the page', () => {
    const [explained] = explainFindings(
      [
        {
          page: '/x/',
          issues: [
            { code: 'some-new-rule', message: 'Whatever', selector: 'p', context: '<p class="a">Hallo Welt</p>' },
          ],
        },
      ],
      fields,
      { name: 'Anders' },
    )
    expect(explained.field).toBeNull()
    expect(explained.text).toMatch(/^Auf der Seite \/x\/: Das Element „Hallo Welt“ ist nicht barrierefrei\. Bitte/)
  })

  it('finds a plain text field by the quoted text', () => {
    const [explained] = explainFindings(
      [
        {
          page: '/x/',
          issues: [{ code: 'color-contrast', message: 'm', selector: 'h1', context: '<h1>Wohngeld</h1>' }],
        },
      ],
      fields,
      { name: 'Wohngeld' },
    )
    expect(explained.text).toMatch(/^Im Feld „Bezeichnung“: Der Text „Wohngeld“ hat zu wenig Kontrast/)
  })

  it('reads the quoted element as HTML: any named entity, any quoting, text across tags', () => {
    expect(
      elementOf({
        code: 'image-alt',
        message: 'm',
        selector: 'img',
        context: '<img src=\'/bilder/stra&szlig;e.png\' alt="Stra&szlig;e &amp; Weg">',
      }),
    ).toEqual({ tag: 'img', href: undefined, src: '/bilder/straße.png', alt: 'Straße & Weg', text: '' })
    expect(
      elementOf({
        code: 'link-name',
        message: 'm',
        selector: 'a',
        context: '<a href=/antrag/>Antrag<span>&Uuml;bersicht</span></a>',
      }),
    ).toMatchObject({ tag: 'a', href: '/antrag/', text: 'Antrag Übersicht' })
  })
})
