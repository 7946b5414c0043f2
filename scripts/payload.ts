import type { Payload } from 'payload'
import { closeDatabase } from '../cms/lib/database.ts'
import { setEnv } from '../config.ts'

/**
 * A Payload instance for command-line scripts: same config as the server, no
 * job runner (the server runs scheduled publications).
 */
export async function loadPayload(): Promise<Payload> {
  // Scripts record publish requests; the server (npm start) builds them.
  setEnv({ LOTSE_JOBS: 'off', LOTSE_PUBLISH: 'off' })
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('../cms/payload.config.ts'),
  ])
  return getPayload({ config })
}

export async function closePayload(payload: Payload): Promise<void> {
  const adapter = payload.db
  await payload.destroy?.()
  await closeDatabase(adapter)
}
