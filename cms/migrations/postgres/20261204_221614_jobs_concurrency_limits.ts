// Re-runnable (IF NOT EXISTS): a database set up by an earlier Lotse's push is adopted at the baseline
// (cms/lib/migrations.ts) and may already have these.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_easy_language_texts_overrides_rule" ADD VALUE IF NOT EXISTS 'nominal-style';
  ALTER TYPE "public"."enum_easy_language_texts_overrides_rule" ADD VALUE IF NOT EXISTS 'subordinate-clause';
  ALTER TYPE "public"."enum_easy_language_texts_overrides_rule" ADD VALUE IF NOT EXISTS 'foreign-word';
  ALTER TYPE "public"."enum_easy_language_texts_overrides_rule" ADD VALUE IF NOT EXISTS 'idiom';
  ALTER TYPE "public"."enum_easy_language_texts_overrides_rule" ADD VALUE IF NOT EXISTS 'impersonal';
  ALTER TYPE "public"."enum__easy_language_texts_v_version_overrides_rule" ADD VALUE IF NOT EXISTS 'nominal-style';
  ALTER TYPE "public"."enum__easy_language_texts_v_version_overrides_rule" ADD VALUE IF NOT EXISTS 'subordinate-clause';
  ALTER TYPE "public"."enum__easy_language_texts_v_version_overrides_rule" ADD VALUE IF NOT EXISTS 'foreign-word';
  ALTER TYPE "public"."enum__easy_language_texts_v_version_overrides_rule" ADD VALUE IF NOT EXISTS 'idiom';
  ALTER TYPE "public"."enum__easy_language_texts_v_version_overrides_rule" ADD VALUE IF NOT EXISTS 'impersonal';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE IF NOT EXISTS 'publishSite' BEFORE 'purgePersonalData';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE IF NOT EXISTS 'publishSite' BEFORE 'purgePersonalData';
  ALTER TABLE "payload_jobs" ADD COLUMN IF NOT EXISTS "concurrency_key" varchar;
  CREATE INDEX IF NOT EXISTS "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "easy_language_texts_overrides" ALTER COLUMN "rule" SET DATA TYPE text;
  DROP TYPE "public"."enum_easy_language_texts_overrides_rule";
  CREATE TYPE "public"."enum_easy_language_texts_overrides_rule" AS ENUM('sentence-length', 'long-word', 'passive', 'subjunctive', 'negation', 'genitive', 'abbreviation', 'number', 'special-character', 'preterite');
  ALTER TABLE "easy_language_texts_overrides" ALTER COLUMN "rule" SET DATA TYPE "public"."enum_easy_language_texts_overrides_rule" USING "rule"::"public"."enum_easy_language_texts_overrides_rule";
  ALTER TABLE "_easy_language_texts_v_version_overrides" ALTER COLUMN "rule" SET DATA TYPE text;
  DROP TYPE "public"."enum__easy_language_texts_v_version_overrides_rule";
  CREATE TYPE "public"."enum__easy_language_texts_v_version_overrides_rule" AS ENUM('sentence-length', 'long-word', 'passive', 'subjunctive', 'negation', 'genitive', 'abbreviation', 'number', 'special-character', 'preterite');
  ALTER TABLE "_easy_language_texts_v_version_overrides" ALTER COLUMN "rule" SET DATA TYPE "public"."enum__easy_language_texts_v_version_overrides_rule" USING "rule"::"public"."enum__easy_language_texts_v_version_overrides_rule";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgePersonalData', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgePersonalData', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_jobs_concurrency_key_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "concurrency_key";`)
}
