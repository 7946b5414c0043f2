import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { describeViolation, importViolations } from '../../scripts/import-graph.ts'

/** A throw-away source tree: { 'cms/a.ts': "import './b.ts'" }. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-graph-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}
const trees: string[] = []
afterAll(() => trees.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const check = async (files: Record<string, string>) => {
  const dir = tree(files)
  trees.push(dir)
  return (await importViolations(dir, ['content-models', 'cms', 'plugins'])).map(describeViolation)
}

describe('import rules (scripts/import-graph.ts)', () => {
  it('hold for the whole code base: no cycle, a pure contract', async () => {
    const violations = await importViolations()
    expect(violations.map(describeViolation)).toEqual([])
  }, 60_000)

  it('find a cycle, also one of type imports through a third module', async () => {
    const found = await check({
      'plugins/a/index.ts': "import { b } from './b.ts'\nexport const a = b\n",
      'plugins/a/b.ts': "import type { C } from './c.ts'\nexport const b: C = 1\n",
      'plugins/a/c.ts': "import { a } from './index.ts'\nexport type C = typeof a\n",
      'cms/fine.ts': "import { a } from '../plugins/a/index.ts'\nexport const fine = a\n",
    })
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((line) => line.startsWith('no-cycle: plugins/a/'))).toBe(true)
    expect(found.join('\n')).not.toContain('cms/fine.ts')
  })

  it('find the contract importing the CMS or a plugin', async () => {
    const found = await check({
      'content-models/schema.ts': "import type { Service } from '../cms/payload-types.ts'\nexport type S = Service\n",
      'content-models/urls.ts': "import { x } from '../plugins/p/index.ts'\nexport const y = x\n",
      'cms/payload-types.ts': 'export interface Service { id: number }\n',
      'plugins/p/index.ts': 'export const x = 1\n',
    })
    expect(found).toEqual([
      'pure-contract: content-models/schema.ts → cms/payload-types.ts',
      'pure-contract: content-models/urls.ts → plugins/p/index.ts',
    ])
  })

  it('find code outside a feature reaching past its index.ts, tests excepted', async () => {
    const found = await check({
      'plugins/p/index.ts': "export { inner } from './inner.ts'\n",
      'plugins/p/inner.ts': "import { helper } from './helper.ts'\nexport const inner = helper\n",
      'plugins/p/helper.ts': 'export const helper = 1\n',
      'plugins/q/index.ts':
        "import { inner } from '../p/inner.ts'\nimport { inner as viaEntry } from '../p/index.ts'\nexport const q = inner + viaEntry\n",
      'cms/config.ts':
        "import { helper } from '../plugins/p/helper.ts'\nimport { inner } from '../plugins/p/index.ts'\nexport const c = helper + inner\n",
      'cms/config.test.ts': "import { helper } from '../plugins/p/helper.ts'\nexport const t = helper\n",
      'plugins/q/tests/suite.ts': "import { helper } from '../../p/helper.ts'\nexport const s = helper\n",
    })
    expect(found.sort()).toEqual([
      'feature-entry: cms/config.ts → plugins/p/helper.ts',
      'feature-entry: plugins/q/index.ts → plugins/p/inner.ts',
    ])
  })

  it('let the CMS and the plugins import the contract', async () => {
    const found = await check({
      'content-models/urls.ts': 'export const servicePath = (slug: string) => `/leistungen/${slug}/`\n',
      'cms/a.ts': "import { servicePath } from '../content-models/urls.ts'\nexport const a = servicePath('x')\n",
      'plugins/p/index.ts':
        "import { servicePath } from '../../content-models/urls.ts'\nexport const p = servicePath\n",
    })
    expect(found).toEqual([])
  })
})
