'use client'
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { formatAdminURL } from 'payload/shared'
import { useEffect } from 'react'

/** How often the view asks whether a release record changed. */
const POLL_MS = 1000

/**
 * Keeps the view "Veröffentlichungen" current without a reload: every second
 * (while the tab is visible) it asks the API for the time of the latest
 * change to any release record, a one-row answer, and when that differs
 * from what the page shows (`stamp`: a new request, a step, a result), it
 * has the server component rendered again (router.refresh keeps the page's
 * client state, e.g. opened details).
 */
export function ReleasesAutoRefresh({ stamp }: { stamp: string | null }) {
  const router = useRouter()
  const { config } = useConfig()
  useEffect(() => {
    const controller = new AbortController()
    const url = formatAdminURL({
      apiRoute: config.routes.api,
      serverURL: config.serverURL,
      path: '/releases?limit=1&sort=-updatedAt&depth=0&select[updatedAt]=true',
    })
    let refreshing = false
    const timer = setInterval(async () => {
      if (refreshing || document.visibilityState !== 'visible') return
      try {
        const response = await fetch(url, { credentials: 'include', cache: 'no-store', signal: controller.signal })
        if (!response.ok) return
        const body = (await response.json()) as { docs?: { updatedAt?: string }[] }
        const latest = body.docs?.[0]?.updatedAt ?? null
        if (latest !== stamp) {
          refreshing = true
          router.refresh()
        }
      } catch {
        // Offline for a moment or the tab closes: the next tick asks again.
      }
    }, POLL_MS)
    return () => {
      clearInterval(timer)
      controller.abort()
    }
  }, [stamp, router, config.routes.api, config.serverURL])
  return null
}
