import path from 'node:path'
import { writeHsdsRelease } from './hsds/release.ts'
import { writeOpenData } from './open-data.ts'
import { fileHashes, ReleaseWriter } from './writer.ts'

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
  /**
   * Where the hash lists of the releases' files are kept (outside the
   * releases): with it, files that are unchanged since the live release are
   * hard-linked from there instead of written again.
   */
  hashesDir?: string
}

/**
 * Writes every partner output into a release folder: the open data under
 * /api/v1/ (with schemas, OpenAPI description and change feed) and the HSDS
 * 3.0 export under /api/hsds/. Returns how many files there are and how many
 * of them were taken over unchanged from the live release.
 */
export async function writeSyndication(options: SyndicationOptions): Promise<{ files: number; reused: number }> {
  const { hashesDir, previousDir } = options
  const previousHashes = hashesDir && previousDir ? await fileHashes.read(hashesDir, path.basename(previousDir)) : null
  const writer = new ReleaseWriter({
    outDir: options.outDir,
    previous: previousHashes && previousDir ? { dir: previousDir, hashes: previousHashes } : null,
  })
  await Promise.all([writeOpenData(options, writer), writeHsdsRelease(options, writer)])
  const files = await writer.done()
  if (hashesDir) await fileHashes.write(hashesDir, options.releaseId, writer.hashes)
  return { files, reused: writer.linked }
}
