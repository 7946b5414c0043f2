import path from 'node:path'
import type { SnapshotChanges } from '../../cms/export/export.ts'
import { sourceHash } from '../../cms/export/export-state.ts'
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
  /**
   * What changed in the snapshot since the live release's (the export's
   * result) and the repository root: with both and `hashesDir`, only the
   * files made from changed items are made again; every other file is
   * hard-linked from the live release without being serialised or hashed.
   */
  incremental?: { changes: SnapshotChanges | null; root: string } | null
}

/** What the syndication files depend on besides the snapshot: their code, the contract, the site's address. */
const syndicationInputs = ['plugins/syndication', 'content-models']
/** Key of the code identity in a release's hash list (file paths never start with '#'). */
const FORMAT_KEY = '#format'

/**
 * Writes every partner output into a release folder: the open data under
 * /api/v1/ (with schemas, OpenAPI description and change feed) and the HSDS
 * 3.0 export under /api/hsds/. Returns how many files there are and how many
 * of them were taken over unchanged from the live release.
 */
export async function writeSyndication(
  options: SyndicationOptions,
): Promise<{ files: number; reused: number; incremental: boolean }> {
  const { hashesDir, previousDir, incremental } = options
  const previousHashes = hashesDir && previousDir ? await fileHashes.read(hashesDir, path.basename(previousDir)) : null
  const format = incremental ? await sourceHash(incremental.root, syndicationInputs, options.siteUrl) : null
  // Only files of a live release made by the same code for the same address may be taken over unseen.
  const changes = format && previousHashes?.[FORMAT_KEY] === format ? (incremental?.changes ?? null) : null
  const writer = new ReleaseWriter({
    outDir: options.outDir,
    previous: previousHashes && previousDir ? { dir: previousDir, hashes: previousHashes } : null,
  })
  await Promise.all([writeOpenData(options, writer, changes), writeHsdsRelease(options, writer, changes)])
  const files = await writer.done()
  if (hashesDir)
    await fileHashes.write(
      hashesDir,
      options.releaseId,
      format ? { ...writer.hashes, [FORMAT_KEY]: format } : writer.hashes,
    )
  return { files, reused: writer.linked, incremental: changes !== null }
}
