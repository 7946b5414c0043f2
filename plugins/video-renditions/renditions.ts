/**
 * MP4 renditions of uploaded videos. Older Safari and iOS play no WebM, so
 * every video that is not MP4 gets an MP4 (H.264 video, AAC audio, moov atom
 * first so that it starts before it is fully loaded) next to the original in
 * the uploads folder, made with ffmpeg from Debian's packages. The site lists
 * both as <source>s. Without ffmpeg the original is kept as it is and the
 * video's "MP4-Fassung" says that the rendition is missing.
 */
import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { dataDir, settings } from '../../config.ts'

/** Context flag: the change comes from the rendition itself (no new rendition is queued). */
export const RENDITION_CONTEXT = 'videoRendition'

/** The job that makes a rendition (registered by the plugin, index.ts). */
export const RENDITION_TASK = 'makeVideoRendition'

/** The upload collection whose videos get renditions (its `mp4` group records them). */
export const RENDITION_COLLECTION = 'video-tutorials'

export type RenditionStatus = 'pending' | 'ready' | 'missing' | 'failed' | 'not-needed'

/** ffmpeg to use: FFMPEG_PATH, else `ffmpeg` on the PATH; null when there is none. */
export function findFfmpeg(): string | null {
  const configured = settings.FFMPEG_PATH
  const candidates = configured
    ? [configured]
    : settings.PATH.split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(dir, 'ffmpeg'))
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK)
      return file
    } catch {
      // not here
    }
  }
  return null
}

/** The rendition's file name: the original's name with .mp4 ("clip.webm" → "clip.mp4"). */
export function mp4Name(filename: string): string {
  return `${filename.replace(/\.[^.]+$/, '')}.mp4`
}

/** Where uploaded videos are stored (the collection's staticDir). */
export const videosDir = () => path.join(dataDir(), 'uploads', 'videos')

/**
 * Transcodes `input` to an MP4 at `output` (written next to it first, then
 * renamed, so that a half-written file is never served). Throws with
 * ffmpeg's last lines when it fails.
 */
export async function transcodeToMp4(ffmpeg: string, input: string, output: string): Promise<void> {
  const partial = `${output}.part`
  const args = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-i',
    input,
    // H.264 in the most widely supported profile, even dimensions, 8-bit 4:2:0.
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '23',
    '-profile:v',
    'main',
    '-pix_fmt',
    'yuv420p',
    '-vf',
    'scale=trunc(iw/2)*2:trunc(ih/2)*2',
    // AAC audio where there is audio (a silent original stays silent).
    '-c:a',
    'aac',
    '-b:a',
    '128k',
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
    partial,
  ]
  try {
    await new Promise<void>((resolve, reject) =>
      execFile(ffmpeg, args, { timeout: 30 * 60_000, maxBuffer: 1024 * 1024 }, (error, _stdout, stderr) =>
        error
          ? reject(
              new Error(`ffmpeg failed: ${String(stderr).trim().split('\n').slice(-3).join(' ')}`, { cause: error }),
            )
          : resolve(),
      ),
    )
    await rename(partial, output)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
}

/**
 * Makes the MP4 rendition of one video document and records it on the
 * document (`mp4` group). Used by the job and by the demo seed.
 */
export async function makeMp4Rendition(
  payload: Payload,
  id: number | string,
  context: Record<string, unknown> = {},
): Promise<RenditionStatus> {
  const doc = await payload.findByID({
    collection: RENDITION_COLLECTION,
    id,
    depth: 0,
    overrideAccess: true,
    draft: true,
  })
  if (!doc.filename) return 'not-needed'
  const record = (mp4: { status: RenditionStatus; filename?: string | null; sizeBytes?: number | null }) =>
    payload.update({
      collection: RENDITION_COLLECTION,
      id,
      data: { mp4 },
      overrideAccess: true,
      depth: 0,
      // A draft stays a draft; a published video gets the rendition in its published version.
      draft: doc._status !== 'published',
      context: { ...context, [RENDITION_CONTEXT]: true },
    })
  if (doc.mimeType === 'video/mp4') {
    await record({ status: 'not-needed', filename: null, sizeBytes: null })
    return 'not-needed'
  }
  const ffmpeg = findFfmpeg()
  if (!ffmpeg) {
    payload.logger.warn(`video rendition: video-tutorials/${id}: ffmpeg is not installed, no MP4 rendition`)
    await record({ status: 'missing', filename: null, sizeBytes: null })
    return 'missing'
  }
  const filename = mp4Name(doc.filename)
  const output = path.join(videosDir(), filename)
  const started = Date.now()
  try {
    await transcodeToMp4(ffmpeg, path.join(videosDir(), doc.filename), output)
  } catch (error) {
    payload.logger.error(
      `video rendition: video-tutorials/${id} failed: ${error instanceof Error ? error.message : String(error)}`,
    )
    await record({ status: 'failed', filename: null, sizeBytes: null })
    throw error
  }
  const { size } = await stat(output)
  await record({ status: 'ready', filename, sizeBytes: size })
  payload.logger.info(
    `video rendition: video-tutorials/${id}: ${filename} (${size} bytes) in ${Date.now() - started} ms`,
  )
  return 'ready'
}
