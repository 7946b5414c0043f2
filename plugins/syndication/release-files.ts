/**
 * The partner files of a release, written by the publish pipeline
 * (plugins/publishing/build.ts) after the site is built: the open data under
 * /api/v1/ (open-data.ts) and the HSDS 3.0 files under /api/hsds/
 * (hsds/release.ts), through one writer that hard-links what is unchanged.
 */
import path from 'node:path'
import { sourceHash } from '../../cms/export/export-state.ts'
import { writeHsdsRelease } from './hsds/release.ts'
import { writeOpenData } from './open-data.ts'
import type { ReleaseFilesOptions } from './release-options.ts'
import { fileHashes, ReleaseWriter } from './writer.ts'

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
  options: ReleaseFilesOptions,
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
