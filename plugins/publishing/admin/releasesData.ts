import { existsSync } from 'node:fs'
import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { releasesDir } from '../releases.ts'
import { pipelineRunner } from '../runner.ts'
import { releaseStatuses } from '../collections.ts'
import type { Release } from '../../../cms/payload-types.ts'
import { rollbackTargetOf } from '../takeBack.ts'
import { changedEntries, titleText, type ChangedEntry } from '../releaseTitle.ts'

export interface Finding {
  page: string
  issues: { code: string; message: string; selector: string; type: string; runner: string }[]
}

export type { ChangedEntry }

export interface ReleaseRow {
  record: Release
  /** What it is about, in German (releaseTitle.ts): the changed documents, a rollback's date, … */
  title: string
  /** The documents it changed (empty for a start, a rollback or a build without changes). */
  changes: ChangedEntry[]
  statusLabel: string
  who: string | null
  durationMs: number | null
  onDisk: boolean
  live: boolean
  findings: Finding[]
}

export interface ReleasesOverview {
  rows: ReleaseRow[]
  /** The latest change to any release record (merged ones too): the view refreshes when it moves. */
  stamp: string | null
  /** How long the latest successful build took, as the estimate for a running one. */
  expectedMs: number | null
  total: number
  liveReleaseId: string | null
  /** The release a rollback would switch to (as PipelineRunner.rollback chooses it), or null. */
  rollbackTarget: string | null
}

export const stepLabels: Record<string, string> = {
  export: 'Export',
  build: 'Erstellen',
  syndicate: 'Open Data',
  index: 'Suchindex',
  gate: 'Barrierefreiheit',
  links: 'Links',
  switch: 'Umschalten',
}

const str = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value))

/** The `findings` JSON as the gate writes it; anything else is dropped rather than rendered. */
export function parseFindings(value: unknown): Finding[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((entry) => {
    if (!entry || typeof entry !== 'object') return []
    const { page, issues } = entry as { page?: unknown; issues?: unknown }
    if (typeof page !== 'string' || !Array.isArray(issues)) return []
    return [
      {
        page,
        issues: issues
          .filter((i): i is Record<string, unknown> => Boolean(i) && typeof i === 'object')
          .map((i) => ({
            code: str(i.code),
            message: str(i.message),
            selector: str(i.selector),
            type: str(i.type),
            runner: str(i.runner),
          })),
      },
    ]
  })
}

/**
 * The latest releases for the view "Veröffentlichungen", read with the user's
 * rights (every logged-in user reads releases). Requests merged into another
 * build are left out: their changes are listed with that build.
 */
export async function loadReleasesOverview(req: PayloadRequest, limit = 30): Promise<ReleasesOverview> {
  const { payload } = req
  const found = await payload.find({
    collection: 'releases',
    req,
    user: req.user,
    overrideAccess: false,
    depth: 0,
    limit,
    sort: '-createdAt',
    where: { status: { not_equals: 'merged' } },
  })
  const records = found.docs
  const userIds = [
    ...new Set(records.map((r) => r.triggeredBy).filter((u): u is number => u !== null && u !== undefined)),
  ].map((u) => (typeof u === 'object' ? (u as { id: number }).id : u))
  // Names of colleagues: users may only read themselves, the releases list shows who triggered what.
  const users = userIds.length
    ? (
        await payload.find({
          collection: 'users',
          overrideAccess: true,
          depth: 0,
          pagination: false,
          where: { id: { in: userIds } },
          select: { name: true, email: true },
        })
      ).docs
    : []
  const who = new Map(users.map((u) => [String(u.id), u.name ? `${u.name} (${u.email})` : u.email]))
  const live = await payload.find({
    collection: 'releases',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    sort: '-createdAt',
    where: { status: { equals: 'live' } },
  })
  const liveReleaseId = live.docs[0]?.releaseId ?? null
  const dir = releasesDir(pipelineRunner(payload).options.dataDir)
  const onDisk = (id: string | null | undefined) => Boolean(id) && existsSync(path.join(dir, id!))

  const rollbackTarget = liveReleaseId
    ? (await rollbackTargetOf(payload, pipelineRunner(payload).options.dataDir)).target
    : null

  // Titles, read once per document (the column names what changed, not its content).
  const titles = new Map<string, string | null>()
  const changes = new Map<Release['id'], ChangedEntry[]>()
  for (const record of records) changes.set(record.id, await changedEntries(payload, record, titles))
  const rows = records.map((record): ReleaseRow => {
    const triggeredBy = record.triggeredBy
    const userId = triggeredBy == null ? null : typeof triggeredBy === 'object' ? triggeredBy.id : triggeredBy
    const stepsMs = (record.steps ?? []).reduce((sum, s) => sum + (s.ms ?? 0), 0)
    const durationMs =
      record.startedAt && record.finishedAt
        ? new Date(record.finishedAt).getTime() - new Date(record.startedAt).getTime()
        : record.steps?.length
          ? stepsMs
          : null
    const changed = changes.get(record.id) ?? []
    return {
      record,
      title: titleText(record, changed),
      changes: changed,
      statusLabel: releaseStatuses.find((s) => s.value === record.status)?.label ?? record.status,
      who: userId === null ? null : (who.get(String(userId)) ?? `Konto ${userId}`),
      durationMs,
      onDisk: onDisk(record.releaseId),
      live: record.status === 'live' && record.releaseId === liveReleaseId,
      findings: parseFindings(record.findings),
    }
  })
  const latest = await payload.find({
    collection: 'releases',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    sort: '-updatedAt',
    select: { updatedAt: true },
  })
  const stamp = latest.docs[0]?.updatedAt ?? null
  const expectedMs =
    rows.find((row) => row.record.status === 'live' || row.record.status === 'superseded')?.durationMs ?? null
  return { rows, stamp, expectedMs, total: found.totalDocs, liveReleaseId, rollbackTarget }
}

/** 1234 → "1,2 s", 65000 → "1 min 5 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  if (ms < 60_000) return `${(ms / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 })} s`
  const minutes = Math.floor(ms / 60_000)
  const seconds = Math.round((ms % 60_000) / 1000)
  return `${minutes} min ${seconds} s`
}
