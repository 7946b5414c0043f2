/**
 * `npm run bench`: runs the benchmarks and writes their JSON to bench/results/.
 * Without a flag the publish benchmark (bench/publish.ts); arguments are passed
 * on, e.g. `npm run bench -- --services 200 --changes 3`, or `npm run bench -- --demo`
 * for the demo content (bench/results/publish-demo.json). With `--easy-language`
 * (or its short form `--ls`) the Leichte-Sprache check benchmark
 * (bench/easy-language-check.ts), e.g. `npm run bench -- --easy-language --runs 100`.
 */
import { printEasyLanguageBenchmark } from './easy-language-check.ts'
import { parseArgs, runPublishBenchmark } from './publish.ts'

if (process.argv.includes('--easy-language') || process.argv.includes('--ls')) {
  printEasyLanguageBenchmark(process.argv.slice(2))
  process.exit(0)
}

const result = await runPublishBenchmark(parseArgs(process.argv.slice(2)))
console.log(
  `publish: ${result.fullBuild.pagesBuilt} pages, full ${result.fullBuild.totalMs} ms, floor ${result.floor.totalMs} ms, ` +
    `publish-to-live median ${result.publishToLive.medianMs} ms, p95 ${result.publishToLive.p95Ms} ms, ` +
    `peak RSS ${result.peakRssMb} MB, ${result.firstSearch ? `first search ${result.firstSearch.kb} KB, ` : ''}(${result.machine.cores} cores)`,
)
for (const [name, t] of Object.entries(result.targets))
  console.log(
    `${t.pass ? 'PASS' : 'MISS'} ${name}: ${t.value} ${t.unit} (target ≤ ${t.target}; ${t.marginOverPercent > 0 ? '+' : ''}${t.marginOverPercent} %)`,
  )
process.exit(0)
