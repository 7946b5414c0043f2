import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * "Erstmals veröffentlicht" on every collection with drafts (the delete rule
 * asks for it), filled in for documents that were published before.
 * IF [NOT] EXISTS: a database an earlier Lotse pushed may have the column.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "services" ADD COLUMN IF NOT EXISTS "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_services_v" ADD COLUMN IF NOT EXISTS "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "easy_language_texts" ADD COLUMN IF NOT EXISTS "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_easy_language_texts_v" ADD COLUMN IF NOT EXISTS "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "glossary_terms" ADD COLUMN IF NOT EXISTS "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_glossary_terms_v" ADD COLUMN IF NOT EXISTS "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "contact_persons" ADD COLUMN IF NOT EXISTS "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_contact_persons_v" ADD COLUMN IF NOT EXISTS "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "locations" ADD COLUMN IF NOT EXISTS "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_locations_v" ADD COLUMN IF NOT EXISTS "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "video_tutorials" ADD COLUMN IF NOT EXISTS "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_video_tutorials_v" ADD COLUMN IF NOT EXISTS "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN IF NOT EXISTS "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN IF NOT EXISTS "version_first_published_at" timestamp(3) with time zone;
  ALTER TABLE "topics" ADD COLUMN IF NOT EXISTS "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_topics_v" ADD COLUMN IF NOT EXISTS "version_first_published_at" timestamp(3) with time zone;
  CREATE INDEX IF NOT EXISTS "services_first_published_at_idx" ON "services" USING btree ("first_published_at");
  CREATE INDEX IF NOT EXISTS "_services_v_version_version_first_published_at_idx" ON "_services_v" USING btree ("version_first_published_at");
  CREATE INDEX IF NOT EXISTS "easy_language_texts_first_published_at_idx" ON "easy_language_texts" USING btree ("first_published_at");
  CREATE INDEX IF NOT EXISTS "_easy_language_texts_v_version_version_first_published_a_idx" ON "_easy_language_texts_v" USING btree ("version_first_published_at");
  CREATE INDEX IF NOT EXISTS "glossary_terms_first_published_at_idx" ON "glossary_terms" USING btree ("first_published_at");
  CREATE INDEX IF NOT EXISTS "_glossary_terms_v_version_version_first_published_at_idx" ON "_glossary_terms_v" USING btree ("version_first_published_at");
  CREATE INDEX IF NOT EXISTS "contact_persons_first_published_at_idx" ON "contact_persons" USING btree ("first_published_at");
  CREATE INDEX IF NOT EXISTS "_contact_persons_v_version_version_first_published_at_idx" ON "_contact_persons_v" USING btree ("version_first_published_at");
  CREATE INDEX IF NOT EXISTS "locations_first_published_at_idx" ON "locations" USING btree ("first_published_at");
  CREATE INDEX IF NOT EXISTS "_locations_v_version_version_first_published_at_idx" ON "_locations_v" USING btree ("version_first_published_at");
  CREATE INDEX IF NOT EXISTS "video_tutorials_first_published_at_idx" ON "video_tutorials" USING btree ("first_published_at");
  CREATE INDEX IF NOT EXISTS "_video_tutorials_v_version_version_first_published_at_idx" ON "_video_tutorials_v" USING btree ("version_first_published_at");
  CREATE INDEX IF NOT EXISTS "pages_first_published_at_idx" ON "pages" USING btree ("first_published_at");
  CREATE INDEX IF NOT EXISTS "_pages_v_version_version_first_published_at_idx" ON "_pages_v" USING btree ("version_first_published_at");
  CREATE INDEX IF NOT EXISTS "topics_first_published_at_idx" ON "topics" USING btree ("first_published_at");
  CREATE INDEX IF NOT EXISTS "_topics_v_version_version_first_published_at_idx" ON "_topics_v" USING btree ("version_first_published_at");`)
  // Filled in with SQL of this migration's schema, not through Payload: Payload reads with the current
  // config, whose later fields and tables a database being migrated does not have yet.
  let filled = 0
  for (const table of [
    'services',
    'easy_language_texts',
    'glossary_terms',
    'contact_persons',
    'locations',
    'video_tutorials',
    'pages',
    'topics',
  ]) {
    const result = (await db.execute(
      sql.raw(`
        UPDATE "${table}" AS doc SET "first_published_at" = COALESCE(
          (SELECT min(v."created_at") FROM "_${table}_v" AS v
            WHERE v."parent_id" = doc."id" AND v."version__status" = 'published'),
          CASE WHEN doc."_status" = 'published' THEN doc."updated_at" END)
        WHERE doc."first_published_at" IS NULL`),
    )) as { rowCount?: number | null }
    filled += result.rowCount ?? 0
  }
  payload.logger.info(`migrations: set "first published" on ${filled} documents`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "services_first_published_at_idx";
  DROP INDEX IF EXISTS "_services_v_version_version_first_published_at_idx";
  DROP INDEX IF EXISTS "easy_language_texts_first_published_at_idx";
  DROP INDEX IF EXISTS "_easy_language_texts_v_version_version_first_published_a_idx";
  DROP INDEX IF EXISTS "glossary_terms_first_published_at_idx";
  DROP INDEX IF EXISTS "_glossary_terms_v_version_version_first_published_at_idx";
  DROP INDEX IF EXISTS "contact_persons_first_published_at_idx";
  DROP INDEX IF EXISTS "_contact_persons_v_version_version_first_published_at_idx";
  DROP INDEX IF EXISTS "locations_first_published_at_idx";
  DROP INDEX IF EXISTS "_locations_v_version_version_first_published_at_idx";
  DROP INDEX IF EXISTS "video_tutorials_first_published_at_idx";
  DROP INDEX IF EXISTS "_video_tutorials_v_version_version_first_published_at_idx";
  DROP INDEX IF EXISTS "pages_first_published_at_idx";
  DROP INDEX IF EXISTS "_pages_v_version_version_first_published_at_idx";
  DROP INDEX IF EXISTS "topics_first_published_at_idx";
  DROP INDEX IF EXISTS "_topics_v_version_version_first_published_at_idx";
  ALTER TABLE "services" DROP COLUMN IF EXISTS "first_published_at";
  ALTER TABLE "_services_v" DROP COLUMN IF EXISTS "version_first_published_at";
  ALTER TABLE "easy_language_texts" DROP COLUMN IF EXISTS "first_published_at";
  ALTER TABLE "_easy_language_texts_v" DROP COLUMN IF EXISTS "version_first_published_at";
  ALTER TABLE "glossary_terms" DROP COLUMN IF EXISTS "first_published_at";
  ALTER TABLE "_glossary_terms_v" DROP COLUMN IF EXISTS "version_first_published_at";
  ALTER TABLE "contact_persons" DROP COLUMN IF EXISTS "first_published_at";
  ALTER TABLE "_contact_persons_v" DROP COLUMN IF EXISTS "version_first_published_at";
  ALTER TABLE "locations" DROP COLUMN IF EXISTS "first_published_at";
  ALTER TABLE "_locations_v" DROP COLUMN IF EXISTS "version_first_published_at";
  ALTER TABLE "video_tutorials" DROP COLUMN IF EXISTS "first_published_at";
  ALTER TABLE "_video_tutorials_v" DROP COLUMN IF EXISTS "version_first_published_at";
  ALTER TABLE "pages" DROP COLUMN IF EXISTS "first_published_at";
  ALTER TABLE "_pages_v" DROP COLUMN IF EXISTS "version_first_published_at";
  ALTER TABLE "topics" DROP COLUMN IF EXISTS "first_published_at";
  ALTER TABLE "_topics_v" DROP COLUMN IF EXISTS "version_first_published_at";`)
}
