/**
 * Video renditions: every uploaded video that is not MP4 gets an MP4 beside
 * it, made by ffmpeg in a background job (README.md). The only entry of the
 * feature.
 *
 * `videoRenditions(options)`, the Payload plugin, adds to the config the job
 * that makes a rendition (renditions.ts) and, on the video collection, the
 * hooks that queue it after an upload and delete it with the video (hook.ts).
 * The collection keeps its "MP4-Fassung" field (cms/collections/VideoTutorials.ts),
 * where the job records the rendition.
 */
import type { CollectionConfig, Field, Plugin, TaskConfig } from 'payload'
import { queueVideoRendition, removeVideoRendition } from './hook.ts'
import { makeMp4Rendition, RENDITION_COLLECTION, RENDITION_TASK } from './renditions.ts'

export interface VideoRenditionsOptions {
  /** How often a failed rendition is tried again (default: 2). */
  retries?: number
}

/** The job that makes the MP4 rendition of one video, queued by its upload. */
export function renditionTask(options: VideoRenditionsOptions = {}): TaskConfig<typeof RENDITION_TASK> {
  return {
    slug: RENDITION_TASK,
    inputSchema: [{ name: 'id', type: 'text', required: true }],
    retries: options.retries ?? 2,
    handler: async ({ input, req }) => {
      await makeMp4Rendition(req.payload, input.id)
      return { output: {} }
    },
  }
}

const hasRenditionField = (fields: Field[]): boolean =>
  fields.some((field) => 'name' in field && field.name === 'mp4' && field.type === 'group')

/** The video collection with the hooks that queue and remove its renditions (after its own hooks). */
function withRenditionHooks(collection: CollectionConfig): CollectionConfig {
  if (!collection.upload || !hasRenditionField(collection.fields)) {
    throw new Error(
      `videoRenditions: the collection "${RENDITION_COLLECTION}" must be an upload collection with an "mp4" group field`,
    )
  }
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), queueVideoRendition],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), removeVideoRendition],
    },
  }
}

/** The Payload plugin: the rendition job, and its hooks on the video collection. */
export function videoRenditions(options: VideoRenditionsOptions = {}): Plugin {
  return (config) => {
    const collections = config.collections ?? []
    if (!collections.some((collection) => collection.slug === RENDITION_COLLECTION)) {
      throw new Error(`videoRenditions: the config has no collection "${RENDITION_COLLECTION}"`)
    }
    return {
      ...config,
      collections: collections.map((collection) =>
        collection.slug === RENDITION_COLLECTION ? withRenditionHooks(collection) : collection,
      ),
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), renditionTask(options)] },
    }
  }
}

export { findFfmpeg, makeMp4Rendition, RENDITION_TASK } from './renditions.ts'
