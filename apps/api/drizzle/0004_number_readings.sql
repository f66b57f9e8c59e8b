CREATE TABLE "number_readings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_id" uuid,
	"model_version_id" uuid NOT NULL,
	"value" text NOT NULL,
	"digits" jsonb NOT NULL,
	"uncertain" boolean NOT NULL,
	"thumbnail" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"inverted" boolean NOT NULL,
	"latency_ms" double precision NOT NULL,
	"correct_value" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "number_readings" ADD CONSTRAINT "number_readings_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "number_readings" ADD CONSTRAINT "number_readings_model_version_id_model_versions_id_fk" FOREIGN KEY ("model_version_id") REFERENCES "public"."model_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "number_readings_owner_created_idx" ON "number_readings" USING btree ("owner_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "number_readings_created_idx" ON "number_readings" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "number_readings_model_version_idx" ON "number_readings" USING btree ("model_version_id");