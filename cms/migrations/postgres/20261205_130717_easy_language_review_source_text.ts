// Re-runnable (IF NOT EXISTS): a database set up by an earlier Lotse's push is adopted at the baseline
// (cms/lib/migrations.ts) and may already have these columns.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "easy_language_texts" ADD COLUMN IF NOT EXISTS "review_source_text" jsonb;
  ALTER TABLE "_easy_language_texts_v" ADD COLUMN IF NOT EXISTS "version_review_source_text" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "easy_language_texts" DROP COLUMN IF EXISTS "review_source_text";
  ALTER TABLE "_easy_language_texts_v" DROP COLUMN IF EXISTS "version_review_source_text";`)
}
