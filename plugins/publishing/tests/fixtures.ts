import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
import { validData, type World } from '../../../tests/helpers/fixtures.ts'
import { asDocId } from '../ids.ts'
import type { PipelineRunner } from '../runner.ts'

export { asDocId }

/**
 * The shared minimal valid data of a collection (tests/helpers/fixtures.ts,
 * untyped there because it serves every collection), typed as that
 * collection's data in the generated types, so a test's own fields are
 * checked against them.
 */
export function dataFor<S extends CollectionSlug>(
  collection: S,
  world: World,
  department: number | string,
): RequiredDataFromCollectionSlug<S> {
  return validData(collection, world, asDocId(department)) as RequiredDataFromCollectionSlug<S>
}

/**
 * Waits until no build is queued or running and the given runners are idle
 * (a runner may pick up a request a moment after the last build ended);
 * fails after `timeoutMs`.
 */
export async function pipelineSettled(payload: Payload, runners: PipelineRunner[], timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs
  for (;;) {
    await Promise.all(runners.map((runner) => runner.idle()))
    const { totalDocs } = await payload.count({
      collection: 'releases',
      overrideAccess: true,
      where: { status: { in: ['queued', 'building'] } },
    })
    if (!totalDocs) return
    if (Date.now() > until) throw new Error(`the pipeline did not settle within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
