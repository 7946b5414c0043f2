import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

describe('the contract (content-models/)', () => {
  it('imports nothing from cms/ or payload', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'content-models'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => /\.(ts|mjs|js)$/.test(file))
    expect(files.length).toBeGreaterThan(5)
    const offending = files.flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)]
        .map((m) => m[1]!)
        .filter((spec) => /^@?payload(?:cms)?(?:\/|$)/.test(spec) || spec.split('/').includes('cms'))
        .map((spec) => `${file}: ${spec}`),
    )
    expect(offending).toEqual([])
  })
})
