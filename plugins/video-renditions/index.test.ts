import type { CollectionAfterChangeHook, CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'
import { queueVideoRendition, removeVideoRendition } from './hook.ts'
import { RENDITION_COLLECTION, RENDITION_TASK } from './renditions.ts'
import { videoRenditions } from './index.ts'

const ownHook: CollectionAfterChangeHook = ({ doc }) => doc

const videos: CollectionConfig = {
  slug: RENDITION_COLLECTION,
  upload: true,
  hooks: { afterChange: [ownHook] },
  fields: [
    { name: 'title', type: 'text' },
    { name: 'mp4', type: 'group', fields: [{ name: 'status', type: 'text' }] },
  ],
}
const pages: CollectionConfig = { slug: 'pages', fields: [{ name: 'title', type: 'text' }] }

/** A config as the plugin gets it (the database is never opened here). */
function config(collections: CollectionConfig[]): Config {
  return {
    secret: 'unit-test',
    db: {
      defaultIDType: 'number',
      init: () => {
        throw new Error('no database in this test')
      },
    },
    collections,
    jobs: { tasks: [{ slug: 'otherTask', handler: async () => ({ output: {} }) }] },
  }
}

describe('videoRenditions plugin', () => {
  it('adds the rendition job after the tasks already there, retried twice by default', async () => {
    const result = await videoRenditions()(config([videos, pages]))
    expect(result.jobs?.tasks?.map((task) => task.slug)).toEqual(['otherTask', RENDITION_TASK])
    expect(result.jobs?.tasks?.at(-1)?.retries).toBe(2)
    expect(result.jobs?.tasks?.at(-1)?.inputSchema).toEqual([{ name: 'id', type: 'text', required: true }])
    const retried = await videoRenditions({ retries: 5 })(config([videos, pages]))
    expect(retried.jobs?.tasks?.at(-1)?.retries).toBe(5)
  })

  it('queues and removes renditions on the video collection, after its own hooks, and leaves others alone', async () => {
    const result = await videoRenditions()(config([videos, pages]))
    const collection = result.collections?.find((c) => c.slug === RENDITION_COLLECTION)
    expect(collection?.hooks?.afterChange).toEqual([ownHook, queueVideoRendition])
    expect(collection?.hooks?.afterDelete).toEqual([removeVideoRendition])
    expect(result.collections?.find((c) => c.slug === 'pages')).toBe(pages)
    // The collection given to the plugin is not changed.
    expect(videos.hooks?.afterChange).toEqual([ownHook])
  })

  it('refuses a config without the video collection or without its "mp4" field', () => {
    expect(() => videoRenditions()(config([pages]))).toThrow(/no collection "video-tutorials"/)
    const withoutField: CollectionConfig = { ...videos, fields: [{ name: 'title', type: 'text' }] }
    expect(() => videoRenditions()(config([withoutField]))).toThrow(/"mp4" group field/)
  })
})
