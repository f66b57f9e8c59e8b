-- Images stored as bytes instead of base64 data URLs: a quarter smaller, and written without encoding.
ALTER TABLE "number_readings" ALTER COLUMN "thumbnail" SET DATA TYPE bytea USING decode(substr("thumbnail", strpos("thumbnail", ',') + 1), 'base64');--> statement-breakpoint
ALTER TABLE "predictions" ALTER COLUMN "normalized_image" SET DATA TYPE bytea USING decode(substr("normalized_image", strpos("normalized_image", ',') + 1), 'base64');--> statement-breakpoint
ALTER TABLE "predictions" ALTER COLUMN "thumbnail" SET DATA TYPE bytea USING decode(substr("thumbnail", strpos("thumbnail", ',') + 1), 'base64');
