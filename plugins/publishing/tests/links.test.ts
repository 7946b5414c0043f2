import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ChecksFailed, type Finding } from '../findings.ts'
import { checkLinks, parseHtml } from '../links.ts'

const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

/** A release folder from a map of relative path → content. */
async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lotse-links-'))
  dirs.push(dir)
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), content)
  }
  return dir
}

const page = (body: string) =>
  `<!doctype html><html lang="de"><head><title>T</title><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>`

async function findings(dir: string): Promise<Finding[]> {
  try {
    await checkLinks({ dir, siteUrl: 'http://localhost:4321' })
    return []
  } catch (error) {
    if (!(error instanceof ChecksFailed)) throw error
    return error.report.findings
  }
}

describe('link check', () => {
  it('passes a site whose internal links, resources and fragments all resolve', async () => {
    const dir = await site({
      '_astro/site.css': 'body{}',
      'media/bild.webp': 'x',
      'index.html': page(
        `<a href="/leistungen/">Leistungen</a> <a href="leistungen/hilfe/#kosten">Kosten</a>
         <a href="/leistungen/hilfe">ohne Schrägstrich</a> <a href="#inhalt">Inhalt</a><main id="inhalt"></main>
         <a href="/?q=a&amp;b=c">Suche</a> <a href="http://localhost:4321/leistungen/">absolut</a>
         <a href="https://example.org/nirgends/">extern</a> <a href="mailto:a@example.org">Mail</a> <a href="tel:+4922100">Tel</a>
         <img src="/media/bild.webp" alt="" srcset="/media/bild.webp 1x, media/bild.webp 2x">
         <script type="application/ld+json">{"url":"/gibt-es-nicht/","x":"<a href=\\"/auch-nicht/\\">"}</script>
         <!-- <a href="/auskommentiert/"> -->`,
      ),
      'leistungen/index.html': page('<a href="../">Start</a> <a href="hilfe/">Hilfe</a> <a href="#top">nach oben</a>'),
      'leistungen/hilfe/index.html': page('<h2 id="kosten">Kosten</h2><a href="../../#inhalt">Start</a>'),
      '404.html': page('<a href="/">Zur Startseite</a>'),
      'sitemap.xml': `<?xml version="1.0"?><urlset><url><loc>http://localhost:4321/</loc></url><url><loc>http://localhost:4321/leistungen/hilfe/</loc></url></urlset>`,
    })
    expect(await findings(dir)).toEqual([])
  })

  it('names each broken link, resource, fragment and sitemap entry per page', async () => {
    const dir = await site({
      '_astro/site.css': 'body{}',
      'index.html': page(
        `<a href="/gibt-es-nicht/">weg</a> <a href="/gibt-es-nicht/">noch mal</a>
         <a href="/leistungen/#fehlt">Sprungmarke</a> <img src="/media/fehlt.webp" alt="">
         <a href="http://localhost:4321/auch-weg/">absolut</a>`,
      ),
      'leistungen/index.html': page(
        '<h2 id="da">Da</h2><a href="unter/">relativ</a> <source srcset="/a.webp 1x, /b.webp 2x">',
      ),
      'sitemap.xml': `<urlset><url><loc>http://localhost:4321/</loc></url><url><loc>http://localhost:4321/entfernt/</loc></url></urlset>`,
    })
    expect(await findings(dir)).toEqual([
      {
        page: '/',
        issues: [
          {
            code: 'broken-link',
            message: 'Link auf /gibt-es-nicht/ führt ins Leere',
            selector: 'a[href="/gibt-es-nicht/"]',
            // The link's text, for the refusal to quote (explain.ts); the first of two equal links.
            context: '<a href="/gibt-es-nicht/">weg</a>',
          },
          {
            code: 'broken-link',
            message: 'Verweis auf /media/fehlt.webp führt ins Leere',
            selector: 'img[src="/media/fehlt.webp"]',
          },
          {
            code: 'broken-link',
            message: 'Link auf /auch-weg/ führt ins Leere',
            selector: 'a[href="http://localhost:4321/auch-weg/"]',
            context: '<a href="http://localhost:4321/auch-weg/">absolut</a>',
          },
        ],
      },
      {
        page: '/leistungen/',
        issues: [
          {
            code: 'broken-link',
            message: 'Link auf /leistungen/unter/ führt ins Leere',
            selector: 'a[href="unter/"]',
            context: '<a href="unter/">relativ</a>',
          },
          { code: 'broken-link', message: 'Verweis auf /a.webp führt ins Leere', selector: 'source[srcset="/a.webp"]' },
          { code: 'broken-link', message: 'Verweis auf /b.webp führt ins Leere', selector: 'source[srcset="/b.webp"]' },
        ],
      },
      {
        page: '/sitemap.xml',
        issues: [
          {
            code: 'broken-link',
            message: 'Sitemap-Eintrag /entfernt/ führt ins Leere',
            selector: 'loc:contains("http://localhost:4321/entfernt/")',
          },
        ],
      },
    ])
  })

  it('warns about fragments that name no id on their target page, without failing', async () => {
    const dir = await site({
      '_astro/site.css': '',
      'index.html': page(
        '<a href="/videos/#gebaerdensprache">DGS</a> <a href="#inhalt">Inhalt</a><main id="inhalt"></main>',
      ),
      'videos/index.html': page('<h2 id="untertitel">Videos</h2>'),
    })
    const report = await checkLinks({ dir })
    expect(report.findings).toEqual([])
    expect(report.warnings).toHaveLength(1)
    expect(report.warnings[0]).toContain('1 Link führt auf eine Sprungmarke, die es auf der Zielseite nicht gibt')
    expect(report.warnings[0]).toContain('/ → /videos/#gebaerdensprache')
  })

  it('fails with a message naming the count and the pages', async () => {
    const dir = await site({ '_astro/site.css': '', 'index.html': page('<a href="/weg/">weg</a>') })
    await expect(checkLinks({ dir })).rejects.toThrow('1 broken internal link on 1 page: /')
  })

  it('checks only the changed pages and the pages that point at a removed one, with the live index', async () => {
    const live = await site({
      '_astro/site.css': '',
      'index.html': page('<a href="/a/">A</a> <a href="/b/">B</a>'),
      'a/index.html': page('<a href="/">Start</a>'),
      'b/index.html': page('<a href="/a/#teil">A</a>'),
      'c/index.html': page('<p id="teil">ohne Links</p>'),
    })
    const first = await checkLinks({ dir: live })
    expect(first.checked).toBe(4)
    // The next release: /c/ changed, /a/ is gone; / and /b/ are unchanged, but point at /a/.
    const next = await site({
      '_astro/site.css': '',
      'index.html': page('<a href="/a/">A</a> <a href="/b/">B</a>'),
      'b/index.html': page('<a href="/a/#teil">A</a>'),
      'c/index.html': page('<p>geändert</p>'),
    })
    const failure = await checkLinks({
      dir: next,
      scope: { previous: first.index, changed: ['c/index.html'], removed: ['a/index.html'] },
    }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ChecksFailed)
    expect((failure as ChecksFailed).report.findings.map((f) => f.page).sort()).toEqual(['/', '/b/'])
    // Nothing removed: only the changed page is read; the others are known from the index.
    const same = await site({
      '_astro/site.css': '',
      'index.html': page('<a href="/a/">A</a> <a href="/b/">B</a>'),
      'a/index.html': page('<a href="/">Start</a>'),
      'b/index.html': page('<a href="/a/#teil">A</a>'),
      'c/index.html': page('<p>geändert</p>'),
    })
    const incremental = await checkLinks({
      dir: same,
      scope: { previous: first.index, changed: ['c/index.html'], removed: [] },
    })
    expect(incremental.checked).toBe(1)
    expect(incremental.findings).toEqual([])
    expect(Object.keys(incremental.index).sort()).toEqual([
      'a/index.html',
      'b/index.html',
      'c/index.html',
      'index.html',
    ])
  })

  it('reads attributes in any quoting and skips script, style and comments', () => {
    const { ids, references } = parseHtml(
      `<a id=eins href='/a/'>a</a><A HREF=/b/>b</A><p id="zwei" data-x="<a href='/nein/'>"></p>
       <style>a[href="/c/"]{}</style><script>document.write('<a href="/d/">')</script><!-- <img src="/e.png"> -->
       <a name="drei">x</a><img alt="a > b" src="/f.png">`,
    )
    expect([...ids].sort()).toEqual(['drei', 'eins', 'zwei'])
    expect(references.map((r) => `${r.tag}.${r.attribute}=${r.value}`)).toEqual([
      'a.href=/a/',
      'a.href=/b/',
      'img.src=/f.png',
    ])
  })

  it('checks 3000 pages in a few seconds', { timeout: 60_000 }, async () => {
    const files: Record<string, string> = {
      '_astro/site.css': 'body{}',
      'index.html': page('<a href="/p0/">erste</a>'),
    }
    const nav = Array.from({ length: 40 }, (_, i) => `<li><a href="/p${i}/#inhalt">Seite ${i}</a></li>`).join('')
    for (let i = 0; i < 3000; i++)
      files[`p${i}/index.html`] = page(
        `<nav><ul>${nav}</ul></nav><main id="inhalt"><a href="../p${(i + 1) % 3000}/">weiter</a></main>`,
      )
    const dir = await site(files)
    const started = performance.now()
    expect(await findings(dir)).toEqual([])
    expect(performance.now() - started).toBeLessThan(15_000)
  })
})
