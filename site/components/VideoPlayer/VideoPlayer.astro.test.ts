import { describe, expect, it } from 'vitest'
import { itRendersEachExample, renderExample } from '../test-helpers.ts'
import VideoPlayer from './VideoPlayer.astro'
import { examples } from './examples.ts'

describe('VideoPlayer', () => {
  itRendersEachExample(VideoPlayer, examples)

  it('offers the MP4 rendition for download where there is one, and always the German captions', async () => {
    const [withMp4, original] = await Promise.all(examples.map((e) => renderExample(VideoPlayer, e)))
    expect(withMp4).toContain('<source src="/videos/antrag.mp4" type="video/mp4">')
    expect(withMp4).toMatch(/href="\/videos\/antrag.mp4" download="antrag.mp4"/)
    expect(original).toMatch(/href="\/videos\/antrag.webm" download="antrag.webm"/)
    expect(original).not.toContain('poster=')
    for (const html of [withMp4, original]) expect(html).toMatch(/<track kind="captions" srclang="de"/)
    // 95 seconds, in words.
    expect(withMp4.replaceAll('\u00a0', ' ')).toContain('Dauer: 1 Minute 35 Sekunden)')
  })
})
