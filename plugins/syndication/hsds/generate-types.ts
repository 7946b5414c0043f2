/**
 * `npm run generate:hsds-types [-- DIR]` writes types.generated.ts from the
 * HSDS 3.0 schemas in DIR (default: where the conformance tests find them,
 * tests/helpers/requirements.ts).
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { hsdsDir } from '../../../tests/helpers/requirements.ts'
import { generateHsdsTypes, hsdsTypesFile } from './types-generator.ts'

const [dir = hsdsDir, ...rest] = process.argv.slice(2)
if (rest.length > 0 || dir.startsWith('-')) {
  console.error('Aufruf / usage: npm run generate:hsds-types [-- HSDS_3.0_DIR]')
  process.exit(2)
}
await writeFile(hsdsTypesFile, await generateHsdsTypes(dir))
console.log(`Wrote ${path.relative(process.cwd(), hsdsTypesFile)} from ${dir}.`)
