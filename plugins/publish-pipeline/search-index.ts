import * as pagefind from 'pagefind'

/**
 * Indexes a built site with Pagefind (German stemming comes from `<html lang="de">`).
 * Returns the number of pages indexed; throws with the Pagefind errors as cause.
 */
export async function indexSite(siteDir: string, log: (line: string) => void = () => {}): Promise<number> {
  const started = performance.now()
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'de' })
  if (!index) throw new Error('Pagefind could not create an index', { cause: createErrors })
  try {
    const added = await index.addDirectory({ path: siteDir })
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}`, { cause: added.errors })
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` })
    if (written.errors.length) throw new Error('Pagefind could not write its files', { cause: written.errors })
    log(`pagefind: ${added.page_count} pages indexed in ${Math.round(performance.now() - started)} ms`)
    return added.page_count
  } finally {
    await index.deleteIndex().catch(() => {})
    await pagefind.close()
  }
}
