/**
 * Global setup of the `int:<database>` projects: makes the two template
 * databases of the run once (the schema, and the schema with the demo
 * content), so that each test file starts from a copy instead of pushing the
 * schema and seeding on its own. Fails at once, naming what is missing, when
 * the project's database server is not there in CI.
 */
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import {
  dropPostgresDatabase,
  postgresUrl,
  tempDataDir,
  uniqueName,
  withPostgresAdmin,
  type DatabaseTemplates,
  type TestDatabase,
} from '../helpers/database.ts'
import { inCI, missing } from '../helpers/requirements.ts'

const root = path.resolve(import.meta.dirname, '../..')

function make(which: 'empty' | 'demo', dataDir: string, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/setup/make-template.ts', which, dataDir, url], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`the ${which} template failed (exit ${code}):\n${output.slice(-4000)}`)),
    )
  })
}

/** Makes the templates; returns the teardown that removes them. */
export async function setup(project: TestProject) {
  const cleanup: Array<() => Promise<void> | void> = []
  const kind = (project.config.env?.LOTSE_TEST_DB ?? 'sqlite') as TestDatabase
  if (kind === 'mongodb') {
    // No templates on MongoDB (nothing to copy them with here): suites seed themselves.
    project.provide('databaseTemplates', null)
    return undefined
  }
  if (kind === 'postgres') {
    const problems = missing(['postgres'])
    if (problems.length) throw new Error(`${inCI ? 'CI must run the PostgreSQL suites: ' : ''}${problems.join('; ')}`)
  }
  const started = Date.now()
  const empty = tempDataDir('lotse-template-empty-')
  const demo = tempDataDir('lotse-template-demo-')
  cleanup.push(
    () => rmSync(empty, { recursive: true, force: true }),
    () => rmSync(demo, { recursive: true, force: true }),
  )
  const templates: DatabaseTemplates = { empty: { kind, dataDir: empty }, demo: { kind, dataDir: demo } }
  if (kind === 'sqlite') {
    await make('empty', empty, `file:${path.join(empty, 'lotse.db')}`)
    copyFileSync(path.join(empty, 'lotse.db'), path.join(demo, 'lotse.db'))
    await make('demo', demo, `file:${path.join(demo, 'lotse.db')}`)
  } else {
    const names = { empty: uniqueName('lotse_tpl_empty'), demo: uniqueName('lotse_tpl_demo') }
    await withPostgresAdmin((c) => c.query(`CREATE DATABASE ${names.empty}`))
    cleanup.push(() => dropPostgresDatabase(names.empty))
    await make('empty', empty, postgresUrl(names.empty))
    await withPostgresAdmin((c) => c.query(`CREATE DATABASE ${names.demo} TEMPLATE ${names.empty}`))
    cleanup.push(() => dropPostgresDatabase(names.demo))
    await make('demo', demo, postgresUrl(names.demo))
    templates.empty.database = names.empty
    templates.demo.database = names.demo
  }
  // Uploads of the empty template: none (seeding writes them into the demo folder).
  mkdirSync(path.join(empty, 'uploads'), { recursive: true })
  console.log(`${project.name}: template databases ready in ${Math.round((Date.now() - started) / 1000)} s`)
  project.provide('databaseTemplates', templates)
  return async () => {
    for (const step of cleanup.reverse()) await step()
  }
}
