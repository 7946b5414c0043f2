import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_services_forms_kind" AS ENUM('form', 'online');
  CREATE TYPE "public"."enum_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__services_v_version_forms_kind" AS ENUM('form', 'online');
  CREATE TYPE "public"."enum__services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_easy_language_texts_overrides_rule" AS ENUM('sentence-length', 'long-word', 'passive', 'subjunctive', 'negation', 'genitive', 'abbreviation', 'number', 'special-character', 'preterite');
  CREATE TYPE "public"."enum_easy_language_texts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__easy_language_texts_v_version_overrides_rule" AS ENUM('sentence-length', 'long-word', 'passive', 'subjunctive', 'negation', 'genitive', 'abbreviation', 'number', 'special-character', 'preterite');
  CREATE TYPE "public"."enum__easy_language_texts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_glossary_terms_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__glossary_terms_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_contact_persons_languages" AS ENUM('de', 'en', 'tr', 'ar', 'ru', 'pl', 'uk', 'fr', 'it', 'es', 'el', 'fa', 'ku');
  CREATE TYPE "public"."enum_contact_persons_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__contact_persons_v_version_languages" AS ENUM('de', 'en', 'tr', 'ar', 'ru', 'pl', 'uk', 'fr', 'it', 'es', 'el', 'fa', 'ku');
  CREATE TYPE "public"."enum__contact_persons_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_locations_opening_hours_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_locations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__locations_v_version_opening_hours_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum__locations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_video_tutorials_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__video_tutorials_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_pages_kind" AS ENUM('start', 'accessibility', 'easy-language-info', 'dgs-info', 'imprint', 'privacy', 'other');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_kind" AS ENUM('start', 'accessibility', 'easy-language-info', 'dgs-info', 'imprint', 'privacy', 'other');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_topics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_regions_kind" AS ENUM('kreis', 'kreisfreie-stadt', 'gemeinde');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'publisher', 'editor', 'ls-reviewer');
  CREATE TYPE "public"."enum_releases_status" AS ENUM('queued', 'merged', 'building', 'live', 'failed', 'superseded', 'rolled-back');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('neu', 'in-bearbeitung', 'beantwortet', 'erledigt');
  CREATE TYPE "public"."enum_availability_weekly_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_bookings_status" AS ENUM('booked', 'cancelled');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgePersonalData', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgePersonalData', 'schedulePublish');
  CREATE TABLE "services_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "services_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "services_forms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"kind" "enum_services_forms_kind" DEFAULT 'form'
  );
  
  CREATE TABLE "services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"teaser" varchar,
  	"description" jsonb,
  	"audience" varchar,
  	"requirements" jsonb,
  	"costs" varchar,
  	"deadlines" varchar,
  	"processing_time" varchar,
  	"procedure" jsonb,
  	"leika_key" varchar,
  	"bookable" boolean DEFAULT false,
  	"slug" varchar,
  	"department_id" integer,
  	"approval_approved_by" varchar,
  	"approval_approved_at" timestamp(3) with time zone,
  	"standard_text_version" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "services_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"contact_persons_id" integer,
  	"locations_id" integer,
  	"services_id" integer
  );
  
  CREATE TABLE "_services_v_version_documents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v_version_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v_version_forms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"kind" "enum__services_v_version_forms_kind" DEFAULT 'form',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_teaser" varchar,
  	"version_description" jsonb,
  	"version_audience" varchar,
  	"version_requirements" jsonb,
  	"version_costs" varchar,
  	"version_deadlines" varchar,
  	"version_processing_time" varchar,
  	"version_procedure" jsonb,
  	"version_leika_key" varchar,
  	"version_bookable" boolean DEFAULT false,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_approval_approved_by" varchar,
  	"version_approval_approved_at" timestamp(3) with time zone,
  	"version_standard_text_version" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_services_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"contact_persons_id" integer,
  	"locations_id" integer,
  	"services_id" integer
  );
  
  CREATE TABLE "easy_language_texts_glossary" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"term" varchar,
  	"explanation" varchar
  );
  
  CREATE TABLE "easy_language_texts_overrides" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"rule" "enum_easy_language_texts_overrides_rule",
  	"excerpt" varchar,
  	"reason" varchar,
  	"recorded_by_id" integer,
  	"recorded_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "easy_language_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"service_id" integer,
  	"page_id" integer,
  	"text" varchar,
  	"slug" varchar,
  	"department_id" integer,
  	"ls_errors" numeric DEFAULT 0,
  	"ls_warnings" numeric DEFAULT 0,
  	"stale" boolean DEFAULT false,
  	"review_reviewed_at" timestamp(3) with time zone,
  	"review_reviewed_by" varchar,
  	"review_remarks" varchar,
  	"review_source_version" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_easy_language_texts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_easy_language_texts_v_version_glossary" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar,
  	"explanation" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_easy_language_texts_v_version_overrides" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"rule" "enum__easy_language_texts_v_version_overrides_rule",
  	"excerpt" varchar,
  	"reason" varchar,
  	"recorded_by_id" integer,
  	"recorded_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_easy_language_texts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_service_id" integer,
  	"version_page_id" integer,
  	"version_text" varchar,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_ls_errors" numeric DEFAULT 0,
  	"version_ls_warnings" numeric DEFAULT 0,
  	"version_stale" boolean DEFAULT false,
  	"version_review_reviewed_at" timestamp(3) with time zone,
  	"version_review_reviewed_by" varchar,
  	"version_review_remarks" varchar,
  	"version_review_source_version" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__easy_language_texts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "glossary_terms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar,
  	"explanation" varchar,
  	"slug" varchar,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_glossary_terms_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_glossary_terms_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_term" varchar,
  	"version_explanation" varchar,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__glossary_terms_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "contact_persons_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_contact_persons_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "contact_persons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"function" varchar,
  	"consent_given" boolean DEFAULT false,
  	"consent_recorded_at" timestamp(3) with time zone,
  	"name" varchar,
  	"photo_id" integer,
  	"phone" varchar,
  	"email" varchar,
  	"dgs" boolean DEFAULT false,
  	"easy_language" boolean DEFAULT false,
  	"responsibility_surname_from" varchar,
  	"responsibility_surname_to" varchar,
  	"location_id" integer,
  	"slug" varchar,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_contact_persons_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "contact_persons_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "_contact_persons_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__contact_persons_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_contact_persons_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_function" varchar,
  	"version_consent_given" boolean DEFAULT false,
  	"version_consent_recorded_at" timestamp(3) with time zone,
  	"version_name" varchar,
  	"version_photo_id" integer,
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_dgs" boolean DEFAULT false,
  	"version_easy_language" boolean DEFAULT false,
  	"version_responsibility_surname_from" varchar,
  	"version_responsibility_surname_to" varchar,
  	"version_location_id" integer,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__contact_persons_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_contact_persons_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "locations_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_locations_opening_hours_day",
  	"opens" varchar,
  	"closes" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "locations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"address_street" varchar,
  	"address_postal_code" varchar,
  	"address_city" varchar,
  	"coordinates_lat" numeric,
  	"coordinates_lon" numeric,
  	"region_id" integer,
  	"phone" varchar,
  	"email" varchar,
  	"opening_hours_note" varchar,
  	"accessibility_step_free" boolean DEFAULT false,
  	"accessibility_lift" boolean DEFAULT false,
  	"accessibility_accessible_toilet" boolean DEFAULT false,
  	"accessibility_hearing_loop" boolean DEFAULT false,
  	"accessibility_dgs" boolean DEFAULT false,
  	"accessibility_easy_language" boolean DEFAULT false,
  	"accessibility_parking" boolean DEFAULT false,
  	"accessibility_note" varchar,
  	"public_transport" varchar,
  	"bookable" boolean DEFAULT false,
  	"slug" varchar,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_locations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_locations_v_version_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" "enum__locations_v_version_opening_hours_day",
  	"opens" varchar,
  	"closes" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_locations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_address_street" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_city" varchar,
  	"version_coordinates_lat" numeric,
  	"version_coordinates_lon" numeric,
  	"version_region_id" integer,
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_opening_hours_note" varchar,
  	"version_accessibility_step_free" boolean DEFAULT false,
  	"version_accessibility_lift" boolean DEFAULT false,
  	"version_accessibility_accessible_toilet" boolean DEFAULT false,
  	"version_accessibility_hearing_loop" boolean DEFAULT false,
  	"version_accessibility_dgs" boolean DEFAULT false,
  	"version_accessibility_easy_language" boolean DEFAULT false,
  	"version_accessibility_parking" boolean DEFAULT false,
  	"version_accessibility_note" varchar,
  	"version_public_transport" varchar,
  	"version_bookable" boolean DEFAULT false,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__locations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "video_tutorials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"captions" varchar,
  	"transcript" varchar,
  	"dgs" boolean DEFAULT false,
  	"easy_language" boolean DEFAULT false,
  	"duration_seconds" numeric,
  	"poster_id" integer,
  	"slug" varchar,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_video_tutorials_status" DEFAULT 'draft',
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "video_tutorials_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer
  );
  
  CREATE TABLE "_video_tutorials_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_captions" varchar,
  	"version_transcript" varchar,
  	"version_dgs" boolean DEFAULT false,
  	"version_easy_language" boolean DEFAULT false,
  	"version_duration_seconds" numeric,
  	"version_poster_id" integer,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__video_tutorials_v_version_status" DEFAULT 'draft',
  	"version_url" varchar,
  	"version_thumbnail_u_r_l" varchar,
  	"version_filename" varchar,
  	"version_mime_type" varchar,
  	"version_filesize" numeric,
  	"version_width" numeric,
  	"version_height" numeric,
  	"version_focal_x" numeric,
  	"version_focal_y" numeric,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_video_tutorials_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_pages_kind" DEFAULT 'other',
  	"summary" varchar,
  	"content" jsonb,
  	"video_id" integer,
  	"slug" varchar,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_kind" "enum__pages_v_version_kind" DEFAULT 'other',
  	"version_summary" varchar,
  	"version_content" jsonb,
  	"version_video_id" integer,
  	"version_slug" varchar,
  	"version_department_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"description" varchar,
  	"parent_id" integer,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_topics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_topics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_description" varchar,
  	"version_parent_id" integer,
  	"version_order" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__topics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"department_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wide_url" varchar,
  	"sizes_wide_width" numeric,
  	"sizes_wide_height" numeric,
  	"sizes_wide_mime_type" varchar,
  	"sizes_wide_filesize" numeric,
  	"sizes_wide_filename" varchar
  );
  
  CREATE TABLE "regions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_regions_kind" NOT NULL,
  	"kreis_id" integer,
  	"kreis_key" varchar NOT NULL,
  	"coordinates_lat" numeric NOT NULL,
  	"coordinates_lon" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"short_name" varchar,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer
  );
  
  CREATE TABLE "releases_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" varchar,
  	"ms" numeric,
  	"ok" boolean
  );
  
  CREATE TABLE "releases_warnings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"message" varchar
  );
  
  CREATE TABLE "releases_changed_docs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" varchar,
  	"doc_id" varchar,
  	"change" varchar
  );
  
  CREATE TABLE "releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"release_id" varchar,
  	"status" "enum_releases_status" DEFAULT 'queued' NOT NULL,
  	"trigger" varchar,
  	"triggered_by_id" integer,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"pages" numeric,
  	"pages_copied" numeric,
  	"pages_changed" numeric,
  	"pages_checked" numeric,
  	"error" varchar,
  	"findings" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "pipeline_locks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"owner" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"problem" varchar NOT NULL,
  	"page_url" varchar NOT NULL,
  	"name" varchar,
  	"email" varchar,
  	"status" "enum_feedback_status" DEFAULT 'neu' NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"internal_note" varchar,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "availability_weekly" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_availability_weekly_day" NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"slot_minutes" numeric DEFAULT 30 NOT NULL
  );
  
  CREATE TABLE "availability_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"closed" boolean DEFAULT true,
  	"from" varchar,
  	"to" varchar
  );
  
  CREATE TABLE "availability" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"location_id" integer,
  	"contact_person_id" integer,
  	"weeks_ahead" numeric DEFAULT 4 NOT NULL,
  	"department_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "availability_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer
  );
  
  CREATE TABLE "bookings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"start" timestamp(3) with time zone NOT NULL,
  	"end" timestamp(3) with time zone NOT NULL,
  	"availability_id" integer NOT NULL,
  	"service_id" integer,
  	"location_id" integer,
  	"contact_person_id" integer,
  	"name" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"note" varchar,
  	"status" "enum_bookings_status" DEFAULT 'booked' NOT NULL,
  	"personal_data_deleted" boolean DEFAULT false,
  	"slot_key" varchar,
  	"cancel_token_hash" varchar,
  	"department_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer,
  	"easy_language_texts_id" integer,
  	"glossary_terms_id" integer,
  	"contact_persons_id" integer,
  	"locations_id" integer,
  	"video_tutorials_id" integer,
  	"pages_id" integer,
  	"topics_id" integer,
  	"media_id" integer,
  	"regions_id" integer,
  	"departments_id" integer,
  	"users_id" integer,
  	"releases_id" integer,
  	"pipeline_locks_id" integer,
  	"feedback_id" integer,
  	"availability_id" integer,
  	"bookings_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "services_documents" ADD CONSTRAINT "services_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_legal_basis" ADD CONSTRAINT "services_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_forms" ADD CONSTRAINT "services_forms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services_rels" ADD CONSTRAINT "services_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_rels" ADD CONSTRAINT "services_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_rels" ADD CONSTRAINT "services_rels_contact_persons_fk" FOREIGN KEY ("contact_persons_id") REFERENCES "public"."contact_persons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_rels" ADD CONSTRAINT "services_rels_locations_fk" FOREIGN KEY ("locations_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_rels" ADD CONSTRAINT "services_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_documents" ADD CONSTRAINT "_services_v_version_documents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_legal_basis" ADD CONSTRAINT "_services_v_version_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_forms" ADD CONSTRAINT "_services_v_version_forms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_parent_id_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v_rels" ADD CONSTRAINT "_services_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_rels" ADD CONSTRAINT "_services_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_rels" ADD CONSTRAINT "_services_v_rels_contact_persons_fk" FOREIGN KEY ("contact_persons_id") REFERENCES "public"."contact_persons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_rels" ADD CONSTRAINT "_services_v_rels_locations_fk" FOREIGN KEY ("locations_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_rels" ADD CONSTRAINT "_services_v_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "easy_language_texts_glossary" ADD CONSTRAINT "easy_language_texts_glossary_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."easy_language_texts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "easy_language_texts_overrides" ADD CONSTRAINT "easy_language_texts_overrides_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "easy_language_texts_overrides" ADD CONSTRAINT "easy_language_texts_overrides_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."easy_language_texts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "easy_language_texts" ADD CONSTRAINT "easy_language_texts_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "easy_language_texts" ADD CONSTRAINT "easy_language_texts_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "easy_language_texts" ADD CONSTRAINT "easy_language_texts_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_easy_language_texts_v_version_glossary" ADD CONSTRAINT "_easy_language_texts_v_version_glossary_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_easy_language_texts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_easy_language_texts_v_version_overrides" ADD CONSTRAINT "_easy_language_texts_v_version_overrides_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_easy_language_texts_v_version_overrides" ADD CONSTRAINT "_easy_language_texts_v_version_overrides_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_easy_language_texts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_easy_language_texts_v" ADD CONSTRAINT "_easy_language_texts_v_parent_id_easy_language_texts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."easy_language_texts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_easy_language_texts_v" ADD CONSTRAINT "_easy_language_texts_v_version_service_id_services_id_fk" FOREIGN KEY ("version_service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_easy_language_texts_v" ADD CONSTRAINT "_easy_language_texts_v_version_page_id_pages_id_fk" FOREIGN KEY ("version_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_easy_language_texts_v" ADD CONSTRAINT "_easy_language_texts_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v" ADD CONSTRAINT "_glossary_terms_v_parent_id_glossary_terms_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary_terms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_glossary_terms_v" ADD CONSTRAINT "_glossary_terms_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_persons_languages" ADD CONSTRAINT "contact_persons_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contact_persons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contact_persons" ADD CONSTRAINT "contact_persons_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_persons" ADD CONSTRAINT "contact_persons_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_persons" ADD CONSTRAINT "contact_persons_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_persons_rels" ADD CONSTRAINT "contact_persons_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contact_persons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contact_persons_rels" ADD CONSTRAINT "contact_persons_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contact_persons_rels" ADD CONSTRAINT "contact_persons_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contact_persons_rels" ADD CONSTRAINT "contact_persons_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contact_persons_v_version_languages" ADD CONSTRAINT "_contact_persons_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contact_persons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contact_persons_v" ADD CONSTRAINT "_contact_persons_v_parent_id_contact_persons_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."contact_persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contact_persons_v" ADD CONSTRAINT "_contact_persons_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contact_persons_v" ADD CONSTRAINT "_contact_persons_v_version_location_id_locations_id_fk" FOREIGN KEY ("version_location_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contact_persons_v" ADD CONSTRAINT "_contact_persons_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_contact_persons_v_rels" ADD CONSTRAINT "_contact_persons_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_contact_persons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contact_persons_v_rels" ADD CONSTRAINT "_contact_persons_v_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contact_persons_v_rels" ADD CONSTRAINT "_contact_persons_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_contact_persons_v_rels" ADD CONSTRAINT "_contact_persons_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "locations_opening_hours" ADD CONSTRAINT "locations_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "locations" ADD CONSTRAINT "locations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "locations" ADD CONSTRAINT "locations_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_locations_v_version_opening_hours" ADD CONSTRAINT "_locations_v_version_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_locations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_locations_v" ADD CONSTRAINT "_locations_v_parent_id_locations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_locations_v" ADD CONSTRAINT "_locations_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_locations_v" ADD CONSTRAINT "_locations_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_tutorials" ADD CONSTRAINT "video_tutorials_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_tutorials" ADD CONSTRAINT "video_tutorials_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_tutorials_rels" ADD CONSTRAINT "video_tutorials_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."video_tutorials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_tutorials_rels" ADD CONSTRAINT "video_tutorials_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_tutorials_v" ADD CONSTRAINT "_video_tutorials_v_parent_id_video_tutorials_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."video_tutorials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_video_tutorials_v" ADD CONSTRAINT "_video_tutorials_v_version_poster_id_media_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_video_tutorials_v" ADD CONSTRAINT "_video_tutorials_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_video_tutorials_v_rels" ADD CONSTRAINT "_video_tutorials_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_video_tutorials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_tutorials_v_rels" ADD CONSTRAINT "_video_tutorials_v_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_video_id_video_tutorials_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."video_tutorials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_video_id_video_tutorials_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."video_tutorials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_version_parent_id_topics_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regions" ADD CONSTRAINT "regions_kreis_id_regions_id_fk" FOREIGN KEY ("kreis_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_steps" ADD CONSTRAINT "releases_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_warnings" ADD CONSTRAINT "releases_warnings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases_changed_docs" ADD CONSTRAINT "releases_changed_docs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "releases" ADD CONSTRAINT "releases_triggered_by_id_users_id_fk" FOREIGN KEY ("triggered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "availability_weekly" ADD CONSTRAINT "availability_weekly_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."availability"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "availability_exceptions" ADD CONSTRAINT "availability_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."availability"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "availability" ADD CONSTRAINT "availability_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "availability" ADD CONSTRAINT "availability_contact_person_id_contact_persons_id_fk" FOREIGN KEY ("contact_person_id") REFERENCES "public"."contact_persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "availability" ADD CONSTRAINT "availability_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "availability_rels" ADD CONSTRAINT "availability_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."availability"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "availability_rels" ADD CONSTRAINT "availability_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_availability_id_availability_id_fk" FOREIGN KEY ("availability_id") REFERENCES "public"."availability"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_contact_person_id_contact_persons_id_fk" FOREIGN KEY ("contact_person_id") REFERENCES "public"."contact_persons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_easy_language_texts_fk" FOREIGN KEY ("easy_language_texts_id") REFERENCES "public"."easy_language_texts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_terms_fk" FOREIGN KEY ("glossary_terms_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contact_persons_fk" FOREIGN KEY ("contact_persons_id") REFERENCES "public"."contact_persons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_locations_fk" FOREIGN KEY ("locations_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_video_tutorials_fk" FOREIGN KEY ("video_tutorials_id") REFERENCES "public"."video_tutorials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_releases_fk" FOREIGN KEY ("releases_id") REFERENCES "public"."releases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pipeline_locks_fk" FOREIGN KEY ("pipeline_locks_id") REFERENCES "public"."pipeline_locks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_availability_fk" FOREIGN KEY ("availability_id") REFERENCES "public"."availability"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bookings_fk" FOREIGN KEY ("bookings_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_documents_order_idx" ON "services_documents" USING btree ("_order");
  CREATE INDEX "services_documents_parent_id_idx" ON "services_documents" USING btree ("_parent_id");
  CREATE INDEX "services_legal_basis_order_idx" ON "services_legal_basis" USING btree ("_order");
  CREATE INDEX "services_legal_basis_parent_id_idx" ON "services_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "services_forms_order_idx" ON "services_forms" USING btree ("_order");
  CREATE INDEX "services_forms_parent_id_idx" ON "services_forms" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_slug_idx" ON "services" USING btree ("slug");
  CREATE INDEX "services_department_idx" ON "services" USING btree ("department_id");
  CREATE INDEX "services_updated_at_idx" ON "services" USING btree ("updated_at");
  CREATE INDEX "services_created_at_idx" ON "services" USING btree ("created_at");
  CREATE INDEX "services__status_idx" ON "services" USING btree ("_status");
  CREATE INDEX "services_rels_order_idx" ON "services_rels" USING btree ("order");
  CREATE INDEX "services_rels_parent_idx" ON "services_rels" USING btree ("parent_id");
  CREATE INDEX "services_rels_path_idx" ON "services_rels" USING btree ("path");
  CREATE INDEX "services_rels_topics_id_idx" ON "services_rels" USING btree ("topics_id");
  CREATE INDEX "services_rels_contact_persons_id_idx" ON "services_rels" USING btree ("contact_persons_id");
  CREATE INDEX "services_rels_locations_id_idx" ON "services_rels" USING btree ("locations_id");
  CREATE INDEX "services_rels_services_id_idx" ON "services_rels" USING btree ("services_id");
  CREATE INDEX "_services_v_version_documents_order_idx" ON "_services_v_version_documents" USING btree ("_order");
  CREATE INDEX "_services_v_version_documents_parent_id_idx" ON "_services_v_version_documents" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_legal_basis_order_idx" ON "_services_v_version_legal_basis" USING btree ("_order");
  CREATE INDEX "_services_v_version_legal_basis_parent_id_idx" ON "_services_v_version_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_forms_order_idx" ON "_services_v_version_forms" USING btree ("_order");
  CREATE INDEX "_services_v_version_forms_parent_id_idx" ON "_services_v_version_forms" USING btree ("_parent_id");
  CREATE INDEX "_services_v_parent_idx" ON "_services_v" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_version_slug_idx" ON "_services_v" USING btree ("version_slug");
  CREATE INDEX "_services_v_version_version_department_idx" ON "_services_v" USING btree ("version_department_id");
  CREATE INDEX "_services_v_version_version_updated_at_idx" ON "_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_services_v_version_version_created_at_idx" ON "_services_v" USING btree ("version_created_at");
  CREATE INDEX "_services_v_version_version__status_idx" ON "_services_v" USING btree ("version__status");
  CREATE INDEX "_services_v_created_at_idx" ON "_services_v" USING btree ("created_at");
  CREATE INDEX "_services_v_updated_at_idx" ON "_services_v" USING btree ("updated_at");
  CREATE INDEX "_services_v_latest_idx" ON "_services_v" USING btree ("latest");
  CREATE INDEX "_services_v_rels_order_idx" ON "_services_v_rels" USING btree ("order");
  CREATE INDEX "_services_v_rels_parent_idx" ON "_services_v_rels" USING btree ("parent_id");
  CREATE INDEX "_services_v_rels_path_idx" ON "_services_v_rels" USING btree ("path");
  CREATE INDEX "_services_v_rels_topics_id_idx" ON "_services_v_rels" USING btree ("topics_id");
  CREATE INDEX "_services_v_rels_contact_persons_id_idx" ON "_services_v_rels" USING btree ("contact_persons_id");
  CREATE INDEX "_services_v_rels_locations_id_idx" ON "_services_v_rels" USING btree ("locations_id");
  CREATE INDEX "_services_v_rels_services_id_idx" ON "_services_v_rels" USING btree ("services_id");
  CREATE INDEX "easy_language_texts_glossary_order_idx" ON "easy_language_texts_glossary" USING btree ("_order");
  CREATE INDEX "easy_language_texts_glossary_parent_id_idx" ON "easy_language_texts_glossary" USING btree ("_parent_id");
  CREATE INDEX "easy_language_texts_overrides_order_idx" ON "easy_language_texts_overrides" USING btree ("_order");
  CREATE INDEX "easy_language_texts_overrides_parent_id_idx" ON "easy_language_texts_overrides" USING btree ("_parent_id");
  CREATE INDEX "easy_language_texts_overrides_recorded_by_idx" ON "easy_language_texts_overrides" USING btree ("recorded_by_id");
  CREATE INDEX "easy_language_texts_service_idx" ON "easy_language_texts" USING btree ("service_id");
  CREATE INDEX "easy_language_texts_page_idx" ON "easy_language_texts" USING btree ("page_id");
  CREATE UNIQUE INDEX "easy_language_texts_slug_idx" ON "easy_language_texts" USING btree ("slug");
  CREATE INDEX "easy_language_texts_department_idx" ON "easy_language_texts" USING btree ("department_id");
  CREATE INDEX "easy_language_texts_stale_idx" ON "easy_language_texts" USING btree ("stale");
  CREATE INDEX "easy_language_texts_updated_at_idx" ON "easy_language_texts" USING btree ("updated_at");
  CREATE INDEX "easy_language_texts_created_at_idx" ON "easy_language_texts" USING btree ("created_at");
  CREATE INDEX "easy_language_texts__status_idx" ON "easy_language_texts" USING btree ("_status");
  CREATE INDEX "_easy_language_texts_v_version_glossary_order_idx" ON "_easy_language_texts_v_version_glossary" USING btree ("_order");
  CREATE INDEX "_easy_language_texts_v_version_glossary_parent_id_idx" ON "_easy_language_texts_v_version_glossary" USING btree ("_parent_id");
  CREATE INDEX "_easy_language_texts_v_version_overrides_order_idx" ON "_easy_language_texts_v_version_overrides" USING btree ("_order");
  CREATE INDEX "_easy_language_texts_v_version_overrides_parent_id_idx" ON "_easy_language_texts_v_version_overrides" USING btree ("_parent_id");
  CREATE INDEX "_easy_language_texts_v_version_overrides_recorded_by_idx" ON "_easy_language_texts_v_version_overrides" USING btree ("recorded_by_id");
  CREATE INDEX "_easy_language_texts_v_parent_idx" ON "_easy_language_texts_v" USING btree ("parent_id");
  CREATE INDEX "_easy_language_texts_v_version_version_service_idx" ON "_easy_language_texts_v" USING btree ("version_service_id");
  CREATE INDEX "_easy_language_texts_v_version_version_page_idx" ON "_easy_language_texts_v" USING btree ("version_page_id");
  CREATE INDEX "_easy_language_texts_v_version_version_slug_idx" ON "_easy_language_texts_v" USING btree ("version_slug");
  CREATE INDEX "_easy_language_texts_v_version_version_department_idx" ON "_easy_language_texts_v" USING btree ("version_department_id");
  CREATE INDEX "_easy_language_texts_v_version_version_stale_idx" ON "_easy_language_texts_v" USING btree ("version_stale");
  CREATE INDEX "_easy_language_texts_v_version_version_updated_at_idx" ON "_easy_language_texts_v" USING btree ("version_updated_at");
  CREATE INDEX "_easy_language_texts_v_version_version_created_at_idx" ON "_easy_language_texts_v" USING btree ("version_created_at");
  CREATE INDEX "_easy_language_texts_v_version_version__status_idx" ON "_easy_language_texts_v" USING btree ("version__status");
  CREATE INDEX "_easy_language_texts_v_created_at_idx" ON "_easy_language_texts_v" USING btree ("created_at");
  CREATE INDEX "_easy_language_texts_v_updated_at_idx" ON "_easy_language_texts_v" USING btree ("updated_at");
  CREATE INDEX "_easy_language_texts_v_latest_idx" ON "_easy_language_texts_v" USING btree ("latest");
  CREATE UNIQUE INDEX "glossary_terms_term_idx" ON "glossary_terms" USING btree ("term");
  CREATE UNIQUE INDEX "glossary_terms_slug_idx" ON "glossary_terms" USING btree ("slug");
  CREATE INDEX "glossary_terms_department_idx" ON "glossary_terms" USING btree ("department_id");
  CREATE INDEX "glossary_terms_updated_at_idx" ON "glossary_terms" USING btree ("updated_at");
  CREATE INDEX "glossary_terms_created_at_idx" ON "glossary_terms" USING btree ("created_at");
  CREATE INDEX "glossary_terms__status_idx" ON "glossary_terms" USING btree ("_status");
  CREATE INDEX "_glossary_terms_v_parent_idx" ON "_glossary_terms_v" USING btree ("parent_id");
  CREATE INDEX "_glossary_terms_v_version_version_term_idx" ON "_glossary_terms_v" USING btree ("version_term");
  CREATE INDEX "_glossary_terms_v_version_version_slug_idx" ON "_glossary_terms_v" USING btree ("version_slug");
  CREATE INDEX "_glossary_terms_v_version_version_department_idx" ON "_glossary_terms_v" USING btree ("version_department_id");
  CREATE INDEX "_glossary_terms_v_version_version_updated_at_idx" ON "_glossary_terms_v" USING btree ("version_updated_at");
  CREATE INDEX "_glossary_terms_v_version_version_created_at_idx" ON "_glossary_terms_v" USING btree ("version_created_at");
  CREATE INDEX "_glossary_terms_v_version_version__status_idx" ON "_glossary_terms_v" USING btree ("version__status");
  CREATE INDEX "_glossary_terms_v_created_at_idx" ON "_glossary_terms_v" USING btree ("created_at");
  CREATE INDEX "_glossary_terms_v_updated_at_idx" ON "_glossary_terms_v" USING btree ("updated_at");
  CREATE INDEX "_glossary_terms_v_latest_idx" ON "_glossary_terms_v" USING btree ("latest");
  CREATE INDEX "contact_persons_languages_order_idx" ON "contact_persons_languages" USING btree ("order");
  CREATE INDEX "contact_persons_languages_parent_idx" ON "contact_persons_languages" USING btree ("parent_id");
  CREATE INDEX "contact_persons_photo_idx" ON "contact_persons" USING btree ("photo_id");
  CREATE INDEX "contact_persons_location_idx" ON "contact_persons" USING btree ("location_id");
  CREATE UNIQUE INDEX "contact_persons_slug_idx" ON "contact_persons" USING btree ("slug");
  CREATE INDEX "contact_persons_department_idx" ON "contact_persons" USING btree ("department_id");
  CREATE INDEX "contact_persons_updated_at_idx" ON "contact_persons" USING btree ("updated_at");
  CREATE INDEX "contact_persons_created_at_idx" ON "contact_persons" USING btree ("created_at");
  CREATE INDEX "contact_persons__status_idx" ON "contact_persons" USING btree ("_status");
  CREATE INDEX "contact_persons_rels_order_idx" ON "contact_persons_rels" USING btree ("order");
  CREATE INDEX "contact_persons_rels_parent_idx" ON "contact_persons_rels" USING btree ("parent_id");
  CREATE INDEX "contact_persons_rels_path_idx" ON "contact_persons_rels" USING btree ("path");
  CREATE INDEX "contact_persons_rels_services_id_idx" ON "contact_persons_rels" USING btree ("services_id");
  CREATE INDEX "contact_persons_rels_topics_id_idx" ON "contact_persons_rels" USING btree ("topics_id");
  CREATE INDEX "contact_persons_rels_regions_id_idx" ON "contact_persons_rels" USING btree ("regions_id");
  CREATE INDEX "_contact_persons_v_version_languages_order_idx" ON "_contact_persons_v_version_languages" USING btree ("order");
  CREATE INDEX "_contact_persons_v_version_languages_parent_idx" ON "_contact_persons_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_contact_persons_v_parent_idx" ON "_contact_persons_v" USING btree ("parent_id");
  CREATE INDEX "_contact_persons_v_version_version_photo_idx" ON "_contact_persons_v" USING btree ("version_photo_id");
  CREATE INDEX "_contact_persons_v_version_version_location_idx" ON "_contact_persons_v" USING btree ("version_location_id");
  CREATE INDEX "_contact_persons_v_version_version_slug_idx" ON "_contact_persons_v" USING btree ("version_slug");
  CREATE INDEX "_contact_persons_v_version_version_department_idx" ON "_contact_persons_v" USING btree ("version_department_id");
  CREATE INDEX "_contact_persons_v_version_version_updated_at_idx" ON "_contact_persons_v" USING btree ("version_updated_at");
  CREATE INDEX "_contact_persons_v_version_version_created_at_idx" ON "_contact_persons_v" USING btree ("version_created_at");
  CREATE INDEX "_contact_persons_v_version_version__status_idx" ON "_contact_persons_v" USING btree ("version__status");
  CREATE INDEX "_contact_persons_v_created_at_idx" ON "_contact_persons_v" USING btree ("created_at");
  CREATE INDEX "_contact_persons_v_updated_at_idx" ON "_contact_persons_v" USING btree ("updated_at");
  CREATE INDEX "_contact_persons_v_latest_idx" ON "_contact_persons_v" USING btree ("latest");
  CREATE INDEX "_contact_persons_v_rels_order_idx" ON "_contact_persons_v_rels" USING btree ("order");
  CREATE INDEX "_contact_persons_v_rels_parent_idx" ON "_contact_persons_v_rels" USING btree ("parent_id");
  CREATE INDEX "_contact_persons_v_rels_path_idx" ON "_contact_persons_v_rels" USING btree ("path");
  CREATE INDEX "_contact_persons_v_rels_services_id_idx" ON "_contact_persons_v_rels" USING btree ("services_id");
  CREATE INDEX "_contact_persons_v_rels_topics_id_idx" ON "_contact_persons_v_rels" USING btree ("topics_id");
  CREATE INDEX "_contact_persons_v_rels_regions_id_idx" ON "_contact_persons_v_rels" USING btree ("regions_id");
  CREATE INDEX "locations_opening_hours_order_idx" ON "locations_opening_hours" USING btree ("_order");
  CREATE INDEX "locations_opening_hours_parent_id_idx" ON "locations_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "locations_region_idx" ON "locations" USING btree ("region_id");
  CREATE UNIQUE INDEX "locations_slug_idx" ON "locations" USING btree ("slug");
  CREATE INDEX "locations_department_idx" ON "locations" USING btree ("department_id");
  CREATE INDEX "locations_updated_at_idx" ON "locations" USING btree ("updated_at");
  CREATE INDEX "locations_created_at_idx" ON "locations" USING btree ("created_at");
  CREATE INDEX "locations__status_idx" ON "locations" USING btree ("_status");
  CREATE INDEX "_locations_v_version_opening_hours_order_idx" ON "_locations_v_version_opening_hours" USING btree ("_order");
  CREATE INDEX "_locations_v_version_opening_hours_parent_id_idx" ON "_locations_v_version_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "_locations_v_parent_idx" ON "_locations_v" USING btree ("parent_id");
  CREATE INDEX "_locations_v_version_version_region_idx" ON "_locations_v" USING btree ("version_region_id");
  CREATE INDEX "_locations_v_version_version_slug_idx" ON "_locations_v" USING btree ("version_slug");
  CREATE INDEX "_locations_v_version_version_department_idx" ON "_locations_v" USING btree ("version_department_id");
  CREATE INDEX "_locations_v_version_version_updated_at_idx" ON "_locations_v" USING btree ("version_updated_at");
  CREATE INDEX "_locations_v_version_version_created_at_idx" ON "_locations_v" USING btree ("version_created_at");
  CREATE INDEX "_locations_v_version_version__status_idx" ON "_locations_v" USING btree ("version__status");
  CREATE INDEX "_locations_v_created_at_idx" ON "_locations_v" USING btree ("created_at");
  CREATE INDEX "_locations_v_updated_at_idx" ON "_locations_v" USING btree ("updated_at");
  CREATE INDEX "_locations_v_latest_idx" ON "_locations_v" USING btree ("latest");
  CREATE INDEX "video_tutorials_poster_idx" ON "video_tutorials" USING btree ("poster_id");
  CREATE UNIQUE INDEX "video_tutorials_slug_idx" ON "video_tutorials" USING btree ("slug");
  CREATE INDEX "video_tutorials_department_idx" ON "video_tutorials" USING btree ("department_id");
  CREATE INDEX "video_tutorials_updated_at_idx" ON "video_tutorials" USING btree ("updated_at");
  CREATE INDEX "video_tutorials_created_at_idx" ON "video_tutorials" USING btree ("created_at");
  CREATE INDEX "video_tutorials__status_idx" ON "video_tutorials" USING btree ("_status");
  CREATE UNIQUE INDEX "video_tutorials_filename_idx" ON "video_tutorials" USING btree ("filename");
  CREATE INDEX "video_tutorials_rels_order_idx" ON "video_tutorials_rels" USING btree ("order");
  CREATE INDEX "video_tutorials_rels_parent_idx" ON "video_tutorials_rels" USING btree ("parent_id");
  CREATE INDEX "video_tutorials_rels_path_idx" ON "video_tutorials_rels" USING btree ("path");
  CREATE INDEX "video_tutorials_rels_services_id_idx" ON "video_tutorials_rels" USING btree ("services_id");
  CREATE INDEX "_video_tutorials_v_parent_idx" ON "_video_tutorials_v" USING btree ("parent_id");
  CREATE INDEX "_video_tutorials_v_version_version_poster_idx" ON "_video_tutorials_v" USING btree ("version_poster_id");
  CREATE INDEX "_video_tutorials_v_version_version_slug_idx" ON "_video_tutorials_v" USING btree ("version_slug");
  CREATE INDEX "_video_tutorials_v_version_version_department_idx" ON "_video_tutorials_v" USING btree ("version_department_id");
  CREATE INDEX "_video_tutorials_v_version_version_updated_at_idx" ON "_video_tutorials_v" USING btree ("version_updated_at");
  CREATE INDEX "_video_tutorials_v_version_version_created_at_idx" ON "_video_tutorials_v" USING btree ("version_created_at");
  CREATE INDEX "_video_tutorials_v_version_version__status_idx" ON "_video_tutorials_v" USING btree ("version__status");
  CREATE INDEX "_video_tutorials_v_version_version_filename_idx" ON "_video_tutorials_v" USING btree ("version_filename");
  CREATE INDEX "_video_tutorials_v_created_at_idx" ON "_video_tutorials_v" USING btree ("created_at");
  CREATE INDEX "_video_tutorials_v_updated_at_idx" ON "_video_tutorials_v" USING btree ("updated_at");
  CREATE INDEX "_video_tutorials_v_latest_idx" ON "_video_tutorials_v" USING btree ("latest");
  CREATE INDEX "_video_tutorials_v_rels_order_idx" ON "_video_tutorials_v_rels" USING btree ("order");
  CREATE INDEX "_video_tutorials_v_rels_parent_idx" ON "_video_tutorials_v_rels" USING btree ("parent_id");
  CREATE INDEX "_video_tutorials_v_rels_path_idx" ON "_video_tutorials_v_rels" USING btree ("path");
  CREATE INDEX "_video_tutorials_v_rels_services_id_idx" ON "_video_tutorials_v_rels" USING btree ("services_id");
  CREATE INDEX "pages_video_idx" ON "pages" USING btree ("video_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_department_idx" ON "pages" USING btree ("department_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_video_idx" ON "_pages_v" USING btree ("version_video_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_department_idx" ON "_pages_v" USING btree ("version_department_id");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_parent_idx" ON "topics" USING btree ("parent_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "topics__status_idx" ON "topics" USING btree ("_status");
  CREATE INDEX "_topics_v_parent_idx" ON "_topics_v" USING btree ("parent_id");
  CREATE INDEX "_topics_v_version_version_slug_idx" ON "_topics_v" USING btree ("version_slug");
  CREATE INDEX "_topics_v_version_version_parent_idx" ON "_topics_v" USING btree ("version_parent_id");
  CREATE INDEX "_topics_v_version_version_updated_at_idx" ON "_topics_v" USING btree ("version_updated_at");
  CREATE INDEX "_topics_v_version_version_created_at_idx" ON "_topics_v" USING btree ("version_created_at");
  CREATE INDEX "_topics_v_version_version__status_idx" ON "_topics_v" USING btree ("version__status");
  CREATE INDEX "_topics_v_created_at_idx" ON "_topics_v" USING btree ("created_at");
  CREATE INDEX "_topics_v_updated_at_idx" ON "_topics_v" USING btree ("updated_at");
  CREATE INDEX "_topics_v_latest_idx" ON "_topics_v" USING btree ("latest");
  CREATE INDEX "media_department_idx" ON "media" USING btree ("department_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wide_sizes_wide_filename_idx" ON "media" USING btree ("sizes_wide_filename");
  CREATE UNIQUE INDEX "regions_slug_idx" ON "regions" USING btree ("slug");
  CREATE INDEX "regions_kreis_idx" ON "regions" USING btree ("kreis_id");
  CREATE INDEX "regions_updated_at_idx" ON "regions" USING btree ("updated_at");
  CREATE INDEX "regions_created_at_idx" ON "regions" USING btree ("created_at");
  CREATE UNIQUE INDEX "departments_slug_idx" ON "departments" USING btree ("slug");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_departments_id_idx" ON "users_rels" USING btree ("departments_id");
  CREATE INDEX "releases_steps_order_idx" ON "releases_steps" USING btree ("_order");
  CREATE INDEX "releases_steps_parent_id_idx" ON "releases_steps" USING btree ("_parent_id");
  CREATE INDEX "releases_warnings_order_idx" ON "releases_warnings" USING btree ("_order");
  CREATE INDEX "releases_warnings_parent_id_idx" ON "releases_warnings" USING btree ("_parent_id");
  CREATE INDEX "releases_changed_docs_order_idx" ON "releases_changed_docs" USING btree ("_order");
  CREATE INDEX "releases_changed_docs_parent_id_idx" ON "releases_changed_docs" USING btree ("_parent_id");
  CREATE INDEX "releases_release_id_idx" ON "releases" USING btree ("release_id");
  CREATE INDEX "releases_status_idx" ON "releases" USING btree ("status");
  CREATE INDEX "releases_triggered_by_idx" ON "releases" USING btree ("triggered_by_id");
  CREATE INDEX "releases_updated_at_idx" ON "releases" USING btree ("updated_at");
  CREATE INDEX "releases_created_at_idx" ON "releases" USING btree ("created_at");
  CREATE UNIQUE INDEX "pipeline_locks_name_idx" ON "pipeline_locks" USING btree ("name");
  CREATE INDEX "pipeline_locks_updated_at_idx" ON "pipeline_locks" USING btree ("updated_at");
  CREATE INDEX "pipeline_locks_created_at_idx" ON "pipeline_locks" USING btree ("created_at");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_deadline_idx" ON "feedback" USING btree ("deadline");
  CREATE INDEX "feedback_department_idx" ON "feedback" USING btree ("department_id");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "availability_weekly_order_idx" ON "availability_weekly" USING btree ("_order");
  CREATE INDEX "availability_weekly_parent_id_idx" ON "availability_weekly" USING btree ("_parent_id");
  CREATE INDEX "availability_exceptions_order_idx" ON "availability_exceptions" USING btree ("_order");
  CREATE INDEX "availability_exceptions_parent_id_idx" ON "availability_exceptions" USING btree ("_parent_id");
  CREATE INDEX "availability_location_idx" ON "availability" USING btree ("location_id");
  CREATE INDEX "availability_contact_person_idx" ON "availability" USING btree ("contact_person_id");
  CREATE INDEX "availability_department_idx" ON "availability" USING btree ("department_id");
  CREATE INDEX "availability_updated_at_idx" ON "availability" USING btree ("updated_at");
  CREATE INDEX "availability_created_at_idx" ON "availability" USING btree ("created_at");
  CREATE INDEX "availability_rels_order_idx" ON "availability_rels" USING btree ("order");
  CREATE INDEX "availability_rels_parent_idx" ON "availability_rels" USING btree ("parent_id");
  CREATE INDEX "availability_rels_path_idx" ON "availability_rels" USING btree ("path");
  CREATE INDEX "availability_rels_services_id_idx" ON "availability_rels" USING btree ("services_id");
  CREATE INDEX "bookings_start_idx" ON "bookings" USING btree ("start");
  CREATE INDEX "bookings_availability_idx" ON "bookings" USING btree ("availability_id");
  CREATE INDEX "bookings_service_idx" ON "bookings" USING btree ("service_id");
  CREATE INDEX "bookings_location_idx" ON "bookings" USING btree ("location_id");
  CREATE INDEX "bookings_contact_person_idx" ON "bookings" USING btree ("contact_person_id");
  CREATE INDEX "bookings_status_idx" ON "bookings" USING btree ("status");
  CREATE UNIQUE INDEX "bookings_slot_key_idx" ON "bookings" USING btree ("slot_key");
  CREATE INDEX "bookings_cancel_token_hash_idx" ON "bookings" USING btree ("cancel_token_hash");
  CREATE INDEX "bookings_department_idx" ON "bookings" USING btree ("department_id");
  CREATE INDEX "bookings_updated_at_idx" ON "bookings" USING btree ("updated_at");
  CREATE INDEX "bookings_created_at_idx" ON "bookings" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_services_id_idx" ON "payload_locked_documents_rels" USING btree ("services_id");
  CREATE INDEX "payload_locked_documents_rels_easy_language_texts_id_idx" ON "payload_locked_documents_rels" USING btree ("easy_language_texts_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_terms_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_terms_id");
  CREATE INDEX "payload_locked_documents_rels_contact_persons_id_idx" ON "payload_locked_documents_rels" USING btree ("contact_persons_id");
  CREATE INDEX "payload_locked_documents_rels_locations_id_idx" ON "payload_locked_documents_rels" USING btree ("locations_id");
  CREATE INDEX "payload_locked_documents_rels_video_tutorials_id_idx" ON "payload_locked_documents_rels" USING btree ("video_tutorials_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_regions_id_idx" ON "payload_locked_documents_rels" USING btree ("regions_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("releases_id");
  CREATE INDEX "payload_locked_documents_rels_pipeline_locks_id_idx" ON "payload_locked_documents_rels" USING btree ("pipeline_locks_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_availability_id_idx" ON "payload_locked_documents_rels" USING btree ("availability_id");
  CREATE INDEX "payload_locked_documents_rels_bookings_id_idx" ON "payload_locked_documents_rels" USING btree ("bookings_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "services_documents" CASCADE;
  DROP TABLE "services_legal_basis" CASCADE;
  DROP TABLE "services_forms" CASCADE;
  DROP TABLE "services" CASCADE;
  DROP TABLE "services_rels" CASCADE;
  DROP TABLE "_services_v_version_documents" CASCADE;
  DROP TABLE "_services_v_version_legal_basis" CASCADE;
  DROP TABLE "_services_v_version_forms" CASCADE;
  DROP TABLE "_services_v" CASCADE;
  DROP TABLE "_services_v_rels" CASCADE;
  DROP TABLE "easy_language_texts_glossary" CASCADE;
  DROP TABLE "easy_language_texts_overrides" CASCADE;
  DROP TABLE "easy_language_texts" CASCADE;
  DROP TABLE "_easy_language_texts_v_version_glossary" CASCADE;
  DROP TABLE "_easy_language_texts_v_version_overrides" CASCADE;
  DROP TABLE "_easy_language_texts_v" CASCADE;
  DROP TABLE "glossary_terms" CASCADE;
  DROP TABLE "_glossary_terms_v" CASCADE;
  DROP TABLE "contact_persons_languages" CASCADE;
  DROP TABLE "contact_persons" CASCADE;
  DROP TABLE "contact_persons_rels" CASCADE;
  DROP TABLE "_contact_persons_v_version_languages" CASCADE;
  DROP TABLE "_contact_persons_v" CASCADE;
  DROP TABLE "_contact_persons_v_rels" CASCADE;
  DROP TABLE "locations_opening_hours" CASCADE;
  DROP TABLE "locations" CASCADE;
  DROP TABLE "_locations_v_version_opening_hours" CASCADE;
  DROP TABLE "_locations_v" CASCADE;
  DROP TABLE "video_tutorials" CASCADE;
  DROP TABLE "video_tutorials_rels" CASCADE;
  DROP TABLE "_video_tutorials_v" CASCADE;
  DROP TABLE "_video_tutorials_v_rels" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "_topics_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "regions" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "releases_steps" CASCADE;
  DROP TABLE "releases_warnings" CASCADE;
  DROP TABLE "releases_changed_docs" CASCADE;
  DROP TABLE "releases" CASCADE;
  DROP TABLE "pipeline_locks" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "availability_weekly" CASCADE;
  DROP TABLE "availability_exceptions" CASCADE;
  DROP TABLE "availability" CASCADE;
  DROP TABLE "availability_rels" CASCADE;
  DROP TABLE "bookings" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_services_forms_kind";
  DROP TYPE "public"."enum_services_status";
  DROP TYPE "public"."enum__services_v_version_forms_kind";
  DROP TYPE "public"."enum__services_v_version_status";
  DROP TYPE "public"."enum_easy_language_texts_overrides_rule";
  DROP TYPE "public"."enum_easy_language_texts_status";
  DROP TYPE "public"."enum__easy_language_texts_v_version_overrides_rule";
  DROP TYPE "public"."enum__easy_language_texts_v_version_status";
  DROP TYPE "public"."enum_glossary_terms_status";
  DROP TYPE "public"."enum__glossary_terms_v_version_status";
  DROP TYPE "public"."enum_contact_persons_languages";
  DROP TYPE "public"."enum_contact_persons_status";
  DROP TYPE "public"."enum__contact_persons_v_version_languages";
  DROP TYPE "public"."enum__contact_persons_v_version_status";
  DROP TYPE "public"."enum_locations_opening_hours_day";
  DROP TYPE "public"."enum_locations_status";
  DROP TYPE "public"."enum__locations_v_version_opening_hours_day";
  DROP TYPE "public"."enum__locations_v_version_status";
  DROP TYPE "public"."enum_video_tutorials_status";
  DROP TYPE "public"."enum__video_tutorials_v_version_status";
  DROP TYPE "public"."enum_pages_kind";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_kind";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum_topics_status";
  DROP TYPE "public"."enum__topics_v_version_status";
  DROP TYPE "public"."enum_regions_kind";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_releases_status";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_availability_weekly_day";
  DROP TYPE "public"."enum_bookings_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
