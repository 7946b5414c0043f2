import type { SyndicationOptions } from '../index.ts'

// Placeholder while the HSDS export is being built (issue 7).
export async function writeHsdsRelease(_options: SyndicationOptions): Promise<{ files: number }> {
  return { files: 0 }
}
