// Re-runnable (IF NOT EXISTS, duplicate_object ignored): a database set up by an earlier Lotse's push
// is adopted at the baseline (cms/lib/migrations.ts) and may already have these.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DO $$ BEGIN CREATE TYPE "public"."enum_approval_requests_state" AS ENUM('waiting', 'returned', 'published', 'withdrawn'); EXCEPTION WHEN duplicate_object THEN null; END $$;
  CREATE TABLE IF NOT EXISTS "approval_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"department_id" integer NOT NULL,
  	"state" "enum_approval_requests_state" NOT NULL,
  	"version" varchar,
  	"comment" varchar,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"decision_comment" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN IF NOT EXISTS "approval_requests_id" integer;
  DO $$ BEGIN ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$;
  DO $$ BEGIN ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$;
  DO $$ BEGIN ALTER TABLE "approval_requests" ADD CONSTRAINT "approval_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$;
  CREATE INDEX IF NOT EXISTS "approval_requests_collection_slug_idx" ON "approval_requests" USING btree ("collection_slug");
  CREATE INDEX IF NOT EXISTS "approval_requests_document_id_idx" ON "approval_requests" USING btree ("document_id");
  CREATE INDEX IF NOT EXISTS "approval_requests_department_idx" ON "approval_requests" USING btree ("department_id");
  CREATE INDEX IF NOT EXISTS "approval_requests_state_idx" ON "approval_requests" USING btree ("state");
  CREATE INDEX IF NOT EXISTS "approval_requests_submitted_by_idx" ON "approval_requests" USING btree ("submitted_by_id");
  CREATE INDEX IF NOT EXISTS "approval_requests_decided_by_idx" ON "approval_requests" USING btree ("decided_by_id");
  CREATE INDEX IF NOT EXISTS "approval_requests_updated_at_idx" ON "approval_requests" USING btree ("updated_at");
  CREATE INDEX IF NOT EXISTS "approval_requests_created_at_idx" ON "approval_requests" USING btree ("created_at");
  DO $$ BEGIN ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approval_requests_fk" FOREIGN KEY ("approval_requests_id") REFERENCES "public"."approval_requests"("id") ON DELETE cascade ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$;
  CREATE INDEX IF NOT EXISTS "payload_locked_documents_rels_approval_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("approval_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "approval_requests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "approval_requests" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_approval_requests_fk";
  
  DROP INDEX "payload_locked_documents_rels_approval_requests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "approval_requests_id";
  DROP TYPE "public"."enum_approval_requests_state";`)
}
