CREATE TABLE "model_artifacts" (
	"model_version_id" uuid PRIMARY KEY NOT NULL,
	"model_json" text NOT NULL,
	"weights" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"config" jsonb NOT NULL,
	"backend" text,
	"progress" double precision DEFAULT 0 NOT NULL,
	"epochs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"test" jsonb,
	"error" text,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"worker" text,
	"heartbeat_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"duration_ms" double precision,
	"model_version_id" uuid
);
--> statement-breakpoint
ALTER TABLE "model_versions" ADD COLUMN "source" text DEFAULT 'shipped' NOT NULL;--> statement-breakpoint
ALTER TABLE "model_versions" ADD COLUMN "training_run_id" uuid;--> statement-breakpoint
ALTER TABLE "model_artifacts" ADD CONSTRAINT "model_artifacts_model_version_id_model_versions_id_fk" FOREIGN KEY ("model_version_id") REFERENCES "public"."model_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_runs_created_idx" ON "training_runs" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "training_runs_status_created_idx" ON "training_runs" USING btree ("status","created_at");--> statement-breakpoint
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_training_run_id_training_runs_id_fk" FOREIGN KEY ("training_run_id") REFERENCES "public"."training_runs"("id") ON DELETE no action ON UPDATE no action;