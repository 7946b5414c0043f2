// Re-runnable (IF NOT EXISTS): a database set up by an earlier Lotse's push is adopted at the baseline
// (cms/lib/migrations.ts) and may already have these.
// The Wörterbuch's "Fremdwort – stattdessen in Leichter Sprache" (glossary-terms.replacement).
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "glossary_terms" ADD COLUMN IF NOT EXISTS "replacement" varchar;
  ALTER TABLE "_glossary_terms_v" ADD COLUMN IF NOT EXISTS "version_replacement" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "glossary_terms" DROP COLUMN IF EXISTS "replacement";
  ALTER TABLE "_glossary_terms_v" DROP COLUMN IF EXISTS "version_replacement";`)
}
