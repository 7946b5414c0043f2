import { z } from 'zod'
import { dateTimeSchema, idSchema, imageSchema, refListSchema, refSchema, requiredText, slugSchema } from './common.ts'

/**
 * An explanatory or sign-language video.
 *
 * Left out on purpose: upload internals (thumbnailURL, focal point, the CMS's
 * own file URL), _status, createdAt.
 */
export const videoTutorialSchema = z
  .strictObject({
    /** CMS id as a string. */
    id: idSchema,
    /** Part of the address, unique among videos. */
    slug: slugSchema,
    /** Title. */
    title: requiredText('Titel'),
    /** Short description. */
    description: requiredText('Beschreibung'),
    /** The video file. */
    file: z.strictObject(
      {
        /** Public address of the file: /videos/<filename>. */
        url: z.string().regex(/^\/videos\/[^/\\]+$/),
        /** File name. */
        filename: z.string().min(1),
        /** MIME type. */
        mimeType: z.enum(['video/mp4', 'video/webm']),
        /** File size in bytes. */
        sizeBytes: z.number().int().positive(),
      },
      { error: (issue) => (issue.input === undefined ? 'Videodatei fehlt' : undefined) },
    ),
    /** The MP4 (H.264/AAC) rendition of a video uploaded in another format, once it is made. */
    mp4: z
      .strictObject({
        /** Public address of the file: /videos/<filename>. */
        url: z.string().regex(/^\/videos\/[^/\\]+\.mp4$/),
        /** File size in bytes. */
        sizeBytes: z.number().int().positive(),
      })
      .optional(),
    /** Captions as WebVTT (required in the CMS). */
    captions: z.string().regex(/^\uFEFF?WEBVTT/, 'Untertitel im Format WebVTT erwartet'),
    /** Full transcript, paragraphs separated by a blank line. */
    transcript: requiredText('Transkript'),
    /** Shown in German Sign Language (DGS). */
    dgs: z.boolean().default(false),
    /** In Leichte Sprache. */
    easyLanguage: z.boolean().default(false),
    /** Duration in seconds. */
    durationSeconds: z
      .number()
      .positive()
      .max(4 * 60 * 60),
    /** Poster image, if any. */
    poster: imageSchema.optional(),
    /** Ids of published services the video explains. */
    services: refListSchema,
    /** Id of the owning department. */
    department: refSchema,
    /** Last change of the published version. */
    updatedAt: dateTimeSchema,
  })
  .meta({ title: 'Video tutorial', description: 'A published explanatory video (Erklärvideo) in the Lotse snapshot.' })

export type VideoTutorial = z.infer<typeof videoTutorialSchema>
