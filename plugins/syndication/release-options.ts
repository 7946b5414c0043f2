/**
 * What the writers of a release's partner files share: their options and the
 * JSON layout of the files. A module of its own so that the entry (index.ts),
 * the open-data writer (open-data.ts) and the HSDS writer (hsds/release.ts)
 * import it without importing each other.
 */
import type { SnapshotChanges } from '../../cms/export/export.ts'

export interface ReleaseFilesOptions {
  /** The published snapshot the release is built from (content-models' public shape). */
  snapshotDir: string
  /** The release folder being built. */
  outDir: string
  /** The live release folder, for the change feed; null on the first build. */
  previousDir: string | null
  /** The release id, e.g. 20261123T193629123Z-9b5c. */
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

/** A value as the text of a partner file: indented JSON with a final newline. */
export const jsonFile = (value: unknown): string => JSON.stringify(value, null, 2) + '\n'
