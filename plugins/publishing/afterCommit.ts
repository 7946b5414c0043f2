import type { Payload, PayloadRequest } from 'payload'

/**
 * Work to do once the request's database transaction has committed: starting
 * the publish job right away (the job row is written inside the transaction,
 * so it exists exactly when the change does). Payload has no hook after the
 * commit, so the adapter's commitTransaction is wrapped once per instance:
 * callbacks registered for a transaction run after it committed and are
 * dropped when it is rolled back. Without a transaction (an adapter or call
 * without one) the callback runs on the next turn of the event loop.
 */
type Callback = () => void
type Id = string | number

const waiting = new WeakMap<object, Map<Id, Callback[]>>()

function install(payload: Payload): Map<Id, Callback[]> {
  const db = payload.db as unknown as {
    commitTransaction: (id: Id | Promise<Id>) => Promise<void>
    rollbackTransaction: (id: Id | Promise<Id>) => Promise<void>
  }
  const installed = waiting.get(db)
  if (installed) return installed
  const pending = new Map<Id, Callback[]>()
  waiting.set(db, pending)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const key = await id
    await commit(key)
    const callbacks = pending.get(key) ?? []
    pending.delete(key)
    for (const callback of callbacks) setImmediate(callback)
  }
  db.rollbackTransaction = async (id) => {
    const key = await id
    pending.delete(key)
    await rollback(key)
  }
  return pending
}

/** Runs `callback` after the transaction of `req` has committed (or soon, when there is none). */
export async function afterCommit(req: PayloadRequest, callback: Callback): Promise<void> {
  const pending = install(req.payload)
  const id = req.transactionID ? await req.transactionID : undefined
  if (id === undefined || id === null) {
    setImmediate(callback)
    return
  }
  pending.set(id, [...(pending.get(id) ?? []), callback])
}
