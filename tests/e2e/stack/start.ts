import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sharedStack, type Stack } from '../../helpers/stack.ts'

/**
 * `npm start` on an empty data folder (the e2e run's shared stack): seeds the
 * demo content, builds the first release of the public site and serves it,
 * builds the admin when needed and serves it with the REST and GraphQL API
 * through the real Next.js server.
 */
export function startSuite() {
  describe('npm start', () => {
    let stack: Stack
    let base: string
    let siteBase: string

    beforeAll(async () => {
      stack = await sharedStack()
      base = stack.cmsUrl
      siteBase = stack.siteUrl
    })

    afterAll(async () => {
      await stack?.stop()
    })

    it('prints the demo logins and serves the German admin login page', async () => {
      expect(stack.output()).toContain('admin@demo.lotse.example')
      const html = await (await fetch(`${base}/admin/login`)).text()
      expect(html).toContain('lang="de"')
      // Lotse's logo and name, not Payload's (admin.components.graphics, admin.meta).
      expect(html).toContain('Lotse – Redaktion')
      expect(html).not.toContain('graphic-logo')
      // Each view its own title (admin.meta has no `title` that would replace them all).
      expect(html).toMatch(/<title>Anmelden – Lotse<\/title>/)
    })

    it('lets a demo publisher log in through the REST API and see the demo content', async () => {
      const publisher = stack.logins.find((l) => l.role === 'publisher')!
      const login = await fetch(`${base}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: publisher.email, password: publisher.password }),
      })
      expect(login.status).toBe(200)
      const { token } = (await login.json()) as { token: string }
      const services = (await (await fetch(`${base}/api/services?limit=1&depth=0`)).json()) as { totalDocs: number }
      expect(services.totalDocs).toBeGreaterThanOrEqual(40)
      const me = (await (
        await fetch(`${base}/api/users/me`, { headers: { Authorization: `JWT ${token}` } })
      ).json()) as {
        user: { role: string }
      }
      expect(me.user.role).toBe('publisher')
    })

    it('builds the first release of the public site and serves it beside the CMS', async () => {
      const response = await fetch(`${siteBase}/`)
      expect(response.status).toBe(200)
      expect(response.headers.get('x-lotse-release')).toMatch(/^\d{8}T\d{9}Z-[0-9a-f]{4}$/)
      expect(await response.text()).toContain('lang="de"')
    })

    it('answers GraphQL queries for published content', async () => {
      const response = await fetch(`${base}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ Locations(limit: 100) { totalDocs docs { name } } }' }),
      })
      const body = (await response.json()) as { data: { Locations: { totalDocs: number } } }
      expect(body.data.Locations.totalDocs).toBeGreaterThanOrEqual(15)
    })
  })
}
