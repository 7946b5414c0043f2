import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ChecksFailed } from '../findings.ts'
import { checkLinks, parseHtml, sitemapLocations } from '../links.ts'

// HTML the link check's former hand-written tokenizer read wrongly (links.ts now parses with htmlparser2).

const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lotse-links-html-'))
  dirs.push(dir)
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), content)
  }
  return dir
}

const page = (body: string) => `<!doctype html><html lang="de"><head><title>T</title></head><body>${body}</body></html>`

describe('link check: reading HTML as a browser does', () => {
  it('finds a link whose attributes have no space between them', async () => {
    expect(parseHtml('<a href="/a/"id="x">a</a>')).toEqual({
      ids: new Set(['x']),
      references: [{ tag: 'a', attribute: 'href', value: '/a/', text: 'a' }],
    })
    const dir = await site({ 'index.html': page('<a class="x"href="/fehlt/">weg</a>') })
    const error = await checkLinks({ dir }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChecksFailed)
    expect((error as ChecksFailed).report.findings).toEqual([
      {
        page: '/',
        issues: [
          {
            code: 'broken-link',
            message: 'Link auf /fehlt/ führt ins Leere',
            selector: 'a[href="/fehlt/"]',
            context: '<a href="/fehlt/">weg</a>',
          },
        ],
      },
    ])
  })

  it('reads markup in title and textarea as text, not as links', async () => {
    const html = page('<textarea><a href="/nirgends/">x</a></textarea>').replace(
      '<title>T</title>',
      '<title>Über <a href="/auch-nicht/"></title>',
    )
    expect(parseHtml(html).references).toEqual([])
    const dir = await site({ 'index.html': html })
    await expect(checkLinks({ dir })).resolves.toMatchObject({ findings: [], warnings: [] })
  })

  it('decodes every named entity of HTML in ids, so a fragment finds its heading', async () => {
    expect([...parseHtml('<h2 id="&Uuml;berblick">Überblick</h2>').ids]).toEqual(['Überblick'])
    const dir = await site({
      'index.html': page('<a href="/seite/#%C3%9Cberblick">Überblick</a>'),
      'seite/index.html': page('<h2 id="&Uuml;berblick">Überblick</h2>'),
    })
    await expect(checkLinks({ dir })).resolves.toMatchObject({ findings: [], warnings: [] })
  })

  it('takes the first of two equal attributes, as browsers do', () => {
    expect(parseHtml('<a href="/erste/" href="/zweite/">x</a>').references).toEqual([
      { tag: 'a', attribute: 'href', value: '/erste/', text: 'x' },
    ])
  })

  it("reads a link's text across tags, with an image's alternative text, escaped again for the finding", async () => {
    expect(
      parseHtml('<a href="/weg/">  Antrag <b>&amp;</b>\n Formular <img src="/i.svg" alt="(PDF)"></a> <p>danach</p>')
        .references,
    ).toEqual([
      { tag: 'a', attribute: 'href', value: '/weg/', text: 'Antrag & Formular (PDF)' },
      { tag: 'img', attribute: 'src', value: '/i.svg' },
    ])
    const dir = await site({ 'index.html': page('<a href="/weg/?a=1&amp;b=&quot;2&quot;">A &lt;B&gt;</a>') })
    const error = (await checkLinks({ dir }).catch((e: unknown) => e)) as ChecksFailed
    expect(error.report.findings[0].issues[0].context).toBe('<a href="/weg/?a=1&amp;b=&quot;2&quot;">A &lt;B&gt;</a>')
  })

  it('checks sitemap entries written as CDATA', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
      '<url><loc>http://localhost:4321/</loc></url><url><loc><![CDATA[http://localhost:4321/fehlt/?a=1&b=2]]></loc></url></urlset>'
    expect(sitemapLocations(xml)).toEqual(['http://localhost:4321/', 'http://localhost:4321/fehlt/?a=1&b=2'])
    const dir = await site({ 'index.html': page('Start'), 'sitemap.xml': xml })
    const error = await checkLinks({ dir, siteUrl: 'http://localhost:4321' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChecksFailed)
    expect((error as ChecksFailed).report.findings).toMatchObject([
      { page: '/sitemap.xml', issues: [{ code: 'broken-link', message: 'Sitemap-Eintrag /fehlt/ führt ins Leere' }] },
    ])
  })
})
