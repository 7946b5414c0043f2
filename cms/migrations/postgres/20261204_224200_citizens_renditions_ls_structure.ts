// Re-runnable (IF NOT EXISTS, duplicate_object ignored): a database set up by an earlier Lotse's push
// is adopted at the baseline (cms/lib/migrations.ts) and may already have these.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DO $$ BEGIN CREATE TYPE "public"."enum_video_tutorials_mp4_status" AS ENUM('pending', 'ready', 'missing', 'failed', 'not-needed'); EXCEPTION WHEN duplicate_object THEN null; END $$;
  DO $$ BEGIN CREATE TYPE "public"."enum__video_tutorials_v_version_mp4_status" AS ENUM('pending', 'ready', 'missing', 'failed', 'not-needed'); EXCEPTION WHEN duplicate_object THEN null; END $$;
  ALTER TYPE "public"."enum_easy_language_texts_overrides_rule" ADD VALUE IF NOT EXISTS 'sub-heading';
  ALTER TYPE "public"."enum__easy_language_texts_v_version_overrides_rule" ADD VALUE IF NOT EXISTS 'sub-heading';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE IF NOT EXISTS 'makeVideoRendition' BEFORE 'purgePersonalData';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE IF NOT EXISTS 'makeVideoRendition' BEFORE 'purgePersonalData';
  CREATE TABLE IF NOT EXISTS "easy_language_texts_pictures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"sentence" varchar
  );
  
  CREATE TABLE IF NOT EXISTS "_easy_language_texts_v_version_pictures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"sentence" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "contact_persons" ADD COLUMN IF NOT EXISTS "function_easy_language" varchar;
  ALTER TABLE "_contact_persons_v" ADD COLUMN IF NOT EXISTS "version_function_easy_language" varchar;
  ALTER TABLE "video_tutorials" ADD COLUMN IF NOT EXISTS "mp4_status" "enum_video_tutorials_mp4_status";
  ALTER TABLE "video_tutorials" ADD COLUMN IF NOT EXISTS "mp4_filename" varchar;
  ALTER TABLE "video_tutorials" ADD COLUMN IF NOT EXISTS "mp4_size_bytes" numeric;
  ALTER TABLE "_video_tutorials_v" ADD COLUMN IF NOT EXISTS "version_mp4_status" "enum__video_tutorials_v_version_mp4_status";
  ALTER TABLE "_video_tutorials_v" ADD COLUMN IF NOT EXISTS "version_mp4_filename" varchar;
  ALTER TABLE "_video_tutorials_v" ADD COLUMN IF NOT EXISTS "version_mp4_size_bytes" numeric;
  DO $$ BEGIN ALTER TABLE "easy_language_texts_pictures" ADD CONSTRAINT "easy_language_texts_pictures_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$;
  DO $$ BEGIN ALTER TABLE "easy_language_texts_pictures" ADD CONSTRAINT "easy_language_texts_pictures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."easy_language_texts"("id") ON DELETE cascade ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$;
  DO $$ BEGIN ALTER TABLE "_easy_language_texts_v_version_pictures" ADD CONSTRAINT "_easy_language_texts_v_version_pictures_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$;
  DO $$ BEGIN ALTER TABLE "_easy_language_texts_v_version_pictures" ADD CONSTRAINT "_easy_language_texts_v_version_pictures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_easy_language_texts_v"("id") ON DELETE cascade ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$;
  CREATE INDEX IF NOT EXISTS "easy_language_texts_pictures_order_idx" ON "easy_language_texts_pictures" USING btree ("_order");
  CREATE INDEX IF NOT EXISTS "easy_language_texts_pictures_parent_id_idx" ON "easy_language_texts_pictures" USING btree ("_parent_id");
  CREATE INDEX IF NOT EXISTS "easy_language_texts_pictures_image_idx" ON "easy_language_texts_pictures" USING btree ("image_id");
  CREATE INDEX IF NOT EXISTS "_easy_language_texts_v_version_pictures_order_idx" ON "_easy_language_texts_v_version_pictures" USING btree ("_order");
  CREATE INDEX IF NOT EXISTS "_easy_language_texts_v_version_pictures_parent_id_idx" ON "_easy_language_texts_v_version_pictures" USING btree ("_parent_id");
  CREATE INDEX IF NOT EXISTS "_easy_language_texts_v_version_pictures_image_idx" ON "_easy_language_texts_v_version_pictures" USING btree ("image_id");
  ALTER TABLE "users" DROP COLUMN IF EXISTS "reset_password_requested_at";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "easy_language_texts_pictures" CASCADE;
  DROP TABLE "_easy_language_texts_v_version_pictures" CASCADE;
  ALTER TABLE "easy_language_texts_overrides" ALTER COLUMN "rule" SET DATA TYPE text;
  DROP TYPE "public"."enum_easy_language_texts_overrides_rule";
  CREATE TYPE "public"."enum_easy_language_texts_overrides_rule" AS ENUM('sentence-length', 'long-word', 'passive', 'subjunctive', 'negation', 'genitive', 'abbreviation', 'number', 'special-character', 'preterite', 'nominal-style', 'subordinate-clause', 'foreign-word', 'idiom', 'impersonal');
  ALTER TABLE "easy_language_texts_overrides" ALTER COLUMN "rule" SET DATA TYPE "public"."enum_easy_language_texts_overrides_rule" USING "rule"::"public"."enum_easy_language_texts_overrides_rule";
  ALTER TABLE "_easy_language_texts_v_version_overrides" ALTER COLUMN "rule" SET DATA TYPE text;
  DROP TYPE "public"."enum__easy_language_texts_v_version_overrides_rule";
  CREATE TYPE "public"."enum__easy_language_texts_v_version_overrides_rule" AS ENUM('sentence-length', 'long-word', 'passive', 'subjunctive', 'negation', 'genitive', 'abbreviation', 'number', 'special-character', 'preterite', 'nominal-style', 'subordinate-clause', 'foreign-word', 'idiom', 'impersonal');
  ALTER TABLE "_easy_language_texts_v_version_overrides" ALTER COLUMN "rule" SET DATA TYPE "public"."enum__easy_language_texts_v_version_overrides_rule" USING "rule"::"public"."enum__easy_language_texts_v_version_overrides_rule";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishSite', 'purgePersonalData', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishSite', 'purgePersonalData', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "users" ADD COLUMN "reset_password_requested_at" timestamp(3) with time zone;
  ALTER TABLE "contact_persons" DROP COLUMN "function_easy_language";
  ALTER TABLE "_contact_persons_v" DROP COLUMN "version_function_easy_language";
  ALTER TABLE "video_tutorials" DROP COLUMN "mp4_status";
  ALTER TABLE "video_tutorials" DROP COLUMN "mp4_filename";
  ALTER TABLE "video_tutorials" DROP COLUMN "mp4_size_bytes";
  ALTER TABLE "_video_tutorials_v" DROP COLUMN "version_mp4_status";
  ALTER TABLE "_video_tutorials_v" DROP COLUMN "version_mp4_filename";
  ALTER TABLE "_video_tutorials_v" DROP COLUMN "version_mp4_size_bytes";
  DROP TYPE "public"."enum_video_tutorials_mp4_status";
  DROP TYPE "public"."enum__video_tutorials_v_version_mp4_status";`)
}
