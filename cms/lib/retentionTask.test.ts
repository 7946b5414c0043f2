import type { Payload, TaskHandlerArgs } from 'payload'
import { describe, expect, it } from 'vitest'
import { PERSONAL_DATA_TASK, withPersonalDataPurge } from './retentionTask.ts'

describe('the nightly personal-data task', () => {
  it('is one task at 03:30 that runs every feature’s purge in turn and logs what each cleared', async () => {
    const ran: string[] = []
    const other = { slug: 'other', handler: async () => ({ output: {} }) }
    let jobs = withPersonalDataPurge(
      { tasks: [other] },
      {
        what: 'feedback entries',
        purge: async () => (ran.push('feedback'), 2),
      },
    )
    jobs = withPersonalDataPurge(jobs, { what: 'bookings', purge: async () => (ran.push('bookings'), 3) })
    expect(jobs.tasks?.map((t) => t.slug)).toEqual(['other', PERSONAL_DATA_TASK])
    const task = jobs.tasks![1]
    expect(task.schedule).toEqual([{ cron: '0 30 3 * * *', queue: 'default' }])
    const logged: string[] = []
    const payload = { logger: { info: (line: string) => logged.push(line) } } as unknown as Payload
    const handler = task.handler as (args: Pick<TaskHandlerArgs<'purgePersonalData'>, 'req'>) => Promise<unknown>
    expect(await handler({ req: { payload } as TaskHandlerArgs<'purgePersonalData'>['req'] })).toEqual({ output: {} })
    expect(ran).toEqual(['feedback', 'bookings'])
    expect(logged).toEqual(['retention: cleared 2 feedback entries', 'retention: cleared 3 bookings'])
  })

  it('refuses a task of that name it did not make', () => {
    const foreign = { slug: PERSONAL_DATA_TASK, handler: async () => ({ output: {} }) }
    expect(() => withPersonalDataPurge({ tasks: [foreign] }, { what: 'x', purge: async () => 0 })).toThrow(
      /already called purgePersonalData/,
    )
  })
})
