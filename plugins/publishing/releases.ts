import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'

/** Where releases live below the data folder, and the name of the live symlink. */
export const releasesDir = (dataDir: string) => path.join(dataDir, 'releases')
export const currentLink = (dataDir: string) => path.join(dataDir, 'current')

/** A sortable, unique release id: UTC time plus a short random suffix. */
export function newReleaseId(now = new Date()): string {
  // To the millisecond: ids sort as the releases were made (the rollback takes the newest earlier one by its id);
  // to the second, two releases of one second sorted by their random suffix.
  return `${now.toISOString().replace(/[-:.]/g, '')}-${randomBytes(2).toString('hex')}`
}

/**
 * Points `current` at a release with one atomic rename: a new symlink is
 * created beside it and renamed over the old one, so a reader sees either the
 * old or the new release, never none.
 */
export async function switchCurrent(dataDir: string, releaseId: string): Promise<void> {
  const link = currentLink(dataDir)
  const tmp = `${link}.${randomBytes(4).toString('hex')}.tmp`
  await symlink(path.join('releases', releaseId), tmp)
  try {
    await rename(tmp, link)
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
}

/** The id of the live release, or null. */
export async function currentRelease(dataDir: string): Promise<string | null> {
  try {
    return path.basename(await readlink(currentLink(dataDir)))
  } catch {
    return null
  }
}

/** The folder a build writes into before it is renamed to its release id. */
export const stagingDir = (dataDir: string, releaseId: string) =>
  path.join(releasesDir(dataDir), `.staging-${releaseId}`)

/**
 * Removes what builds left behind that were interrupted (the CMS process
 * killed or crashed half way): their staging folders. Called by the next
 * build, which holds the build lock, so no other build is writing there.
 */
export async function removeInterruptedBuilds(dataDir: string): Promise<string[]> {
  const entries = await readdir(releasesDir(dataDir)).catch(() => [] as string[])
  const left = entries.filter((name) => name.startsWith('.staging-'))
  for (const name of left) await rm(path.join(releasesDir(dataDir), name), { recursive: true, force: true })
  return left
}

/** Deletes all but the newest `keep` releases; the live one is always kept. */
export async function pruneReleases(dataDir: string, keep = 10): Promise<string[]> {
  const dir = releasesDir(dataDir)
  await mkdir(dir, { recursive: true })
  const live = await currentRelease(dataDir)
  const ids = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort()
  const removable = ids.slice(0, Math.max(0, ids.length - keep)).filter((id) => id !== live)
  for (const id of removable) await rm(path.join(dir, id), { recursive: true, force: true })
  return removable
}
