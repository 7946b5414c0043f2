// Re-runnable (IF NOT EXISTS, duplicate_object ignored): a database set up by an earlier Lotse's push
// is adopted at the baseline (cms/lib/migrations.ts) and may already have these.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE IF NOT EXISTS "releases_refused_docs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" varchar,
  	"doc_id" varchar
  );
  
  CREATE TABLE IF NOT EXISTS "publish_refusals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"doc_collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"department_id" integer,
  	"release_id" integer,
  	"requested_at" timestamp(3) with time zone NOT NULL,
  	"message" varchar,
  	"findings" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN IF NOT EXISTS "publish_refusals_id" integer;
  DO $$ BEGIN ALTER TABLE "releases_refused_docs" ADD CONSTRAINT "releases_refused_docs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$;
  DO $$ BEGIN ALTER TABLE "publish_refusals" ADD CONSTRAINT "publish_refusals_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$;
  DO $$ BEGIN ALTER TABLE "publish_refusals" ADD CONSTRAINT "publish_refusals_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE set null ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$;
  CREATE INDEX IF NOT EXISTS "releases_refused_docs_order_idx" ON "releases_refused_docs" USING btree ("_order");
  CREATE INDEX IF NOT EXISTS "releases_refused_docs_parent_id_idx" ON "releases_refused_docs" USING btree ("_parent_id");
  CREATE INDEX IF NOT EXISTS "publish_refusals_doc_collection_idx" ON "publish_refusals" USING btree ("doc_collection");
  CREATE INDEX IF NOT EXISTS "publish_refusals_doc_id_idx" ON "publish_refusals" USING btree ("doc_id");
  CREATE INDEX IF NOT EXISTS "publish_refusals_department_idx" ON "publish_refusals" USING btree ("department_id");
  CREATE INDEX IF NOT EXISTS "publish_refusals_release_idx" ON "publish_refusals" USING btree ("release_id");
  CREATE INDEX IF NOT EXISTS "publish_refusals_updated_at_idx" ON "publish_refusals" USING btree ("updated_at");
  CREATE INDEX IF NOT EXISTS "publish_refusals_created_at_idx" ON "publish_refusals" USING btree ("created_at");
  DO $$ BEGIN ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publish_refusals_fk" FOREIGN KEY ("publish_refusals_id") REFERENCES "public"."publish_refusals"("id") ON DELETE cascade ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$;
  CREATE INDEX IF NOT EXISTS "payload_locked_documents_rels_publish_refusals_id_idx" ON "payload_locked_documents_rels" USING btree ("publish_refusals_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_publish_refusals_fk";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_publish_refusals_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN IF EXISTS "publish_refusals_id";
  DROP TABLE IF EXISTS "releases_refused_docs" CASCADE;
  DROP TABLE IF EXISTS "publish_refusals" CASCADE;`)
}
