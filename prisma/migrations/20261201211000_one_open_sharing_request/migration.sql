-- One open sharing request per connector, held by the database (issue 17): parallel requests, on any instance,
-- cannot both be created. Open = every stage before a decision or withdrawal.
--
-- Requests that raced in before this index: keep the oldest open one per connector, withdraw the others (with a step
-- that says why), so the index can be built on any existing database.
WITH ranked AS (
  SELECT id, stage, row_number() OVER (PARTITION BY "connectorId" ORDER BY "createdAt", id) AS n
  FROM "SharingRequest"
  WHERE stage IN ('SUBMITTED', 'MAKER_CHECKS', 'RISK_ASSESSMENT', 'ADMIN_DECISION', 'CHANGES_REQUESTED')
), duplicates AS (
  UPDATE "SharingRequest" r SET stage = 'WITHDRAWN', version = r.version + 1, "updatedAt" = now()
  FROM ranked WHERE ranked.id = r.id AND ranked.n > 1
  RETURNING r.id, ranked.stage AS "fromStage", r."requesterId"
)
INSERT INTO "ReviewStep" (id, "requestId", "fromStage", "toStage", "actorId", note, "createdAt")
SELECT 'dup_' || md5(id || clock_timestamp()::text), id, "fromStage", 'WITHDRAWN', "requesterId",
       'Withdrawn by the migration to one open request per connector: an older open request for this connector exists.', now()
FROM duplicates;

CREATE UNIQUE INDEX "SharingRequest_one_open_per_connector"
  ON "SharingRequest" ("connectorId")
  WHERE stage IN ('SUBMITTED', 'MAKER_CHECKS', 'RISK_ASSESSMENT', 'ADMIN_DECISION', 'CHANGES_REQUESTED');
