/**
 * `npm test`: the type check and the test suites side by side. The type
 * check is one process of about a minute that used to run before the suites
 * started; now it runs while they start (template databases, the `npm start`
 * stack of the browser tests). Vitest's output passes through as it comes;
 * the type checker's follows when it is done. Fails when either fails.
 * Arguments are passed to Vitest (`npm test -- --project unit`).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { childEnv } from '../config.ts'

const run = (command: string, args: string[], output: 'inherit' | 'pipe') =>
  spawn(command, args, { stdio: ['ignore', output, output], env: childEnv() })

const exited = (child: ChildProcess) =>
  new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(`${child.spawnargs.join(' ')}: ${error.message}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })

const typecheck = run('tsc', ['--noEmit'], 'pipe')
let typecheckOutput = ''
typecheck.stdout?.on('data', (chunk: Buffer) => (typecheckOutput += chunk))
typecheck.stderr?.on('data', (chunk: Buffer) => (typecheckOutput += chunk))
const started = Date.now()
const typecheckDone = exited(typecheck).then((code) => {
  console.log(
    `\n== type check (tsc --noEmit): ${code === 0 ? 'no errors' : 'FAILED'} after ${Math.round((Date.now() - started) / 1000)} s`,
  )
  return code
})
const tests = run('vitest', ['run', ...process.argv.slice(2)], 'inherit')

// Ctrl+C stops both.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    typecheck.kill(signal)
    tests.kill(signal)
  })

const [typecheckCode, testsCode] = await Promise.all([typecheckDone, exited(tests)])
if (typecheckCode !== 0) console.error(`\nThe type check failed:\n${typecheckOutput}`)
let timedCode = 0
// The browser tests that assert a time (vitest.config.ts: e2e:timed) run alone, once everything else passed: on a
// 2-core machine they would otherwise measure the other tests. Only for the whole suite (no arguments).
if (process.argv.length <= 2 && typecheckCode === 0 && testsCode === 0) {
  console.log('\n== timed browser tests, alone on the machine (project e2e:timed)')
  const timedRun = spawn('vitest', ['run', '--project', 'e2e:timed'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: childEnv({ LOTSE_TEST_TIMED: '1' }),
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => timedRun.kill(signal))
  timedCode = await exited(timedRun)
}
process.exit(typecheckCode || testsCode || timedCode)
