import { describe, expect, it } from 'vitest'
import { loopbackRedirect } from './httpPolicy.ts'

describe('loopbackRedirect', () => {
  it('sends a page asked for under another loopback name to the configured address', () => {
    expect(loopbackRedirect('GET', '127.0.0.1:3000', '/admin/login?x=1', 'http://localhost:3000')).toBe(
      'http://localhost:3000/admin/login?x=1',
    )
    expect(loopbackRedirect('HEAD', 'localhost:4321', '/suche/', 'http://127.0.0.1:4321')).toBe(
      'http://127.0.0.1:4321/suche/',
    )
    expect(loopbackRedirect('GET', '[::1]:3000', '/', 'http://localhost:3000')).toBe('http://localhost:3000/')
    expect(loopbackRedirect('GET', '127.0.0.1', '/', 'http://localhost')).toBe('http://localhost/')
  })

  it('leaves the configured name, other ports, other hosts and other methods alone', () => {
    expect(loopbackRedirect('GET', 'localhost:3000', '/admin', 'http://localhost:3000')).toBeNull()
    expect(loopbackRedirect('GET', 'LOCALHOST:3000', '/admin', 'http://localhost:3000')).toBeNull()
    expect(loopbackRedirect('GET', '127.0.0.1:41234', '/', 'http://localhost:3000')).toBeNull()
    // Behind a proxy or under its real name the server is never redirected.
    expect(loopbackRedirect('GET', 'cms.internal:3000', '/admin', 'http://localhost:3000')).toBeNull()
    expect(loopbackRedirect('GET', '127.0.0.1:3000', '/admin', 'https://redaktion.example.org')).toBeNull()
    expect(loopbackRedirect('POST', '127.0.0.1:3000', '/api/users/login', 'http://localhost:3000')).toBeNull()
    expect(loopbackRedirect('GET', undefined, '/', 'http://localhost:3000')).toBeNull()
  })

  it('never leaves the configured origin', () => {
    expect(loopbackRedirect('GET', '127.0.0.1:3000', '//other.example/x', 'http://localhost:3000')).toBe(
      'http://localhost:3000//other.example/x',
    )
    expect(loopbackRedirect('GET', '127.0.0.1:3000', 'http://other.example/', 'http://localhost:3000')).toBe(
      'http://localhost:3000/',
    )
  })
})
