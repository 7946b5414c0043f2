export interface RateLimitOptions {
  /** Requests allowed per client within the window. */
  limit: number
  /** Window length in milliseconds. */
  windowMs: number
}

export interface RateLimitResult {
  ok: boolean
  /** Requests left in the current window. */
  remaining: number
  /** Seconds until the window resets (for Retry-After). */
  retryAfter: number
}

/**
 * A fixed-window rate limiter per client key, in memory. Enough for one CMS
 * process; several processes behind a load balancer each count on their own
 * (the proxy in front should limit too). Keys live in memory only and are never
 * logged.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>()

  constructor(readonly options: RateLimitOptions) {}

  hit(key: string, now = Date.now()): RateLimitResult {
    const { limit, windowMs } = this.options
    let window = this.windows.get(key)
    if (!window || now - window.start >= windowMs) {
      window = { start: now, count: 0 }
      this.windows.set(key, window)
      if (this.windows.size > 10_000) this.sweep(now)
    }
    window.count++
    return {
      ok: window.count <= limit,
      remaining: Math.max(0, limit - window.count),
      retryAfter: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)),
    }
  }

  /** Forgets every client (tests). */
  reset(): void {
    this.windows.clear()
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.options.windowMs) this.windows.delete(key)
  }
}

/**
 * The client a request counts against: the last address in X-Forwarded-For,
 * which is the one the nearest proxy (nginx in production, else the Next.js
 * server) added for the connection it received; X-Real-IP, else "unknown".
 */
export function clientKey(req: { headers: Headers }): string {
  const forwarded = req.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
  return forwarded || req.headers.get('x-real-ip')?.trim() || 'unknown'
}
