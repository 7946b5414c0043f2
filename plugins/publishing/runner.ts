import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import type { Culprit } from './attribution.ts'
import { afterCommit } from './afterCommit.ts'
import { asDocId, type DocId } from './ids.ts'
import type { BuildError, BuildOptions, Release } from './build.ts'
import type { A11yMode } from './gate.ts'
import { failureText, storedFindings } from './releaseMessages.ts'
import { refuseChange } from './refusal.ts'
import { currentRelease, releasesDir, switchCurrent } from './releases.ts'
import { dataDir as defaultDataDir, repositoryRoot, settings } from '../../config.ts'

/** A changed document as the release record stores it. */
type ChangedDocRow = { collection: string; docId: string; change?: string | null }

export type BuildFunction = (options: BuildOptions) => Promise<Release>

export interface ChangedDoc {
  collection: string
  id: number | string
  change?: string
}

export interface BuildRequest {
  /** Why, for the record: "services/12 veröffentlicht", "Start", … */
  trigger: string
  /** The user whose change caused it. */
  user?: number | string | { id: number | string } | null
  docs?: ChangedDoc[]
  /** Which pages the accessibility gate checks for this request (`full`: all); the runner's setting by default. */
  a11y?: A11yMode
}

export interface RunnerOptions {
  dataDir?: string
  /** Repository root (Astro project root). */
  root?: string
  /** The build; buildRelease by default. Tests inject a fake one. */
  build?: BuildFunction
  /** Requests within this window are built together. */
  debounceMs?: number
  /** A burst never postpones a build longer than this. */
  maxWaitMs?: number
  /**
   * How long a lock holds without renewal: a crashed process's lock runs out
   * (on the same host it is taken over at once when its process is gone).
   */
  leaseMs?: number
  /** How often a process waiting for another's lock looks again. */
  pollMs?: number
  keep?: number
  /** Which pages the accessibility gate checks: changed ones plus one per template (default), all, or none. */
  a11y?: A11yMode
  log?: (line: string) => void
  /**
   * Build in this process when requested. Off with LOTSE_PUBLISH=off (tests,
   * command-line scripts): requests are then only recorded, and the server
   * builds them when it starts or on the next request.
   */
  autoBuild?: boolean
}

const LOCK = 'build'

/** Where the repository is (config.ts). */
export { repositoryRoot }

/** The id of the user a request names, for the record's `triggeredBy`. */
const userIdOf = (user: BuildRequest['user']): DocId | undefined =>
  user == null ? undefined : asDocId(typeof user === 'object' ? user.id : user)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The Payload job that builds the site (registered in cms/payload.config.ts). */
export const PUBLISH_TASK = 'publishSite'
export const PUBLISH_QUEUE = 'publish'

/**
 * Runs the publish pipeline for one Payload instance on Payload's job queue.
 * Each request is recorded as a `releases` row with status "queued" and
 * queues the `publishSite` job, inside the request's own transaction when it
 * has one; the job is due after a short quiet time (`debounceMs`, at most
 * `maxWaitMs` after the oldest waiting request), and a newer job replaces a
 * pending one (Payload's `supersedes`). The job's handler holds the database
 * lock, takes all queued rows, builds them together, and looks again. So a
 * burst gives one build, a request during a build exactly one more, and
 * several processes on one database never build at once (Payload's
 * concurrency key keeps two jobs apart in one process; the lock row, whose
 * insert only one process can win, across processes). A job that finds the
 * lock taken fails and Payload runs it again a moment later.
 */
/** When this process started (ms, rounded): tells a restarted process from an earlier one with the same pid. */
const processStarted = Math.round((Date.now() - process.uptime() * 1000) / 1000) * 1000

/** Whether the lock owner `host:pid:started:…` is a process of this host that has ended. */
function ownerHasEnded(owner: string): boolean {
  const [host, pidText, startedText] = owner.split(':')
  const pid = Number(pidText)
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return false
  // The same pid as this process: an earlier run (a container restarts with the same pid) unless it started with us.
  if (pid === process.pid) return Math.abs(Number(startedText) - processStarted) > 2000
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

export class PipelineRunner {
  /** Who holds the lock: host, pid and start of this process, and this runner. */
  readonly owner = `${hostname()}:${process.pid}:${processStarted}:${randomUUID()}`
  readonly options: Required<Omit<RunnerOptions, 'build'>> & { build?: BuildFunction }
  private waking: NodeJS.Timeout | null = null
  private draining: Promise<void> | null = null
  private closed = false
  private firstPending: number | null = null
  /** Requests of this process that asked for another gate mode, by record id (the mode is not stored). */
  private readonly a11yRequests = new Map<number | string, A11yMode>()

  constructor(
    readonly payload: Payload,
    options: RunnerOptions = {},
  ) {
    this.options = {
      dataDir: options.dataDir ?? defaultDataDir(),
      root: options.root ?? repositoryRoot(),
      build: options.build,
      // Short: one admin action (also a bulk publish) is one transaction and one request anyway, and requests
      // that arrive while a build runs wait for it and are built together; this only joins separate clicks.
      debounceMs: options.debounceMs ?? 300,
      maxWaitMs: options.maxWaitMs ?? 5000,
      leaseMs: options.leaseMs ?? 2 * 60_000,
      pollMs: options.pollMs ?? 2000,
      keep: options.keep ?? 10,
      a11y: options.a11y ?? 'changed',
      autoBuild: options.autoBuild ?? settings.LOTSE_PUBLISH !== 'off',
      log: options.log ?? ((line) => console.log(`publish: ${line}`)),
    }
  }

  /**
   * Records a request and queues the build job; returns the request's record
   * id. With `req` both are written in the request's transaction and the job
   * is started once it has committed.
   */
  async request({ trigger, user, docs = [], a11y }: BuildRequest, req?: PayloadRequest): Promise<number | string> {
    const row = await this.payload.create({
      collection: 'releases',
      overrideAccess: true,
      depth: 0,
      ...(req ? { req } : {}),
      data: {
        status: 'queued',
        trigger,
        triggeredBy: userIdOf(user),
        changedDocs: docs.map((d) => ({ collection: d.collection, docId: String(d.id), change: d.change })),
      },
    })
    if (a11y) this.a11yRequests.set(row.id, a11y)
    await this.queueJob(req, this.options.debounceMs)
    return row.id
  }

  /**
   * Queues the build job (replacing a pending one) when requests wait or a
   * build was interrupted, due when the requests have been quiet for `debounceMs`, at the latest `maxWaitMs` after the
   * oldest waiting one, and makes sure it runs then.
   */
  async schedule(req?: PayloadRequest, delay = this.options.debounceMs): Promise<void> {
    if (this.closed || !this.options.autoBuild) return
    // "building" too: a build whose process was killed is built again by whoever next holds the lock.
    const { totalDocs: waiting } = await this.payload.count({
      collection: 'releases',
      overrideAccess: true,
      where: { status: { in: ['queued', 'building'] } },
      ...(req ? { req } : {}),
    })
    if (waiting) await this.queueJob(req, delay)
  }

  private async queueJob(req: PayloadRequest | undefined, delay: number): Promise<void> {
    if (this.closed || !this.options.autoBuild) return
    // The quiet time counts from the first request since this process last started a build.
    this.firstPending ??= Date.now()
    const due = Math.max(Date.now(), Math.min(Date.now() + delay, this.firstPending + this.options.maxWaitMs))
    await this.payload.jobs.queue({
      task: PUBLISH_TASK,
      queue: PUBLISH_QUEUE,
      input: {},
      waitUntil: new Date(due),
      overrideAccess: true,
      ...(req ? { req } : {}),
    })
    const start = () => this.wake(due)
    if (req) await afterCommit(req, start)
    else start()
  }

  /**
   * Runs the publish queue when its job is due. In the CMS server Payload's
   * own scheduler (jobs.autoRun) does this every second anyway; this wakes it
   * at the due moment, and runs it where no scheduler runs (scripts, tests).
   */
  private wake(due: number): void {
    if (this.waking) clearTimeout(this.waking)
    this.waking = setTimeout(
      () => {
        this.waking = null
        void this.runQueue()
      },
      Math.max(0, due - Date.now()),
    )
  }

  private async runQueue(): Promise<void> {
    if (this.closed) return
    try {
      const result = await this.payload.jobs.run({ queue: PUBLISH_QUEUE, limit: 1, silent: true })
      // A job waiting for its time, or retried after it found the lock taken: look again then.
      if (!result.noJobsRemaining || (await this.pendingJobs()) > 0) this.wake(Date.now() + this.options.pollMs)
    } catch (error) {
      this.options.log(`could not run the publish queue: ${error instanceof Error ? error.message : error}`)
      this.wake(Date.now() + this.options.pollMs)
    }
  }

  /** Publish jobs not yet finished (waiting, due, running or to be retried). */
  private async pendingJobs(): Promise<number> {
    const { totalDocs } = await this.payload.count({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: {
        and: [
          { taskSlug: { equals: PUBLISH_TASK } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
    })
    return totalDocs
  }

  /** Resolves when this runner has nothing waiting or running. */
  async idle(): Promise<void> {
    for (;;) {
      if (this.draining) await this.draining
      else if (this.waking || (this.options.autoBuild && !this.closed && (await this.pendingJobs()) > 0))
        await sleep(50)
      else return
    }
  }

  /** Stops scheduling; waits for a running build. */
  async close(): Promise<void> {
    this.closed = true
    if (this.waking) clearTimeout(this.waking)
    this.waking = null
    await this.draining
  }

  /**
   * The job's work: builds while there are queued requests and this process
   * holds the lock. Throws when another process holds it and requests are
   * waiting, so that Payload runs the job again (that process may stop first).
   */
  async drain(): Promise<void> {
    while (this.draining) await this.draining
    this.firstPending = null
    let busy = false
    this.draining = (async () => {
      const acquired = await this.withLock(async () => {
        await this.requeueInterrupted()
        for (;;) {
          const queued = await this.queued()
          if (!queued.length) return
          await this.buildFor(queued)
        }
      })
      busy = !acquired && (await this.queued()).length > 0
    })()
    try {
      await this.draining
    } finally {
      this.draining = null
    }
    if (busy) throw new Error('another CMS process is building the site; this job runs again shortly')
  }

  private async queued() {
    const found = await this.payload.find({
      collection: 'releases',
      overrideAccess: true,
      depth: 0,
      pagination: false,
      where: { status: { equals: 'queued' } },
      sort: 'createdAt',
    })
    return found.docs
  }

  /**
   * Builds that were running when their process ended (a crash, a kill) are
   * still marked "building". Whoever holds the lock knows that no build runs,
   * so they are queued again and built with the next ones.
   */
  private async requeueInterrupted(): Promise<void> {
    const interrupted = await this.payload.update({
      collection: 'releases',
      overrideAccess: true,
      depth: 0,
      where: { status: { equals: 'building' } },
      data: { status: 'queued', startedAt: null },
    })
    for (const record of interrupted.docs)
      this.options.log(`release request ${record.id} was interrupted while building; queued again`)
  }

  /** Runs `run` while holding the database lock; false when another process holds it. */
  async withLock(run: () => Promise<void>): Promise<boolean> {
    if (!(await this.acquire())) return false
    const renew = setInterval(() => void this.renew(), Math.max(1000, this.options.leaseMs / 3))
    try {
      await run()
    } finally {
      clearInterval(renew)
      await this.release()
    }
    return true
  }

  /** Waits (up to `timeoutMs`) for the lock, then runs `run`. */
  async withLockWaiting(run: () => Promise<void>, timeoutMs = 15 * 60_000): Promise<void> {
    const until = Date.now() + timeoutMs
    while (!(await this.withLock(run))) {
      if (Date.now() > until) throw new Error('Die Website wird gerade erstellt; bitte später noch einmal versuchen.')
      await sleep(Math.min(this.options.pollMs, 500))
    }
  }

  private async acquire(): Promise<boolean> {
    const now = new Date()
    // An expired lease: its process has crashed or hangs.
    await this.payload.delete({
      collection: 'pipeline-locks',
      overrideAccess: true,
      where: { and: [{ name: { equals: LOCK } }, { expiresAt: { less_than: now.toISOString() } }] },
    })
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        // The unique name makes this the compare-and-set: only one insert can succeed.
        await this.payload.create({
          collection: 'pipeline-locks',
          overrideAccess: true,
          data: { name: LOCK, owner: this.owner, expiresAt: this.expiry() },
        })
        return true
      } catch {
        if (attempt > 0 || !(await this.releaseLockOfEndedProcess())) return false
      }
    }
    return false
  }

  /** A lock whose process on this host has ended (crashed, killed) is released at once instead of after its lease. */
  private async releaseLockOfEndedProcess(): Promise<boolean> {
    const { docs } = await this.payload.find({
      collection: 'pipeline-locks',
      overrideAccess: true,
      depth: 0,
      limit: 1,
      where: { name: { equals: LOCK } },
    })
    const owner = docs[0]?.owner
    if (!owner || owner === this.owner || !ownerHasEnded(owner)) return false
    this.options.log(`the build lock of ended process ${owner.split(':')[1]} is released`)
    await this.payload.delete({
      collection: 'pipeline-locks',
      overrideAccess: true,
      where: { and: [{ name: { equals: LOCK } }, { owner: { equals: owner } }] },
    })
    return true
  }

  private expiry(): string {
    return new Date(Date.now() + this.options.leaseMs).toISOString()
  }

  private async renew(): Promise<void> {
    await this.payload
      .update({
        collection: 'pipeline-locks',
        overrideAccess: true,
        where: { and: [{ name: { equals: LOCK } }, { owner: { equals: this.owner } }] },
        data: { expiresAt: this.expiry() },
      })
      .catch((error) => this.options.log(`could not renew the lock: ${error}`))
  }

  private async release(): Promise<void> {
    await this.payload.delete({
      collection: 'pipeline-locks',
      overrideAccess: true,
      where: { and: [{ name: { equals: LOCK } }, { owner: { equals: this.owner } }] },
    })
  }

  /** One build for all queued requests: the oldest becomes the build's record, the others are merged into it. */
  private async buildFor(queued: Awaited<ReturnType<PipelineRunner['queued']>>): Promise<void> {
    const [record, ...rest] = queued
    const triggers = [...new Set(queued.map((q) => q.trigger).filter(Boolean))]
    const changedDocs: ChangedDocRow[] = queued.flatMap((q) =>
      (q.changedDocs ?? []).map(({ collection, docId, change }) => ({
        collection: collection ?? '',
        docId: docId ?? '',
        change,
      })),
    )
    for (const other of rest)
      await this.payload.update({
        collection: 'releases',
        id: other.id,
        overrideAccess: true,
        depth: 0,
        data: { status: 'merged' },
      })
    const startedAt = new Date()
    await this.payload.update({
      collection: 'releases',
      id: record.id,
      overrideAccess: true,
      depth: 0,
      data: {
        status: 'building',
        startedAt: startedAt.toISOString(),
        trigger: triggers.join('; ').slice(0, 1000),
        changedDocs,
      },
    })
    const build = this.options.build ?? (await import('./build.ts')).buildRelease
    /** The newest request in this build that names a document (a refusal answers up to it). */
    const requestedAt = (collection: string, id: string) =>
      queued
        .filter((q) => (q.changedDocs ?? []).some((d) => d.collection === collection && d.docId === id))
        .map((q) => q.createdAt)
        .sort()
        .at(-1) ?? record.createdAt
    // The most thorough gate any of the merged requests asked for.
    const modes = queued.map((q) => this.a11yRequests.get(q.id) ?? this.options.a11y)
    const a11y = (['full', 'changed', 'off'] as const).find((mode) => modes.includes(mode)) ?? this.options.a11y
    for (const q of queued) this.a11yRequests.delete(q.id)
    this.options.log(`building (${triggers.join('; ')})`)
    // The step the build is in, for the editors' "Stand auf der Website" (written in order, never failing the build).
    let stepWrites: Promise<unknown> = Promise.resolve()
    const onStep = (step: string) => {
      stepWrites = stepWrites.then(() =>
        this.payload
          .update({ collection: 'releases', id: record.id, overrideAccess: true, depth: 0, data: { step } })
          .catch(() => {}),
      )
    }
    // Changes the checks refuse are taken out and the rest is built again in this job (refusal.ts).
    const refused: Array<{ collection: string; docId: string; message: string }> = []
    let pending = changedDocs
    let release: Release | undefined
    try {
      for (;;) {
        try {
          release = await build({
            payload: this.payload,
            dataDir: this.options.dataDir,
            root: this.options.root,
            keep: this.options.keep,
            a11y,
            log: this.options.log,
            onStep,
            changedDocs: pending.map((d) => ({ collection: d.collection, id: d.docId, change: d.change })),
          })
          break
        } catch (error) {
          const culprits = this.refusable(error as Partial<BuildError>, pending)
          if (!culprits) throw error
          const findings = (error as BuildError).findings
          for (const culprit of culprits) {
            const mine = pending.filter((d) => d.collection === culprit.collection && d.docId === culprit.id)
            const outcome = await refuseChange(this.payload, {
              collection: culprit.collection,
              id: culprit.id,
              pending: mine.filter((d) => d.change === 'veröffentlicht').length,
              findings: findings.filter((f) => culprit.pages.includes(f.page)),
              recordId: record.id,
              requestedAt: requestedAt(culprit.collection, culprit.id),
            })
            refused.push({ collection: culprit.collection, docId: culprit.id, message: outcome.message })
            this.options.log(
              `${culprit.collection}/${culprit.id}: publish refused (${(error as BuildError).step} failed on ${culprit.pages.join(', ')}); ${outcome.restored ? 'back at its live version' : 'a draft again'}, the refused content kept as a draft`,
            )
          }
          pending = pending.filter((d) => !culprits.some((c) => c.collection === d.collection && c.id === d.docId))
          this.options.log(`building again without the refused change(s)`)
        }
      }
      const built = release
      await stepWrites
      const stored = storedFindings(built.findings ?? [])
      await this.markLive(built.id, record.id)
      await this.payload.update({
        collection: 'releases',
        id: record.id,
        overrideAccess: true,
        depth: 0,
        data: {
          status: 'live',
          releaseId: built.id,
          pages: built.pages,
          pagesCopied: built.pagesCopied ?? null,
          steps: built.steps.map((s) => ({ step: s.step, ms: s.ms, ok: true })),
          pagesChanged: built.pagesChanged ?? null,
          pagesChecked: built.pagesChecked ?? null,
          findings: stored.findings,
          warnings: [
            ...refused.map((r) => `${r.collection}/${r.docId}: ${r.message}`),
            ...(built.warnings ?? []),
            ...(stored.warning ? [stored.warning] : []),
          ].map((message) => ({ message })),
          refusedDocs: refused.map(({ collection, docId }) => ({ collection, docId })),
          finishedAt: new Date().toISOString(),
        },
      })
      for (const warning of built.warnings ?? []) this.options.log(`warning: ${warning}`)
      this.options.log(`release ${built.id} (${built.pages} pages) is live`)
    } catch (error) {
      await stepWrites
      const failure = error as Partial<BuildError> & Error
      const step = failure.step ?? 'build'
      const steps = (failure.steps ?? []).map((s) => ({ step: s.step, ms: s.ms, ok: s.step !== step }))
      if (!steps.some((s) => s.step === step)) steps.push({ step, ms: 0, ok: false })
      const findings = failure.findings ?? []
      const warnings = failure.warnings ?? []
      const stored = storedFindings(findings)
      await this.payload.update({
        collection: 'releases',
        id: record.id,
        overrideAccess: true,
        depth: 0,
        data: {
          status: 'failed',
          steps,
          pagesChanged: failure.pagesChanged ?? null,
          pagesChecked: failure.pagesChecked ?? null,
          findings: stored.findings,
          warnings: [...warnings, ...(stored.warning ? [stored.warning] : [])].map((message) => ({ message })),
          error: failureText({ step, message: failure.message ?? String(error), findings, warnings }).slice(0, 20_000),
          refusedDocs: refused.map(({ collection, docId }) => ({ collection, docId })),
          finishedAt: new Date().toISOString(),
        },
      })
      // The whole cause (Astro's output, the checker's findings), not only its first line.
      this.options.log(
        `the build failed at step ${step}; the live site is unchanged. Cause:\n${(failure.message ?? String(error)).slice(-4000)}`,
      )
    }
  }

  /**
   * The changed documents to refuse for a failed build, or null when the
   * failure is the release's: only a failed gate or link check of an
   * incremental release whose every failing page comes from a published
   * change of a document with drafts (a full release's failure is the site's
   * code; a page no change explains shows content already live, which must not
   * block anyone; a deletion or unpublish cannot be refused by going back).
   */
  private refusable(failure: Partial<BuildError>, pending: ChangedDocRow[]): Culprit[] | null {
    const attribution = failure.attribution
    if (!attribution || (failure.step !== 'gate' && failure.step !== 'links')) return null
    if (attribution.unexplained.length || !attribution.culprits.length) return null
    const refusable = (culprit: Culprit) =>
      Boolean(this.payload.collections[culprit.collection as CollectionSlug]?.config.versions?.drafts) &&
      pending.some(
        (d) => d.collection === culprit.collection && d.docId === culprit.id && d.change === 'veröffentlicht',
      )
    return attribution.culprits.every(refusable) ? attribution.culprits : null
  }

  /**
   * Waits until the build of request `id` is over (by this or another process)
   * and returns its record: the request's own, or the one it was merged into.
   */
  async outcome(id: number | string, timeoutMs = 60 * 60_000) {
    const until = Date.now() + timeoutMs
    const request = await this.payload.findByID({ collection: 'releases', id, overrideAccess: true, depth: 0 })
    for (;;) {
      let record = await this.payload.findByID({ collection: 'releases', id, overrideAccess: true, depth: 0 })
      if (record.status === 'merged') {
        // Merged into the oldest request queued with it: its trigger lists ours.
        const found = await this.payload.find({
          collection: 'releases',
          overrideAccess: true,
          depth: 0,
          limit: 1,
          sort: '-createdAt',
          where: {
            and: [
              { status: { not_in: ['queued', 'merged'] } },
              { trigger: { contains: request.trigger ?? '' } },
              { createdAt: { less_than_equal: request.createdAt } },
            ],
          },
        })
        record = found.docs[0] ?? record
      }
      if (!['queued', 'merged', 'building'].includes(record.status)) return record
      if (Date.now() > until) throw new Error(`release request ${id} is still ${record.status}`)
      if (record.status === 'queued' && !this.waking && !this.draining) await this.schedule(undefined, 0)
      await sleep(Math.min(this.options.pollMs, 1000))
    }
  }

  /** Marks the records of earlier live releases as superseded. */
  private async markLive(releaseId: string, exceptId?: number | string): Promise<void> {
    await this.payload.update({
      collection: 'releases',
      overrideAccess: true,
      depth: 0,
      where: {
        and: [
          { status: { equals: 'live' } },
          { releaseId: { not_equals: releaseId } },
          ...(exceptId === undefined ? [] : [{ id: { not_equals: exceptId } }]),
        ],
      },
      data: { status: 'superseded' },
    })
  }

  /**
   * Switches `current` back to the newest earlier successful release that is
   * still on disk, and records it. Returns the release id now live.
   */
  async rollback(user?: BuildRequest['user']): Promise<string> {
    let result = ''
    await this.withLockWaiting(async () => {
      const { dataDir } = this.options
      const live = await currentRelease(dataDir)
      if (!live) throw new Error('Es ist noch keine Veröffentlichung live.')
      const candidates = await this.payload.find({
        collection: 'releases',
        overrideAccess: true,
        depth: 0,
        pagination: false,
        where: {
          and: [
            { status: { in: ['live', 'superseded'] } },
            { releaseId: { exists: true } },
            { releaseId: { less_than: live } },
          ],
        },
        sort: '-releaseId',
      })
      const previous = candidates.docs
        .map((d) => d.releaseId!)
        .find((id) => id < live && existsSync(path.join(releasesDir(dataDir), id)))
      if (!previous) throw new Error('Es gibt keine frühere Veröffentlichung mehr, zu der zurückgekehrt werden kann.')
      const started = performance.now()
      const startedAt = new Date().toISOString()
      await switchCurrent(dataDir, previous)
      const ms = Math.round(performance.now() - started)
      await this.payload.update({
        collection: 'releases',
        overrideAccess: true,
        depth: 0,
        where: { and: [{ releaseId: { equals: live } }, { status: { equals: 'live' } }] },
        data: { status: 'rolled-back' },
      })
      await this.markLive(previous)
      await this.payload.create({
        collection: 'releases',
        overrideAccess: true,
        depth: 0,
        data: {
          status: 'live',
          releaseId: previous,
          trigger: `Rollback von ${live}`,
          triggeredBy: userIdOf(user),
          startedAt,
          finishedAt: new Date().toISOString(),
          steps: [{ step: 'switch', ms, ok: true }],
        },
      })
      this.options.log(`rolled back from ${live} to ${previous}`)
      result = previous
    })
    return result
  }
}

const runners = new WeakMap<Payload, PipelineRunner>()

/** The runner of a Payload instance, created on first use; with options, a new one replaces it. */
export function pipelineRunner(payload: Payload, options?: RunnerOptions): PipelineRunner {
  let runner = runners.get(payload)
  if (!runner || options) {
    void runner?.close()
    runner = new PipelineRunner(payload, options)
    runners.set(payload, runner)
  }
  return runner
}

/**
 * Records a request to publish and builds in the background (coalesced, one
 * build at a time); with `req`, inside its transaction.
 */
export function requestBuild(payload: Payload, request: BuildRequest, req?: PayloadRequest): Promise<number | string> {
  return pipelineRunner(payload).request(request, req)
}

/**
 * The `publishSite` job: the pipeline of the Payload instance running it.
 * Registered by cms/payload.config.ts; `concurrency` keeps two of them from
 * running at once in a process and lets a newer job replace a waiting one.
 */
export const publishSiteTask = {
  slug: PUBLISH_TASK,
  concurrency: { key: () => 'site', exclusive: true, supersedes: true },
  // Found the lock taken (another process builds): again a second later, for as long as it takes.
  retries: { attempts: 3600, backoff: { type: 'fixed' as const, delay: 1000 } },
  handler: async ({ req }: { req: PayloadRequest }) => {
    await pipelineRunner(req.payload).drain()
    return { output: {} }
  },
}

/**
 * After a crash, a publish job may still be marked as running, and Payload
 * would never start another one with its concurrency key. When no living
 * process holds the pipeline lock (none does, its lease has run out, or its
 * process on this host has ended), such a job is dead: it is released and
 * runs again.
 */
export async function releaseStuckPublishJobs(payload: Payload): Promise<void> {
  const now = new Date().toISOString()
  const { docs: holders } = await payload.find({
    collection: 'pipeline-locks',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    where: { and: [{ name: { equals: LOCK } }, { expiresAt: { greater_than: now } }] },
  })
  if (holders.some((lock) => !ownerHasEnded(String(lock.owner ?? '')))) return
  await payload.update({
    collection: 'payload-jobs',
    overrideAccess: true,
    where: { and: [{ taskSlug: { equals: PUBLISH_TASK } }, { processing: { equals: true } }] },
    data: { processing: false },
  })
}
