// Re-runnable (IF NOT EXISTS): a database set up by an earlier Lotse's push is adopted at the baseline
// (cms/lib/migrations.ts) and may already have these columns.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "services" ADD COLUMN IF NOT EXISTS "name_easy_language" varchar;
  ALTER TABLE "_services_v" ADD COLUMN IF NOT EXISTS "version_name_easy_language" varchar;
  ALTER TABLE "topics" ADD COLUMN IF NOT EXISTS "title_easy_language" varchar;
  ALTER TABLE "_topics_v" ADD COLUMN IF NOT EXISTS "version_title_easy_language" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "services" DROP COLUMN IF EXISTS "name_easy_language";
  ALTER TABLE "_services_v" DROP COLUMN IF EXISTS "version_name_easy_language";
  ALTER TABLE "topics" DROP COLUMN IF EXISTS "title_easy_language";
  ALTER TABLE "_topics_v" DROP COLUMN IF EXISTS "version_title_easy_language";`)
}
