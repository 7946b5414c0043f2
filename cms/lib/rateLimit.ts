import ipaddr from 'ipaddr.js'
import proxyaddr from 'proxy-addr'
import { settings } from '../../config.ts'

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

  /** The state of a key without counting a request (for limits that count failures only). */
  peek(key: string, now = Date.now()): RateLimitResult {
    const { limit, windowMs } = this.options
    const window = this.windows.get(key)
    if (!window || now - window.start >= windowMs) return { ok: true, remaining: limit, retryAfter: 0 }
    return {
      ok: window.count < limit,
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

/** Addresses and ranges of the proxies in front of the CMS (LOTSE_TRUSTED_PROXIES), compiled once per value. */
let trusted: { value: string; trust: (address: string, hop: number) => boolean } | null = null

/**
 * Whether an address belongs to a trusted proxy. LOTSE_TRUSTED_PROXIES is a
 * comma-separated list of addresses, CIDR ranges or the names `loopback`,
 * `linklocal`, `uniquelocal` (proxy-addr); empty (the default) trusts none.
 */
export function trustedProxy(): (address: string, hop: number) => boolean {
  const value = settings.LOTSE_TRUSTED_PROXIES ?? ''
  if (trusted?.value !== value) {
    const list = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    trusted = { value, trust: proxyaddr.compile(list) }
  }
  return trusted.trust
}

/**
 * IPv6 clients are counted per /64 network: one connection usually has a
 * whole /64, and rotating addresses within it must not reset the limits.
 */
function networkKey(address: string): string {
  if (!ipaddr.isValid(address)) return address
  const parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6
    if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString()
    return `${v6.parts
      .slice(0, 4)
      .map((p) => p.toString(16))
      .join(':')}::/64`
  }
  return parsed.toString()
}

/**
 * The client a request counts against. The CMS server (scripts/cms-server.ts)
 * appends the address of the connection to X-Forwarded-For, as a proxy does;
 * from the right, every address of a trusted proxy (LOTSE_TRUSTED_PROXIES) is
 * skipped and the first other one is the client. A client therefore cannot
 * choose its own key by sending X-Forwarded-For: without trusted proxies the
 * key is the connection's address. "unknown" when there is no address at all.
 */
export function clientKey(req: { headers: Headers }): string {
  const chain = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const peer = chain.pop()
  if (!peer) return 'unknown'
  const address = proxyaddr(
    {
      headers: { 'x-forwarded-for': chain.join(', ') },
      connection: { remoteAddress: peer },
      socket: { remoteAddress: peer },
    } as unknown as Parameters<typeof proxyaddr>[0],
    trustedProxy(),
  )
  return networkKey(address)
}
