import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Department } from '../../../cms/payload-types.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toPublicVideoTutorial, createMapContext, type PublishedDocs } from '../../../cms/export/map.ts'
import { videoTutorialSchema } from '../../../content-models/schemas/index.ts'
import { findFfmpeg, videosDir } from '../renditions.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { sampleCaptions, unique } from '../../../tests/helpers/fixtures.ts'
import { requires } from '../../../tests/helpers/requirements.ts'

/** What ffmpeg says about a file's streams ("Video: h264 …", "Audio: aac …"). */
function streams(ffmpeg: string, file: string): string {
  try {
    execFileSync(ffmpeg, ['-hide_banner', '-i', file], { stdio: 'pipe' })
  } catch (error) {
    // ffmpeg without an output file exits 1 after printing the input's streams.
    return String((error as { stderr?: Buffer }).stderr ?? '')
  }
  return ''
}

/**
 * MP4 renditions of uploaded videos (plugins/video-renditions/renditions.ts): a WebM
 * upload queues a job that writes an H.264/AAC MP4 beside it and records it
 * on the video, the export offers it to the site, and without ffmpeg the
 * upload keeps its original and the video says the rendition is missing.
 */
export function videoRenditionsSuite(kind: TestDatabase) {
  describe.skipIf(!requires('ffmpeg'))(`video renditions on ${kind}`, () => {
    let cms: TestCms
    let payload: Payload
    let department: Department
    let ffmpeg: string
    let clip: Buffer
    const work = mkdtempSync(path.join(tmpdir(), 'lotse-clip-'))

    beforeAll(async () => {
      cms = await startCms(kind)
      payload = cms.payload
      department = await payload.create({
        collection: 'departments',
        overrideAccess: true,
        depth: 0,
        data: { name: 'Dezernat Video', slug: unique('video') },
      })
      ffmpeg = findFfmpeg()!
      // A WebM with picture and sound (VP9 + Opus), as a camera or an editing program writes it.
      const file = path.join(work, 'clip.webm')
      execFileSync(ffmpeg, [
        '-hide_banner',
        '-loglevel',
        'error',
        '-f',
        'lavfi',
        '-i',
        'testsrc2=size=160x90:rate=8:duration=2',
        '-f',
        'lavfi',
        '-i',
        'sine=frequency=440:duration=2',
        '-c:v',
        'libvpx-vp9',
        '-b:v',
        '0',
        '-crf',
        '50',
        '-c:a',
        'libopus',
        '-shortest',
        file,
      ])
      clip = readFileSync(file)
    })
    afterAll(async () => {
      await cms?.close()
      rmSync(work, { recursive: true, force: true })
      delete process.env.FFMPEG_PATH
    })

    const upload = (name: string) =>
      payload.create({
        collection: 'video-tutorials',
        overrideAccess: true,
        depth: 0,
        data: {
          title: 'Testvideo',
          slug: unique('video'),
          description: 'Ein Video.',
          captions: sampleCaptions,
          transcript: 'Hallo und willkommen.',
          durationSeconds: 2,
          department: department.id,
          _status: 'published',
        },
        file: { data: clip, mimetype: 'video/webm', name, size: clip.length },
      })

    it('writes an H.264/AAC MP4 beside an uploaded WebM, in a job, and records it', async () => {
      const video = await upload('erklaerung.webm')
      // The upload answers at once; the rendition is a queued job.
      expect(video.mp4?.status ?? null).toBeNull()
      await payload.jobs.run()
      const done = await payload.findByID({
        collection: 'video-tutorials',
        id: video.id,
        depth: 0,
        overrideAccess: true,
      })
      expect(done.mp4?.status).toBe('ready')
      expect(done.mp4?.filename).toBe('erklaerung.mp4')
      const file = path.join(videosDir(), done.mp4!.filename!)
      expect(existsSync(file)).toBe(true)
      expect(done.mp4?.sizeBytes).toBe(readFileSync(file).length)
      const info = streams(ffmpeg, file)
      expect(info).toMatch(/Video: h264/)
      expect(info).toMatch(/Audio: aac/)
      // The original stays as it was.
      expect(readFileSync(path.join(videosDir(), done.filename!)).equals(clip)).toBe(true)

      // The export gives the site both files.
      const published: PublishedDocs = {
        services: [],
        'easy-language-texts': [],
        'glossary-terms': [],
        'contact-persons': [],
        locations: [],
        'video-tutorials': [done],
        pages: [],
        topics: [],
        departments: [department],
        regions: [],
        media: [],
      }
      const mapped = videoTutorialSchema.parse(toPublicVideoTutorial(done, createMapContext(published)))
      expect(mapped.file.mimeType).toBe('video/webm')
      expect(mapped.mp4).toEqual({ url: '/videos/erklaerung.mp4', sizeBytes: done.mp4!.sizeBytes })

      // Deleting the video deletes its rendition.
      await payload.delete({ collection: 'video-tutorials', id: video.id, overrideAccess: true })
      expect(existsSync(file)).toBe(false)
    })

    it('without ffmpeg keeps the original and says that the rendition is missing', async () => {
      process.env.FFMPEG_PATH = path.join(work, 'no-ffmpeg-here')
      try {
        const video = await upload('ohne.webm')
        const stored = await payload.findByID({
          collection: 'video-tutorials',
          id: video.id,
          depth: 0,
          overrideAccess: true,
        })
        expect(stored.mp4?.status).toBe('missing')
        expect(readFileSync(path.join(videosDir(), stored.filename!)).equals(clip)).toBe(true)
        expect(existsSync(path.join(videosDir(), 'ohne.mp4'))).toBe(false)
      } finally {
        delete process.env.FFMPEG_PATH
      }
    })
  })
}
