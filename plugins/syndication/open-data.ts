import type { SyndicationOptions } from './index.ts'

// Placeholder while the open-data writer is being built (issue 7).
export async function writeOpenData(_options: SyndicationOptions): Promise<{ files: number }> {
  return { files: 0 }
}
