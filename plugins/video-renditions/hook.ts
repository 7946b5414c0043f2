import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { VideoTutorial } from '../../cms/payload-types.ts'
import { findFfmpeg, RENDITION_COLLECTION, RENDITION_CONTEXT, RENDITION_TASK, videosDir } from './renditions.ts'

/**
 * A new or replaced video file gets its MP4 rendition in the background (a
 * Payload job, plugins/video-renditions/renditions.ts): the upload answers at once and
 * the sidebar shows "Wird erstellt" until the job has run, or "Fehlt" when
 * the server has no ffmpeg. `context.videoRendition` (the job's own update)
 * and `context.seeding` (the seed makes its renditions itself) opt out.
 */
export const queueVideoRendition: CollectionAfterChangeHook<VideoTutorial> = async ({
  context,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (context[RENDITION_CONTEXT] || context.seeding) return doc
  const newFile = operation === 'create' || (doc.filename && doc.filename !== previousDoc?.filename)
  if (!newFile || !doc.filename || doc.mimeType === 'video/mp4') return doc
  if (!findFfmpeg()) {
    req.payload.logger.warn(
      `video rendition: ${RENDITION_COLLECTION}/${doc.id}: ffmpeg is not installed, no MP4 rendition`,
    )
    await req.payload.update({
      collection: RENDITION_COLLECTION,
      id: doc.id,
      data: { mp4: { status: 'missing', filename: null, sizeBytes: null } },
      overrideAccess: true,
      depth: 0,
      draft: doc._status !== 'published',
      context: { [RENDITION_CONTEXT]: true, skipPublish: true },
      req,
    })
    return { ...doc, mp4: { status: 'missing', filename: null, sizeBytes: null } }
  }
  await req.payload.jobs.queue({ task: RENDITION_TASK, input: { id: String(doc.id) }, req })
  return doc
}

/** Deleting a video deletes its rendition too. */
export const removeVideoRendition: CollectionAfterDeleteHook<VideoTutorial> = async ({ doc }) => {
  const file = doc.mp4?.filename
  if (file && !file.includes('/') && !file.includes('\\')) await rm(path.join(videosDir(), file), { force: true })
  return doc
}
