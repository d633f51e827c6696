CREATE TABLE "enroll_requests" (
	"workspace_id" text NOT NULL,
	"journey_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"results" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "enroll_requests_workspace_id_journey_id_idempotency_key_pk" PRIMARY KEY("workspace_id","journey_id","idempotency_key")
);
