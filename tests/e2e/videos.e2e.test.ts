/**
 * Videos play everywhere: every demo video offers its MP4 (H.264/AAC)
 * rendition beside the WebM original, both as <source>s of one <video>, and
 * the MP4 alone plays in Chromium (as on older Safari and iOS, which skip
 * the WebM).
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hasChromium, launchBrowser } from '../helpers/browser.ts'

const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')
const sitemap = readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8')
const videoPages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
  .map((m) => new URL(m[1]!).pathname)
  .filter((page) => /^\/videos\/[^/]+\/$/.test(page))

describe.skipIf(!hasChromium)('videos play everywhere', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('every demo video has an MP4 rendition beside its WebM, both sources of its <video>', () => {
    expect(videoPages.length).toBeGreaterThanOrEqual(7)
    for (const page of videoPages) {
      const html = readFileSync(path.join(siteDir, page, 'index.html'), 'utf8')
      const video = html.match(/<video[\s\S]*?<\/video>/)?.[0] ?? ''
      const sources = [...video.matchAll(/<source src="([^"]+)" type="([^"]+)"/g)].map((m) => ({
        src: m[1]!,
        type: m[2]!,
      }))
      expect(
        sources.map((s) => s.type),
        page,
      ).toEqual(['video/webm', 'video/mp4'])
      for (const { src } of sources) {
        const file = path.join(siteDir, decodeURIComponent(src))
        expect(existsSync(file), src).toBe(true)
        expect(statSync(file).size, src).toBeGreaterThan(1000)
      }
      // The download is the MP4 (it plays everywhere).
      expect(html).toMatch(/<a href="\/videos\/[^"]+\.mp4" download=/)
    }
  })

  it('plays the MP4 rendition alone and the page video with both sources', async () => {
    const page = await browser.newPage()
    await page.goto(siteUrl + videoPages[0])
    const mp4 = await page.locator('video source[type="video/mp4"]').getAttribute('src')
    const played = await page.evaluate(async (src) => {
      const video = document.createElement('video')
      video.muted = true
      video.src = src!
      document.body.append(video)
      await video.play()
      await new Promise((resolve) => setTimeout(resolve, 600))
      return { time: video.currentTime, width: video.videoWidth, error: video.error?.code ?? null }
    }, mp4)
    expect(played.error).toBeNull()
    expect(played.width).toBeGreaterThan(0)
    expect(played.time).toBeGreaterThan(0)
    const own = await page.evaluate(async () => {
      const video = document.querySelector('main video') as HTMLVideoElement
      video.muted = true
      await video.play()
      return { source: video.currentSrc, error: video.error?.code ?? null }
    })
    expect(own.error).toBeNull()
    expect(own.source).toMatch(/\.(webm|mp4)$/)
    await page.close()
  })
})
