import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { hsdsDir, hsdsSchemasAvailable } from '../../../tests/helpers/hsds.ts'
import { useTempDirs } from '../test-dirs.ts'
import { generateHsdsTypes, hsdsTypesFile } from './types-generator.ts'

// Needs the HSDS 3.0 schemas (tests/helpers/requirements.ts): skipped with a loud warning where they are
// missing, a failure in CI.
describe.runIf(hsdsSchemasAvailable())('HSDS types generated from the HSDS 3.0 schemas', () => {
  const tempDir = useTempDirs()

  it('types.generated.ts is what the schemas give (run `npm run generate:hsds-types` when this fails)', async () => {
    expect(await generateHsdsTypes(hsdsDir)).toBe(readFileSync(hsdsTypesFile, 'utf8'))
  })

  it('stops on a compiled document that differs from its object in more than nested objects', async () => {
    const copy = tempDir('hsds-schemas')
    cpSync(hsdsDir, copy, { recursive: true })
    const file = path.join(copy, 'schema/compiled/service_at_location.json')
    const schema = JSON.parse(readFileSync(file, 'utf8'))
    schema.properties.description.type = 'number'
    writeFileSync(file, JSON.stringify(schema))
    await expect(generateHsdsTypes(copy)).rejects.toThrow(/service_at_location\.description: differs/)
  })
})
