/**
 * The nightly task that deletes personal data no longer needed. One task
 * (`purgePersonalData`, 03:30 every night) for every feature that keeps such
 * data: each feature's plugin adds its own purge with `withPersonalDataPurge`,
 * and the task runs them one after the other, each logging what it cleared.
 * One task rather than one per feature: the task's slug is part of the
 * database schema (the jobs' task column), and a feature joining the task
 * changes nothing there.
 */
import type { JobsConfig, Payload, TaskConfig } from 'payload'

export const PERSONAL_DATA_TASK = 'purgePersonalData'

export interface PersonalDataPurge {
  /** What is cleared, for the log line ("bookings" → "retention: cleared 3 bookings"). */
  what: string
  /** Deletes what is due and returns how many entries it cleared. */
  purge: (payload: Payload) => Promise<number>
}

/** The purges of the task built by this module, in the order the plugins added them. */
const purgesOf = new WeakMap<TaskConfig, PersonalDataPurge[]>()

function personalDataTask(purges: PersonalDataPurge[]): TaskConfig {
  const task: TaskConfig = {
    slug: PERSONAL_DATA_TASK,
    schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
    handler: async ({ req }) => {
      for (const { what, purge } of purges) {
        const cleared = await purge(req.payload)
        req.payload.logger.info(`retention: cleared ${cleared} ${what}`)
      }
      return { output: {} }
    },
  }
  purgesOf.set(task, purges)
  return task
}

/** `jobs` with the nightly task, which now also runs `purge`. */
export function withPersonalDataPurge(jobs: JobsConfig | undefined, purge: PersonalDataPurge): JobsConfig {
  const tasks = jobs?.tasks ?? []
  const existing = tasks.find((task) => task.slug === PERSONAL_DATA_TASK)
  const before = existing ? purgesOf.get(existing) : []
  if (!before) throw new Error(`Another task is already called ${PERSONAL_DATA_TASK}.`)
  const task = personalDataTask([...before, purge])
  return {
    ...jobs,
    tasks: existing ? tasks.map((t) => (t === existing ? task : t)) : [...tasks, task],
  }
}
