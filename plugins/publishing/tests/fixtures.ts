import type { CollectionSlug, RequiredDataFromCollectionSlug } from 'payload'
import { validData, type World } from '../../../tests/helpers/fixtures.ts'
import { asDocId } from '../ids.ts'

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
