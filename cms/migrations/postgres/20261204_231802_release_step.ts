// Re-runnable (IF NOT EXISTS, duplicate_object ignored): a database set up by an earlier Lotse's push
// is adopted at the baseline (cms/lib/migrations.ts) and may already have these.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases" ADD COLUMN IF NOT EXISTS "step" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases" DROP COLUMN "step";`)
}
