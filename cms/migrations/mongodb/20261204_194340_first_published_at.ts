import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'
import { backfillFirstPublished } from '../../../plugins/publishing/index.ts'

/**
 * "Erstmals veröffentlicht" for documents published before the field existed
 * (MongoDB needs no schema change; the PostgreSQL migration of the same name
 * adds the column). Untested here: no MongoDB server on the development machines.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  const filled = await backfillFirstPublished(payload, req)
  payload.logger.info(`migrations: set "first published" on ${filled} documents`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The dates stay; an older Lotse ignores them.
}
