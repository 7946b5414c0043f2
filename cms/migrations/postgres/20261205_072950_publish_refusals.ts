import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "releases_refused_docs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" varchar,
  	"doc_id" varchar
  );
  
  CREATE TABLE "publish_refusals" (
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "publish_refusals_id" integer;
  ALTER TABLE "releases_refused_docs" ADD CONSTRAINT "releases_refused_docs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publish_refusals" ADD CONSTRAINT "publish_refusals_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publish_refusals" ADD CONSTRAINT "publish_refusals_release_id_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."releases"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "releases_refused_docs_order_idx" ON "releases_refused_docs" USING btree ("_order");
  CREATE INDEX "releases_refused_docs_parent_id_idx" ON "releases_refused_docs" USING btree ("_parent_id");
  CREATE INDEX "publish_refusals_doc_collection_idx" ON "publish_refusals" USING btree ("doc_collection");
  CREATE INDEX "publish_refusals_doc_id_idx" ON "publish_refusals" USING btree ("doc_id");
  CREATE INDEX "publish_refusals_department_idx" ON "publish_refusals" USING btree ("department_id");
  CREATE INDEX "publish_refusals_release_idx" ON "publish_refusals" USING btree ("release_id");
  CREATE INDEX "publish_refusals_updated_at_idx" ON "publish_refusals" USING btree ("updated_at");
  CREATE INDEX "publish_refusals_created_at_idx" ON "publish_refusals" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publish_refusals_fk" FOREIGN KEY ("publish_refusals_id") REFERENCES "public"."publish_refusals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_publish_refusals_id_idx" ON "payload_locked_documents_rels" USING btree ("publish_refusals_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "releases_refused_docs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "publish_refusals" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "releases_refused_docs" CASCADE;
  DROP TABLE "publish_refusals" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_publish_refusals_fk";
  
  DROP INDEX "payload_locked_documents_rels_publish_refusals_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "publish_refusals_id";`)
}
