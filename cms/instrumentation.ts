/**
 * Starts Payload when the Next.js server starts, not on the first request:
 * its job runner (scheduled publications), the retention job and the publish
 * pipeline's restart work (builds requested before a crash, cms/payload.config.ts
 * onInit) must run even when nobody opens the admin.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('./payload.config.ts')])
  await getPayload({ config })
}
