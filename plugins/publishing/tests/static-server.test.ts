import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { get } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { switchCurrent } from '../releases.ts'
import { readFileSync } from 'node:fs'
import { serveCurrent, siteContentSecurityPolicy } from '../serve.ts'
import { firstPaintScript } from '../../../site/lib/firstPaint.ts'
import { createHash } from 'node:crypto'

/** Files whose stat is followed by their deletion: the file "vanishes" between the server's checks and its read. */
const vanishing = new Set<string>()
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const stat = (async (file: string, ...rest: unknown[]) => {
    const info = await (real.stat as (...a: unknown[]) => Promise<unknown>)(file, ...rest)
    if (vanishing.has(path.basename(file))) await real.rm(file, { force: true })
    return info
  }) as typeof real.stat
  return { ...real, default: { ...real, stat }, stat }
})

let dataDir: string
let outside: string
let base: string
let server: ReturnType<typeof serveCurrent>
const id = '20260101T000000Z-aaaa'
const video = Buffer.alloc(64 * 1024, 7)

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'lotse-serve-'))
  outside = await mkdtemp(path.join(tmpdir(), 'lotse-outside-'))
  await writeFile(path.join(outside, 'geheim.txt'), 'secret outside the release\n')
  const release = path.join(dataDir, 'releases', id)
  const files: Record<string, string | Buffer> = {
    'index.html': '<!doctype html><title>Start</title>',
    '404.html': '<!doctype html><title>Nicht gefunden</title>',
    'seite/index.html': '<!doctype html><title>Seite</title>',
    '_astro/site.css': 'body{color:#000}',
    '_astro/page.js': 'console.log(1)',
    'api/v1/services.json': '[]',
    'embed/lotse.js': 'void 0',
    'media/bild.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    'media/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'videos/clip.webm': video,
    'videos/clip.vtt': 'WEBVTT\n',
    'pagefind/pagefind.js': 'export {}',
    'pagefind/wasm.de.pagefind': 'x',
    'sitemap.xml': '<urlset/>',
    'robots.txt': 'User-agent: *\n',
    'weg.html': 'gone soon',
  }
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(release, name)), { recursive: true })
    await writeFile(path.join(release, name), content)
  }
  await symlink(path.join(outside, 'geheim.txt'), path.join(release, 'geheim.txt'))
  await symlink(outside, path.join(release, 'draussen'))
  await symlink(path.join(release, 'seite', 'index.html'), path.join(release, 'verweis.html'))
  await switchCurrent(dataDir, id)
  server = serveCurrent(dataDir).listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server?.close()
  await rm(dataDir, { recursive: true, force: true })
  await rm(outside, { recursive: true, force: true })
})

describe('static server of the live release', () => {
  it('answers a request for a file that vanishes while it is served, and keeps running', async () => {
    vanishing.add('weg.html')
    const gone = await fetch(`${base}/weg.html`)
    expect(gone.status).toBe(404)
    expect(await gone.text()).toContain('Nicht gefunden')
    expect((await fetch(`${base}/`)).status).toBe(200)
  })

  it('follows no symlink out of the release, but those inside it', async () => {
    for (const p of ['/geheim.txt', '/draussen/geheim.txt', '/draussen/']) {
      const answer = await fetch(base + p)
      expect(answer.status, p).toBe(404)
      expect(await answer.text(), p).not.toContain('secret')
    }
    const inside = await fetch(`${base}/verweis.html`)
    expect(inside.status).toBe(200)
    expect(await inside.text()).toContain('Seite')
    expect((await fetch(`${base}/../../etc/passwd`)).status).toBe(404)
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).status).not.toBe(200)
  })

  it('serves byte ranges of a video (seeking) and answers conditional requests with 304', async () => {
    const part = await fetch(`${base}/videos/clip.webm`, { headers: { range: 'bytes=100-199' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${video.length}`)
    expect(part.headers.get('accept-ranges')).toBe('bytes')
    expect((await part.arrayBuffer()).byteLength).toBe(100)
    const whole = await fetch(`${base}/videos/clip.webm`)
    const etag = whole.headers.get('etag')
    expect(etag).toBeTruthy()
    expect(whole.headers.get('last-modified')).toBeTruthy()
    await whole.arrayBuffer()
    // As a browser revalidates its cache (fetch() would add "Cache-Control: no-cache" to a conditional request).
    const again = await new Promise<number | undefined>((resolve, reject) =>
      get(`${base}/videos/clip.webm`, { headers: { 'if-none-match': etag! } }, (res) => {
        res.resume()
        resolve(res.statusCode)
      }).on('error', reject),
    )
    expect(again).toBe(304)
    const unsatisfiable = await fetch(`${base}/videos/clip.webm`, { headers: { range: 'bytes=999999-' } })
    expect(unsatisfiable.status).toBe(416)
  })

  it('sends the security headers and the right type with every kind of answer', async () => {
    const cases: [string, number, string][] = [
      ['/', 200, 'text/html; charset=utf-8'],
      ['/seite/', 200, 'text/html; charset=utf-8'],
      ['/_astro/site.css', 200, 'text/css; charset=utf-8'],
      ['/_astro/page.js', 200, 'text/javascript; charset=utf-8'],
      ['/api/v1/services.json', 200, 'application/json; charset=utf-8'],
      ['/embed/lotse.js', 200, 'text/javascript; charset=utf-8'],
      ['/media/bild.png', 200, 'image/png'],
      ['/media/logo.svg', 200, 'image/svg+xml'],
      ['/videos/clip.webm', 200, 'video/webm'],
      ['/videos/clip.vtt', 200, 'text/vtt; charset=utf-8'],
      ['/pagefind/pagefind.js', 200, 'text/javascript; charset=utf-8'],
      ['/pagefind/wasm.de.pagefind', 200, 'application/octet-stream'],
      ['/sitemap.xml', 200, 'application/xml; charset=utf-8'],
      ['/robots.txt', 200, 'text/plain; charset=utf-8'],
      ['/gibt-es-nicht/', 404, 'text/html; charset=utf-8'],
      ['/seite', 301, ''],
    ]
    for (const [p, status, type] of cases) {
      const answer = await fetch(base + p, { redirect: 'manual' })
      await answer.arrayBuffer()
      expect(answer.status, p).toBe(status)
      if (type) expect(answer.headers.get('content-type'), p).toBe(type)
      const csp = answer.headers.get('content-security-policy') ?? ''
      expect(csp, p).toContain("frame-ancestors 'none'")
      expect(csp, p).toContain("script-src 'self' 'wasm-unsafe-eval'")
      expect(csp, p).not.toContain('unsafe-inline')
      expect(csp, p).toContain("object-src 'none'")
      expect(answer.headers.get('x-content-type-options'), p).toBe('nosniff')
      expect(answer.headers.get('referrer-policy'), p).toBe('strict-origin-when-cross-origin')
      expect(answer.headers.get('x-frame-options'), p).toBe('DENY')
    }
    const post = await fetch(`${base}/`, { method: 'POST' })
    expect(post.status).toBe(405)
    expect(post.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe("the site's Content-Security-Policy", () => {
  it('allows the first-paint script by its hash and lets the feedback form reach the CMS', () => {
    const policy = siteContentSecurityPolicy('https://cms.beratung.example.org')
    const hash = createHash('sha256').update(firstPaintScript).digest('base64')
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`)
    expect(policy).toContain("connect-src 'self' https://cms.beratung.example.org")
    expect(policy).toContain("style-src 'self';")
  })

  it("is the one the README's nginx example sends", () => {
    const readme = readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8')
    const nginx = /add_header Content-Security-Policy "([^"]+)" always;/.exec(readme)?.[1]
    expect(nginx).toBe(siteContentSecurityPolicy('https://cms.beratung.example.org'))
  })
})

describe('the static server under another loopback name than SITE_URL', () => {
  it('sends the browser to SITE_URL first (the forms would be refused by the CMS from another origin)', async () => {
    let port = 0
    const local = serveCurrent(dataDir, { siteUrl: () => `http://localhost:${port}` }).listen(0, '127.0.0.1')
    await new Promise((r) => local.once('listening', r))
    port = (local.address() as AddressInfo).port
    try {
      const moved = await fetch(`http://127.0.0.1:${port}/seite/?q=1`, { redirect: 'manual' })
      expect(moved.status).toBe(307)
      expect(moved.headers.get('location')).toBe(`http://localhost:${port}/seite/?q=1`)
      // Under its own name it serves the page.
      const page = await fetch(`http://localhost:${port}/seite/`, { redirect: 'manual' })
      expect(page.status).toBe(200)
    } finally {
      local.close()
    }
  })
})
