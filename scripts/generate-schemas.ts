/**
 * `npm run generate:schemas` writes the JSON Schema files in
 * content-models/json-schema/ from the zod schemas.
 * `npm run generate:schemas -- --check` changes nothing and exits 1 when the
 * committed files differ from freshly generated ones.
 */
import path from 'node:path'
import { checkJsonSchemas, jsonSchemaDir, writeJsonSchemas } from '../content-models/json-schema.ts'

const args = process.argv.slice(2)
const usage = 'Aufruf / usage: npm run generate:schemas [-- --check]'
const where = path.relative(process.cwd(), jsonSchemaDir) || '.'

if (args.some((arg) => arg === '--help' || arg === '-h')) {
  console.log(usage)
} else if (args.some((arg) => arg !== '--check')) {
  console.error(`Unbekanntes Argument / unknown argument: ${args.find((arg) => arg !== '--check')}\n${usage}`)
  process.exitCode = 2
} else if (args.includes('--check')) {
  const problems = await checkJsonSchemas()
  if (problems.length > 0) {
    console.error(`JSON Schema in ${where} is not up to date (run npm run generate:schemas):`)
    for (const problem of problems) console.error(`  ${problem}`)
    process.exitCode = 1
  } else {
    console.log(`JSON Schema in ${where} is up to date.`)
  }
} else {
  const changed = await writeJsonSchemas()
  console.log(
    changed.length === 0
      ? `JSON Schema in ${where} was already up to date.`
      : `Wrote ${changed.join(', ')} to ${where}.`,
  )
}
