/**
 * Syndication: what partners get from Lotse (README.md). The only entry of
 * the feature.
 *
 * - `syndication(options)`, the Payload plugin: the live HSDS 3.0 API under
 *   /api/hsds (hsds/endpoints.ts).
 * - `writeSyndication(options)`, which the publish pipeline calls for every
 *   release: the open data files under /api/v1/ and the HSDS files under
 *   /api/hsds/ (release-files.ts).
 */
import type { Plugin } from 'payload'
import { hsdsEndpoints } from './hsds/endpoints.ts'

export interface SyndicationOptions {
  /**
   * Whether the CMS serves the live HSDS API under /api/hsds (default: true).
   * The release's files are written by the publish pipeline either way.
   */
  hsdsApi?: boolean
}

/** The Payload plugin: adds the live HSDS API's endpoints to the config. */
export function syndication(options: SyndicationOptions = {}): Plugin {
  return (config) => {
    if (options.hsdsApi === false) return config
    return { ...config, endpoints: [...(config.endpoints ?? []), ...hsdsEndpoints] }
  }
}

export { writeSyndication } from './release-files.ts'
export type { ReleaseFilesOptions } from './release-options.ts'
/** The hash lists of the releases' files, which the pipeline prunes with its releases. */
export { fileHashes } from './writer.ts'
export type { ChangeFeed, OpenDataIndex, ServiceDocument } from './open-data-schemas.ts'
