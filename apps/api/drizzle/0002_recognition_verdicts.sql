ALTER TABLE "predictions" ADD COLUMN "not_digit_probability" real;--> statement-breakpoint
ALTER TABLE "predictions" ADD COLUMN "uncertain" boolean;