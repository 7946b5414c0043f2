import { createHash } from 'node:crypto'
import * as pagefind from 'pagefind'
import { describe, expect, it } from 'vitest'
import { searchRecord } from '../search-index.ts'

const page = (
  main: string,
  { header = '<header><a href="/">Start</a></header>', mainAttrs = ' data-pagefind-body' } = {},
) =>
  `<!doctype html><html lang="de" class="variant-easy"><head><meta charset="utf-8"><title>Wohnen – Lotse</title>` +
  `<script>document.documentElement.classList.add('js')</script></head><body>${header}` +
  `<main id="inhalt" tabindex="-1"${mainAttrs}>${main}</main><footer><p>Impressum und Kontakt</p></footer></body></html>`

const content = [
  `<h1 data-pagefind-meta="title">Hilfe beim Wohnen</h1><p>Wir beraten Sie in Köln und Bonn.</p>` +
    `<h2 id="kontakt">Kontakt</h2><p>Telefon 0221 5550 100</p><img src="/media/haus.jpg" alt="Ein Haus">` +
    `<div hidden data-pagefind-ignore="index"><span data-pagefind-filter="topic:Wohnen"></span><span data-pagefind-meta="typ:Leistung"></span></div>`,
  `<h1>Leichte Sprache</h1><p>Das ist ein Text in Leichter Sprache über das Wohnen.</p><h3 id="mehr">Mehr Hilfe</h3><p>Rufen Sie uns an.</p>`,
  `<h1>Fahrdienst</h1><p data-pagefind-weight="3">Der Fahrdienst bringt Sie zur Arbeit.</p><p>Auch zum Wohnen.</p>`,
]

/** Pagefind's files for pages given as HTML, added in order. */
async function pagefindFiles(pages: string[]): Promise<Map<string, string>> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'de' })
  try {
    for (const [i, html] of pages.entries()) {
      const added = await index!.addHTMLFile({ url: `/seite-${i}/`, content: html })
      expect(added.errors).toEqual([])
    }
    const { files } = await index!.getFiles()
    return new Map(files.map((file) => [file.path, createHash('sha1').update(file.content).digest('hex')]))
  } finally {
    await index!.deleteIndex()
    await pagefind.close()
  }
}

describe('search records', () => {
  it('keeps the <html> tag, the title and the main content, not header, footer or scripts', () => {
    const record = searchRecord(page(content[0]))!
    expect(record).toContain('<html lang="de" class="variant-easy">')
    expect(record).toContain('<title>Wohnen – Lotse</title>')
    expect(record).toContain('<h2 id="kontakt">Kontakt</h2>')
    expect(record).not.toContain('Impressum')
    expect(record).not.toContain('<header>')
    expect(record).not.toContain('<script>')
  })

  it('gives Pagefind byte for byte the index the whole pages give', { timeout: 60_000 }, async () => {
    const pages = content.map((main) => page(main))
    const records = pages.map((html) => searchRecord(html)!)
    expect(records.every((record, i) => record.length < pages[i].length)).toBe(true)
    const [whole, reduced] = [await pagefindFiles(pages), await pagefindFiles(records)]
    expect(whole.size).toBeGreaterThan(5)
    expect([...whole].filter(([file, hash]) => reduced.get(file) !== hash)).toEqual([])
    expect([...reduced.keys()].sort()).toEqual([...whole.keys()].sort())
  })

  it('keeps the whole page when Pagefind reads something outside <main>', () => {
    for (const header of [
      '<header><h1>Lotse</h1></header>',
      '<header><img src="/logo.png" alt="Lotse"></header>',
      '<header><span data-pagefind-meta="bereich:Soziales"></span></header>',
      '<header><span data-pagefind-filter="topic:Wohnen"></span></header>',
    ]) {
      const html = page(content[1], { header })
      expect(searchRecord(html)).toBe(html)
    }
    const twoEnds = page(`${content[1]}<script>const tag = '</main>'</script>`)
    expect(searchRecord(twoEnds)).toBe(twoEnds)
    const bodyElsewhere = page(`<article data-pagefind-body>${content[1]}</article>`, { mainAttrs: '' })
    expect(searchRecord(bodyElsewhere)).toBe(bodyElsewhere)
  })

  it('has no record for a page without data-pagefind-body', () => {
    expect(searchRecord(page(content[1], { mainAttrs: '' }))).toBeNull()
  })
})
