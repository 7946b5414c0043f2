/**
 * All-or-nothing saves on the embedded SQLite database.
 *
 * Payload runs every write operation (create, update, restore, delete, login)
 * in a transaction when the adapter offers them; `@payloadcms/db-sqlite` only
 * does when `transactionOptions` is set. Its driver (libsql) then gives each
 * transaction a connection of its own (`BEGIN IMMEDIATE`), so two
 * transactions of one process would meet SQLite's single writer lock: the
 * second fails at once with SQLITE_BUSY, and a busy timeout cannot help,
 * because the driver waits synchronously and blocks the very event loop the
 * first transaction needs to finish. Hence:
 *
 * - transactions of one process take turns (a first-come, first-served
 *   queue), so concurrent requests wait for each other instead of failing;
 * - a write outside a transaction (Payload's job scheduler, a
 *   `disableTransaction` create) takes its turn too, in a transaction of its
 *   own, so it never meets an open one on the shared connection;
 * - where SQLite still reports SQLITE_BUSY (another process such as
 *   `npm run build:site` writes), starting a transaction is tried again after
 *   a short asynchronous pause, for up to `busyRetryMs`;
 * - the database runs in WAL mode, so readers never wait for the writer and
 *   a commit never waits for readers; after a crash SQLite replays or drops
 *   the last, incomplete transaction when the file is next opened.
 *
 * Written by hand because neither Payload nor libsql offers it; the parts it
 * touches (beginTransaction/commitTransaction/rollbackTransaction on the
 * adapter, execute/batch/transaction on the libsql client) are their public
 * interfaces.
 */
import type { DatabaseAdapter } from 'payload'

export interface SqliteSafetyOptions {
  /** How long a transaction waits for its turn before it fails (a hung transaction must not stall the CMS for ever). */
  queueTimeoutMs?: number
  /** How long a statement is retried while another process holds the write lock. */
  busyRetryMs?: number
}

/** A first-come, first-served lock whose waiters give up after a timeout. */
export class TurnQueue {
  private held = false
  private readonly waiting: { grant: () => void; timer: NodeJS.Timeout }[] = []

  acquire(timeoutMs: number): Promise<() => void> {
    const release = () => {
      const next = this.waiting.shift()
      if (next) {
        clearTimeout(next.timer)
        next.grant()
      } else this.held = false
    }
    if (!this.held) {
      this.held = true
      return Promise.resolve(once(release))
    }
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => resolve(once(release)),
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1)
          reject(new Error(`the database stayed busy for ${timeoutMs} ms (a transaction did not finish)`))
        }, timeoutMs),
      }
      this.waiting.push(entry)
    })
  }

  get length(): number {
    return this.waiting.length + (this.held ? 1 : 0)
  }
}

function once(fn: () => void): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    fn()
  }
}

const isBusy = (error: unknown): boolean => {
  const e = error as { code?: string; rawCode?: number; message?: string; cause?: unknown } | null
  if (!e) return false
  if (e.code === 'SQLITE_BUSY' || e.rawCode === 5 || /SQLITE_BUSY|database is locked/i.test(e.message ?? ''))
    return true
  return e.cause !== undefined && e.cause !== error && isBusy(e.cause)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs `run`, trying again while SQLite answers SQLITE_BUSY, with growing pauses up to `limitMs` in total. */
export async function retryWhileBusy<T>(run: () => Promise<T>, limitMs: number): Promise<T> {
  const until = Date.now() + limitMs
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    try {
      return await run()
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > until) throw error
      await sleep(pause + Math.random() * pause)
    }
  }
}

type LibsqlTransaction = {
  execute: (...args: unknown[]) => Promise<unknown>
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
}

type LibsqlClient = {
  execute: (...args: unknown[]) => Promise<unknown>
  batch: (...args: unknown[]) => Promise<unknown>
  transaction: (...args: unknown[]) => Promise<LibsqlTransaction>
}

/** Statements that only read: they run on the shared connection at once (in WAL mode readers never wait). */
function onlyReads(statement: unknown): boolean {
  const sql = typeof statement === 'string' ? statement : ((statement as { sql?: string } | null)?.sql ?? '')
  if (/^\s*(select|explain)\b/i.test(sql)) return true
  if (/^\s*pragma\b/i.test(sql)) return !sql.includes('=')
  return /^\s*with\b/i.test(sql) && !/\b(insert|update|delete|replace)\b/i.test(sql)
}

/**
 * Statements outside Payload's transactions (its job scheduler, `disableTransaction`
 * writes) run on the client's shared connection. A write there that met an open
 * transaction would fail half way and leave that connection on an old snapshot,
 * so that every later transaction started from it fails (SQLITE_BUSY_SNAPSHOT).
 * So such a write takes its turn like a transaction, in a transaction of its own;
 * reads run at once; and starting a transaction is retried while another process
 * writes.
 */
function guardClient(client: LibsqlClient, queue: TurnQueue, queueTimeoutMs: number, busyRetryMs: number) {
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  const transaction = client.transaction.bind(client)
  client.transaction = (...args: unknown[]) => retryWhileBusy(() => transaction(...args), busyRetryMs)
  client.execute = async (...args: unknown[]) => {
    if (onlyReads(args[0])) return execute(...args)
    const release = await queue.acquire(queueTimeoutMs)
    try {
      const tx = await client.transaction('write')
      try {
        const result = await tx.execute(...args)
        await tx.commit()
        return result
      } finally {
        tx.close()
      }
    } finally {
      release()
    }
  }
  client.batch = async (...args: unknown[]) => {
    const release = await queue.acquire(queueTimeoutMs)
    try {
      return await retryWhileBusy(() => batch(...args), busyRetryMs)
    } finally {
      release()
    }
  }
}

type SqliteAdapter = DatabaseAdapter & {
  client?: LibsqlClient
  connect?: (options?: unknown) => Promise<void>
}

/** Wraps the adapter returned by `sqliteAdapter(...)` (its `init`) with the turn queue and the busy retries. */
export function withSafeSqliteTransactions<T extends { init: (args: never) => unknown }>(
  adapterResult: T,
  { queueTimeoutMs = 60_000, busyRetryMs = 15_000 }: SqliteSafetyOptions = {},
): T {
  const init = adapterResult.init
  return {
    ...adapterResult,
    init: (args: never) => {
      const adapter = init(args) as SqliteAdapter
      const queue = new TurnQueue()
      const turns = new Map<string | number, () => void>()
      const begin = adapter.beginTransaction.bind(adapter)
      const commit = adapter.commitTransaction.bind(adapter)
      const rollback = adapter.rollbackTransaction.bind(adapter)

      adapter.beginTransaction = async (options) => {
        const release = await queue.acquire(queueTimeoutMs)
        try {
          const id = await begin(options)
          if (id === null) release()
          else turns.set(id, release)
          return id
        } catch (error) {
          release()
          throw error
        }
      }
      type Id = string | number
      const ending = (end: (id: Id | Promise<Id>) => Promise<void>) => async (incoming: Id | Promise<Id | null>) => {
        const id = await incoming
        try {
          if (id !== null) await end(id)
        } finally {
          if (id !== null && id !== undefined) {
            turns.get(id)?.()
            turns.delete(id)
          }
        }
      }
      adapter.commitTransaction = ending(commit) as typeof adapter.commitTransaction
      adapter.rollbackTransaction = ending(rollback) as typeof adapter.rollbackTransaction

      const connect = adapter.connect?.bind(adapter)
      if (connect)
        adapter.connect = async (options?: unknown) => {
          await connect(options)
          const client = adapter.client
          if (!client || (client as { lotseSafe?: boolean }).lotseSafe) return
          guardClient(client, queue, queueTimeoutMs, busyRetryMs)
          ;(client as { lotseSafe?: boolean }).lotseSafe = true
        }
      return adapter
    },
  } as T
}
