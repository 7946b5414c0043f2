import type { Config, Endpoint } from 'payload'
import { describe, expect, it } from 'vitest'
import { HSDS_API_PATH } from './hsds/endpoints.ts'
import { syndication } from './index.ts'

const other: Endpoint = { path: '/slots', method: 'get', handler: async () => Response.json({}) }

/** A config as the plugin gets it (the database is never opened here). */
const config = (): Config => ({
  secret: 'unit-test',
  db: {
    defaultIDType: 'number',
    init: () => {
      throw new Error('no database in this test')
    },
  },
  endpoints: [other],
})

describe('syndication plugin', () => {
  it('adds the live HSDS API (GET and the CORS preflight, root and below) after the endpoints already there', async () => {
    const result = await syndication()(config())
    expect(result.endpoints?.[0]).toBe(other)
    expect(result.endpoints?.slice(1).map(({ path, method }) => `${method} ${path}`)).toEqual([
      `get ${HSDS_API_PATH}`,
      `get ${HSDS_API_PATH}/:path*`,
      `options ${HSDS_API_PATH}`,
      `options ${HSDS_API_PATH}/:path*`,
    ])
  })

  it('adds nothing with hsdsApi: false', async () => {
    expect((await syndication({ hsdsApi: false })(config())).endpoints).toEqual([other])
  })
})
