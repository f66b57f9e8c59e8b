CREATE TABLE "feedback_samples" (
	"prediction_id" uuid PRIMARY KEY NOT NULL,
	"owner_id" uuid,
	"model_version_id" uuid NOT NULL,
	"label" smallint NOT NULL,
	"predicted_digit" smallint NOT NULL,
	"kind" text NOT NULL,
	"pixels" "bytea" NOT NULL,
	"holdout" boolean NOT NULL,
	"excluded" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_settings" (
	"id" smallint PRIMARY KEY NOT NULL,
	"retrain_after_samples" integer,
	"samples_at_last_retrain" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_evaluations" (
	"model_version_id" uuid NOT NULL,
	"holdout_key" text NOT NULL,
	"scores" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "model_evaluations_model_version_id_holdout_key_pk" PRIMARY KEY("model_version_id","holdout_key")
);
--> statement-breakpoint
ALTER TABLE "training_runs" ADD COLUMN "base_model_version_id" uuid;--> statement-breakpoint
ALTER TABLE "training_runs" ADD COLUMN "include_feedback" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "training_runs" ADD COLUMN "auto_activate" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "training_runs" ADD COLUMN "scheduled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "training_runs" ADD COLUMN "comparison" jsonb;--> statement-breakpoint
ALTER TABLE "feedback_samples" ADD CONSTRAINT "feedback_samples_prediction_id_predictions_id_fk" FOREIGN KEY ("prediction_id") REFERENCES "public"."predictions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_evaluations" ADD CONSTRAINT "model_evaluations_model_version_id_model_versions_id_fk" FOREIGN KEY ("model_version_id") REFERENCES "public"."model_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_samples_created_idx" ON "feedback_samples" USING btree ("created_at" DESC NULLS LAST,"prediction_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "feedback_samples_label_idx" ON "feedback_samples" USING btree ("label");