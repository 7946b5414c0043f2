import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Finding } from '../findings.ts'
import { requires } from '../../../tests/helpers/requirements.ts'
import { buildRelease } from '../build.ts'
import { currentRelease, releasesDir } from '../releases.ts'
import { listFiles } from '../site-files.ts'
import { pipelineRunner, type RunnerOptions } from '../runner.ts'
import { startCms, type TestCms } from '../../../tests/helpers/cms.ts'
import type { TestDatabase } from '../../../tests/helpers/database.ts'
import { buildWorld } from '../../../tests/helpers/fixtures.ts'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const hasChromium = requires('chromium')

/**
 * A private copy of the Astro project (config, site/, tsconfig, package.json)
 * that a test may break; content-models/, plugins/, packages/ and each package of
 * node_modules are linked, so Astro's caches stay inside the copy.
 */
async function copyAstroProject(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'lotse-astro-copy-'))
  for (const name of ['astro.config.mjs', 'config.ts', 'tsconfig.json', 'package.json', 'site'])
    await cp(path.join(repoRoot, name), path.join(root, name), { recursive: true })
  await symlink(path.join(repoRoot, 'content-models'), path.join(root, 'content-models'))
  // The site reads the Leichte-Sprache layout rules from the checker library.
  await symlink(path.join(repoRoot, 'packages'), path.join(root, 'packages'))
  await mkdir(path.join(root, 'node_modules'))
  for (const entry of await readdir(path.join(repoRoot, 'node_modules')))
    if (entry !== '.astro' && entry !== '.vite' && entry !== '.cache')
      await symlink(path.join(repoRoot, 'node_modules', entry), path.join(root, 'node_modules', entry))
  return root
}

/** Replaces `search` in a file of the copy; fails when it is not there (a template changed shape). */
async function edit(root: string, file: string, search: string, replace: string): Promise<void> {
  const full = path.join(root, file)
  const source = await readFile(full, 'utf8')
  if (!source.includes(search)) throw new Error(`${file} has no "${search}"`)
  await writeFile(full, source.replace(search, replace))
}

/** Sets environment variables for the duration of `run`. */
async function withEnv<T>(vars: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  const set = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values))
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
  }
  set(vars)
  try {
    return await run()
  } finally {
    set(before)
  }
}

/**
 * Real builds of the fixture world through the runner: a broken template, an
 * accessibility error and a broken internal link each stop the release before
 * the switch, leave `current` as it was and record the failing step.
 */
export function publishChecksSuite(kind: TestDatabase) {
  describe.skipIf(!hasChromium)(`publish pipeline checks on ${kind}`, () => {
    let cms: TestCms
    let serviceSlug: string
    let serviceId: number | string
    /** The Astro copy of the good build: the live release was rendered with its code. */
    let goodRoot: string
    const roots: string[] = []

    beforeAll(async () => {
      cms = await startCms(kind)
      const world = await buildWorld(cms.payload)
      const service = await cms.payload.findByID({
        collection: 'services',
        id: world.serviceA,
        overrideAccess: true,
        depth: 0,
      })
      serviceSlug = service.slug!
      serviceId = service.id
    })
    afterAll(async () => {
      await pipelineRunner(cms.payload).close()
      await cms?.close()
      for (const root of roots) await rm(root, { recursive: true, force: true })
    })

    /** Runs one build of the Astro copy at `root` through the runner and returns its record. */
    async function build(root: string, options: RunnerOptions = {}) {
      const runner = pipelineRunner(cms.payload, {
        dataDir: cms.dataDir,
        root,
        autoBuild: true,
        debounceMs: 0,
        pollMs: 200,
        log: () => {},
        ...options,
      })
      const id = await runner.request({ trigger: 'Test' })
      await runner.idle()
      return runner.outcome(id, 10 * 60_000)
    }

    async function brokenCopy(file: string, search: string, replace: string) {
      const root = await copyAstroProject()
      roots.push(root)
      await edit(root, file, search, replace)
      return root
    }

    const servicePage = 'site/pages/leistungen/[slug].astro'
    const onService = (markup: string) => `{service.slug === '${serviceSlug}' && (${markup})}\n</BaseLayout>`

    it(
      'a good build passes the gate (one page per template on the first release) and the link check',
      {
        timeout: 15 * 60_000,
      },
      async () => {
        const root = await copyAstroProject()
        roots.push(root)
        goodRoot = root
        const record = await build(root)
        expect(record.error ?? null, JSON.stringify(record.findings)).toBeNull()
        expect(record.status).toBe('live')
        expect(await currentRelease(cms.dataDir)).toBe(record.releaseId)
        expect(record.steps?.map((s) => [s.step, s.ok])).toEqual([
          ['export', true],
          ['build', true],
          ['syndicate', true],
          ['index', true],
          ['gate', true],
          ['links', true],
          ['switch', true],
        ])
        expect(record.pagesChanged).toBeGreaterThan(0)
        expect(record.pagesChecked).toBeGreaterThan(5)
        expect(record.pagesChecked).toBeLessThan(record.pagesChanged!)
        expect(record.findings).toEqual([])
        expect(record.warnings?.map((w) => w.message).join('\n')).toContain('Erste Veröffentlichung')
      },
    )

    /** sha1 of each HTML page of a release folder (the search index's own folder aside). */
    async function pageHashes(id: string) {
      const dir = path.join(releasesDir(cms.dataDir), id)
      const pages = (await listFiles(dir)).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
      const hashes = new Map<string, string>()
      for (const page of pages)
        hashes.set(
          page,
          createHash('sha1')
            .update(await readFile(path.join(dir, page)))
            .digest('hex'),
        )
      return hashes
    }

    it(
      'a content publish re-renders, re-checks and re-indexes only the pages that depend on it: no template samples',
      { timeout: 10 * 60_000 },
      async () => {
        expect(goodRoot, 'runs after the good build').toBeDefined()
        const live = (await currentRelease(cms.dataDir))!
        await cms.payload.update({
          collection: 'services',
          id: serviceId,
          overrideAccess: true,
          context: { skipPublish: true },
          data: { teaser: `Neu geprüft am ${Date.now().toString(36)}: Beratung auch am Abend.`, _status: 'published' },
        })
        const release = await buildRelease({
          payload: cms.payload,
          dataDir: cms.dataDir,
          root: goodRoot,
          a11y: 'changed',
        })
        expect(release.full).toBe(false)
        const before = await pageHashes(live)
        const after = await pageHashes(release.id)
        // Counted here from the two releases' bytes, independently of the pipeline's own bookkeeping.
        const changed = [...after].filter(([page, hash]) => before.get(page) !== hash).map(([page]) => page)
        expect(changed).toContain(`leistungen/${serviceSlug}/index.html`)
        expect(changed.length).toBeLessThan(after.size / 3)
        expect(release.pagesChanged).toBe(changed.length)
        // Exactly the changed pages, none byte for byte a page that passed before, and no sample per template.
        expect(release.pagesChecked).toBe(changed.length)
        // The list pages among them (A–Z, topic, department) as the one changed entry in their frame.
        expect(release.pagesCheckedAsChanges).toBeGreaterThanOrEqual(1)
        expect(release.pagesCheckedAsChanges).toBeLessThan(changed.length)
        // Pagefind reads only the changed pages; the others' search records come from the store.
        expect(release.searchPagesRead).toBe(changed.length)
        expect(release.searchPagesCached).toBe(after.size - changed.length)
        // Rendered: the pages that read this service (each rendered page may still come out unchanged, e.g. a list
        // that shows the service's name only), far fewer than all outputs.
        const state = JSON.parse(
          await readFile(path.join(cms.dataDir, 'render-state', `${release.id}.json`), 'utf8'),
        ) as { outputs: Record<string, { deps: string[] }> }
        const readers = Object.values(state.outputs).filter(({ deps }) =>
          deps.some((token) => /^services/.test(token) || token.startsWith('derived:')),
        ).length
        console.log(
          `content publish: ${changed.length} of ${after.size} pages changed, ${release.pagesChecked} checked, ${release.searchPagesRead} read for the index, ${release.pagesRendered} of ${Object.keys(state.outputs).length} outputs rendered (${readers} read services)`,
        )
        expect(release.pagesRendered).toBeGreaterThanOrEqual(changed.length)
        expect(release.pagesRendered).toBeLessThanOrEqual(readers)
        expect(release.pagesRendered).toBeLessThan(Object.keys(state.outputs).length / 3)
      },
    )

    it('a broken template fails the build step and leaves `current` unchanged', { timeout: 10 * 60_000 }, async () => {
      const before = await currentRelease(cms.dataDir)
      const root = await brokenCopy(
        'site/pages/index.astro',
        '---\n',
        "---\nthrow new Error('kaputte Vorlage: index.astro')\n",
      )
      const record = await build(root, { a11y: 'off' })
      expect(record.status).toBe('failed')
      expect(await currentRelease(cms.dataDir)).toBe(before)
      expect(record.steps?.map((s) => [s.step, s.ok])).toEqual([
        ['export', true],
        ['build', false],
      ])
      expect(record.error).toContain('Schritt „Erstellen der Website“ fehlgeschlagen. Die Website bleibt unverändert.')
      expect(record.error).toContain('kaputte Vorlage: index.astro')
    })

    it(
      'an accessibility error on a page fails the gate, names the page and leaves `current` unchanged',
      {
        timeout: 15 * 60_000,
      },
      async () => {
        const before = await currentRelease(cms.dataDir)
        // An unlabelled text field, only on one service page.
        const root = await brokenCopy(
          servicePage,
          '</BaseLayout>',
          onService('<input type="text" name="ohne-beschriftung" />'),
        )
        const record = await build(root)
        expect(record.status).toBe('failed')
        expect(await currentRelease(cms.dataDir)).toBe(before)
        expect(record.steps?.map((s) => [s.step, s.ok])).toEqual([
          ['export', true],
          ['build', true],
          ['syndicate', true],
          ['index', true],
          ['gate', false],
        ])
        const page = `/leistungen/${serviceSlug}/`
        const findings = record.findings as Finding[]
        expect(findings.map((f) => f.page)).toEqual([page])
        expect(new Set(findings[0].issues.map((i) => i.runner))).toEqual(new Set(['axe', 'htmlcs']))
        expect(findings[0].issues.every((i) => i.type === 'error' && /input/.test(i.selector))).toBe(true)
        expect(record.error).toMatch(
          new RegExp(
            `^Barrierefreiheitsprüfung: ${findings[0].issues.length} Fehler auf 1 Seite \\(${page}\\)\\. Die Website bleibt unverändert\\. Bitte`,
          ),
        )
        // Only the one page differs from the live release; the other templates are checked once each.
        expect(record.pagesChanged).toBe(1)
        expect(record.pagesChecked).toBeGreaterThan(5)
        const releases = await readdir(path.join(cms.dataDir, 'releases'))
        expect(releases.filter((r) => r.startsWith('.staging'))).toEqual([])
      },
    )

    it(
      'a broken internal link fails the link check; without Chromium the gate is skipped with a warning',
      {
        timeout: 10 * 60_000,
      },
      async () => {
        const before = await currentRelease(cms.dataDir)
        const root = await brokenCopy(
          servicePage,
          '</BaseLayout>',
          onService('<a href="/gibt-es-nicht/">Nirgendwo</a>'),
        )
        const record = await withEnv({ CHROME_PATH: '/nonexistent/chromium', LOTSE_A11Y_GATE: undefined }, () =>
          build(root),
        )
        expect(record.status).toBe('failed')
        expect(await currentRelease(cms.dataDir)).toBe(before)
        expect(record.steps?.map((s) => [s.step, s.ok])).toEqual([
          ['export', true],
          ['build', true],
          ['syndicate', true],
          ['index', true],
          ['gate', true],
          ['links', false],
        ])
        expect(record.findings).toEqual([
          {
            page: `/leistungen/${serviceSlug}/`,
            issues: [
              {
                code: 'broken-link',
                message: 'Link auf /gibt-es-nicht/ führt ins Leere',
                selector: 'a[href="/gibt-es-nicht/"]',
                context: '<a href="/gibt-es-nicht/">Nirgendwo</a>',
              },
            ],
          },
        ])
        expect(record.error).toContain(
          `Linkprüfung: 1 defekter interner Link auf 1 Seite (/leistungen/${serviceSlug}/). Die Website bleibt unverändert.`,
        )
        const warnings = record.warnings?.map((w) => w.message) ?? []
        const skipped = warnings.filter((w) => w?.includes('Barrierefreiheitsprüfung wurde übersprungen'))
        expect(skipped).toHaveLength(1)
        expect(skipped[0]).toContain('/nonexistent/chromium')
      },
    )

    it('without Chromium and with LOTSE_A11Y_GATE=strict the gate fails', { timeout: 10 * 60_000 }, async () => {
      const before = await currentRelease(cms.dataDir)
      const root = await copyAstroProject()
      roots.push(root)
      const record = await withEnv({ CHROME_PATH: '/nonexistent/chromium', LOTSE_A11Y_GATE: 'strict' }, () =>
        build(root),
      )
      expect(record.status).toBe('failed')
      expect(await currentRelease(cms.dataDir)).toBe(before)
      expect(record.steps?.at(-1)).toMatchObject({ step: 'gate', ok: false })
      expect(record.error).toContain('Barrierefreiheitsprüfung fehlgeschlagen. Die Website bleibt unverändert.')
      expect(record.error).toContain('LOTSE_A11Y_GATE=strict')
      expect(record.findings).toEqual([])
    })
  })
}
