import { writeHsdsRelease } from './hsds/release.ts'
import { writeOpenData } from './open-data.ts'

export interface SyndicationOptions {
  /** The published snapshot the release is built from (content-models' public shape). */
  snapshotDir: string
  /** The release folder being built. */
  outDir: string
  /** The live release folder, for the change feed; null on the first build. */
  previousDir: string | null
  /** The release id, e.g. 20261123T193629Z-9b5c. */
  releaseId: string
  /** When the release was built (ISO 8601). */
  builtAt: string
  /** The public site's base URL (SITE_URL). */
  siteUrl: string
}

/**
 * Writes every partner output into a release folder: the open data under
 * /api/v1/ (with schemas, OpenAPI description and change feed) and the HSDS
 * 3.0 export under /api/hsds/. Returns how many files were written.
 */
export async function writeSyndication(options: SyndicationOptions): Promise<{ files: number }> {
  const [openData, hsds] = await Promise.all([writeOpenData(options), writeHsdsRelease(options)])
  return { files: openData.files + hsds.files }
}
