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

describe('clientKey behind proxies', () => {
  const key = (xff: string, trusted = '') => {
    const before = process.env.LOTSE_TRUSTED_PROXIES
    process.env.LOTSE_TRUSTED_PROXIES = trusted
    try {
      return clientKey({ headers: new Headers({ 'x-forwarded-for': xff }) })
    } finally {
      if (before === undefined) delete process.env.LOTSE_TRUSTED_PROXIES
      else process.env.LOTSE_TRUSTED_PROXIES = before
    }
  }

  it('counts the connection when no proxy is trusted, whatever the client claims', () => {
    // The CMS server appended the connection's address (192.0.2.10) to what the client sent.
    expect(key('6.6.6.6, 7.7.7.7, 192.0.2.10')).toBe('192.0.2.10')
  })

  it('takes the address a trusted proxy added, and no further', () => {
    expect(key('203.0.113.9, 127.0.0.1', '127.0.0.1')).toBe('203.0.113.9')
    expect(key('6.6.6.6, 203.0.113.9, 127.0.0.1', 'loopback')).toBe('203.0.113.9')
    expect(key('6.6.6.6, 203.0.113.9, 10.0.0.2, 127.0.0.1', '127.0.0.1, 10.0.0.0/8')).toBe('203.0.113.9')
  })

  it('counts IPv6 clients per /64 network and IPv4-mapped addresses as IPv4', () => {
    expect(key('2001:db8:1:2:aaaa::1')).toBe(key('2001:db8:1:2:bbbb::99'))
    expect(key('2001:db8:1:3::1')).not.toBe(key('2001:db8:1:2::1'))
    expect(key('::ffff:203.0.113.5')).toBe('203.0.113.5')
  })
})
