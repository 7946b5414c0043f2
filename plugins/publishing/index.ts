/**
 * Publishing: every change to published content builds a new release of the
 * public site (export → Astro build → open data → search index → checks →
 * switch), refuses the one change the checks fail on, and can go back to the
 * previous release. A Payload plugin; README.md in this folder describes it.
 * This file is the feature's only entry: the config uses `publishing()`,
 * scripts and tests the runner, the release folders and the static server
 * re-exported below.
 */
import type { CollectionConfig, CollectionSlug, Config, GeneratePreviewURL, Plugin } from 'payload'
import { releasesPath, releasesTitle } from './admin/paths.ts'
import { PipelineLocks, PublishRefusals, Releases } from './collections.ts'
import { mediaChangeOnTheSite, mediaDeleteOnTheSite } from './mediaOnTheSite.ts'
import { withPublishStatusFields } from './publishStatusField.ts'
import { publishOnChange, publishOnDelete } from './requestPublish.ts'
import { isPreviewCollection, previewPath, previewRoute, previewTitle } from './preview.ts'
import { previewAssetEndpoint, previewChecksEndpoint } from './previewEndpoints.ts'
import { pipelineRunner, PUBLISH_QUEUE, publishSiteTask, releaseStuckPublishJobs } from './runner.ts'
import type { BuildOptions, Release } from './build.ts'

export interface PublishingOptions {
  /**
   * The collections whose changes change the public site: a change (for
   * collections with drafts: a publish, unpublish or deletion of published
   * content) requests a build. Those with drafts also get the sidebar fields
   * "Stand auf der Website" and "Erstmals veröffentlicht".
   */
  collections: CollectionSlug[]
  /**
   * The image collection whose images live pages show (mediaOnTheSite.ts):
   * changing or deleting such an image needs the right to publish. Images
   * have no drafts, so a change would be live with the next release.
   */
  media?: CollectionSlug
}

const hasDrafts = (collection: CollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

/** Adds the publish hooks (last, after the collection's own) and, with drafts, the sidebar fields. */
function publishedCollection(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const published: CollectionConfig = {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), publishOnChange],
      afterDelete: [...(hooks.afterDelete ?? []), publishOnDelete],
    },
  }
  if (isPreviewCollection(collection.slug))
    published.admin = { ...collection.admin, preview: previewLink(collection.slug) }
  return hasDrafts(published) ? { ...published, fields: withPublishStatusFields(published.fields) } : published
}

/** Payload's "Vorschau" button of the edit view opens the document's preview (preview.ts) in a new tab. */
const previewLink =
  (slug: Parameters<typeof previewPath>[0]): GeneratePreviewURL =>
  (doc, { req }) =>
    doc.id === undefined || doc.id === null ? null : previewPath(slug, String(doc.id), req.payload.config.routes.admin)

/** Adds the rule that only publishers change or delete an image that live pages show. */
function mediaCollection(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), mediaChangeOnTheSite],
      beforeDelete: [...(hooks.beforeDelete ?? []), mediaDeleteOnTheSite],
    },
  }
}

/**
 * The publishing plugin: the publish hooks and sidebar fields on the given
 * collections; the collections `releases`, `pipeline-locks` and
 * `publish-refusals` (with the endpoints /api/releases/status and
 * /api/releases/rollback); the admin view "Veröffentlichungen" and its nav
 * link; the `publishSite` job on its own queue, run every second; and, on
 * init, the release of publish jobs a crashed process left running and the
 * build of requests recorded while no server ran.
 */
export function publishing(options: PublishingOptions): Plugin {
  const plugin = (config: Config): Config => {
    const collections = config.collections ?? []
    const slugs = new Set(collections.map((c) => c.slug))
    for (const slug of [...options.collections, ...(options.media ? [options.media] : [])])
      if (!slugs.has(slug)) throw new Error(`publishing: the config has no collection "${slug}"`)
    const published = new Set<string>(options.collections)
    const admin = config.admin ?? {}
    const components = admin.components ?? {}
    const jobs = config.jobs ?? {}
    // The publish job is due seconds after a change: its queue is looked at every second.
    const publishRun = { cron: '* * * * * *', queue: PUBLISH_QUEUE, limit: 1, disableScheduling: true }
    const autoRun = jobs.autoRun
    const onInit = config.onInit
    return {
      ...config,
      collections: [
        ...collections.map((collection) => {
          let result = published.has(collection.slug) ? publishedCollection(collection) : collection
          if (collection.slug === options.media) result = mediaCollection(result)
          return result
        }),
        Releases,
        PipelineLocks,
        PublishRefusals,
      ],
      admin: {
        ...admin,
        components: {
          ...components,
          afterNavLinks: [
            ...(components.afterNavLinks ?? []),
            {
              path: '/cms/components/admin/NavLink#AdminNavLink',
              clientProps: { path: releasesPath, label: releasesTitle, id: 'nav-lotse-releases' },
            },
          ],
          views: {
            ...components.views,
            releases: {
              Component: '/plugins/publishing/admin/ReleasesView#ReleasesView',
              path: releasesPath,
              exact: true,
              meta: { title: releasesTitle },
            },
            preview: {
              Component: '/plugins/publishing/admin/PreviewView#PreviewView',
              path: `${previewRoute}/:collection/:id`,
              meta: { title: previewTitle },
            },
          },
        },
      },
      endpoints: [...(config.endpoints ?? []), previewChecksEndpoint, previewAssetEndpoint],
      jobs: {
        ...jobs,
        autoRun:
          typeof autoRun === 'function'
            ? async (payload) => [...(await autoRun(payload)), publishRun]
            : [...(autoRun ?? []), publishRun],
        // First, where the config listed it before it was a plugin (the order of the task enum in the database).
        tasks: [publishSiteTask, ...(jobs.tasks ?? [])],
      },
      // After the config's own: requests recorded while no server ran (scripts, a crashed process) are built.
      onInit: async (payload) => {
        await onInit?.(payload)
        await releaseStuckPublishJobs(payload)
        await pipelineRunner(payload).schedule()
      },
    }
  }
  // After the other features (order 0), which may add collections it publishes, and before the config's rules
  // for every collection (cms/payload.config.ts).
  return Object.assign(plugin, { order: 50 })
}

/**
 * Builds one release (build.ts) without the runner's lock and records.
 * Loaded on first use: the config does not need Astro's renderer and the
 * checks until the first build.
 */
export async function buildRelease(options: BuildOptions): Promise<Release> {
  return (await import('./build.ts')).buildRelease(options)
}

// The checks' browser (already loaded with the runner: its messages use the gate), for tests and benchmarks.
export {
  A11yBrowser,
  axeWcagTags,
  chromiumArgs,
  chromiumPath,
  findChromium,
  type A11yTarget,
  type AxeViolation,
} from './a11y-browser.ts'
export type { BuildOptions, Release } from './build.ts'
export { readTemplates, templateOf, type A11yMode } from './gate.ts'
export { backfillFirstPublished } from './firstPublished.ts'
export { currentLink, currentRelease, releasesDir } from './releases.ts'
export {
  PipelineRunner,
  pipelineRunner,
  requestBuild,
  type BuildRequest,
  type ChangedDoc,
  type RunnerOptions,
} from './runner.ts'
export { serveCurrent, serveFolder } from './serve.ts'
export { isPreviewCollection, previewPath, type PreviewCollection } from './preview.ts'
export { listFiles } from './site-files.ts'
// The publish status and the releases' overview as the editorial dashboard and lists show them (plugins/dashboard).
export { formatDateTime, releaseStatusOf, type PublishStatus } from './publishStatus.ts'
export { siteStateLabels, siteStatusOf, type SiteState, type SiteStatus } from './siteStatus.ts'
export { loadReleasesOverview, type ReleasesOverview } from './admin/releasesData.ts'
export { releasesPath, releasesTitle } from './admin/paths.ts'
/** The list cell "Auf der Website" (admin/SiteStatusCell.tsx), as a component path for a field's admin.components.Cell. */
export const siteStatusCell = '/plugins/publishing/admin/SiteStatusCell#SiteStatusCell'
