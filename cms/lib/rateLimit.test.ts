import { describe, expect, it } from 'vitest'
import { RateLimiter, clientKey } from './rateLimit.ts'

describe('RateLimiter', () => {
  it('allows `limit` requests per window and client, then refuses with the seconds to wait', () => {
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000 })
    const t = 1_000_000
    expect([1, 2, 3].map(() => limiter.hit('a', t).ok)).toEqual([true, true, true])
    const refused = limiter.hit('a', t + 30_000)
    expect(refused).toEqual({ ok: false, remaining: 0, retryAfter: 30 })
    expect(limiter.hit('b', t + 30_000).ok).toBe(true)
    expect(limiter.hit('a', t + 60_000).ok).toBe(true)
  })

  it('takes the address the nearest proxy added', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' })
    expect(clientKey({ headers })).toBe('198.51.100.7')
    expect(clientKey({ headers: new Headers() })).toBe('unknown')
  })
})
