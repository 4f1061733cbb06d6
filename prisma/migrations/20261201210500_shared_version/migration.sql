-- Version pinning: the version people a connector is shared with get (Connector.sharedVersionId), set by an approved
-- sharing request; a newer upload replaces it only through a new decision.
ALTER TABLE "Connector" ADD COLUMN "sharedVersionId" TEXT;

ALTER TABLE "Connector" ADD CONSTRAINT "Connector_sharedVersionId_fkey" FOREIGN KEY ("sharedVersionId") REFERENCES "ConnectorVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Connectors shared before pinning: people keep what they see today. That is the version of the latest approved
-- request if there is one, else the newest version of a connector that is shared (a scope beyond private, or a
-- share that was not revoked).
UPDATE "Connector" c SET "sharedVersionId" = COALESCE(
  (SELECT r."versionId" FROM "SharingRequest" r WHERE r."connectorId" = c.id AND r.stage = 'APPROVED' ORDER BY r."decidedAt" DESC NULLS LAST LIMIT 1),
  (SELECT v.id FROM "ConnectorVersion" v WHERE v."connectorId" = c.id ORDER BY v.number DESC LIMIT 1))
WHERE c.scope <> 'PRIVATE'
   OR EXISTS (SELECT 1 FROM "Share" s WHERE s."connectorId" = c.id AND s."revokedAt" IS NULL)
   OR EXISTS (SELECT 1 FROM "SharingRequest" r WHERE r."connectorId" = c.id AND r.stage = 'APPROVED');

-- Which version each review step was about, so the reviewer sees what changed when a resubmission attaches a newer one.
ALTER TABLE "ReviewStep" ADD COLUMN "versionNumber" INTEGER;
UPDATE "ReviewStep" s SET "versionNumber" = v.number
FROM "SharingRequest" r JOIN "ConnectorVersion" v ON v.id = r."versionId"
WHERE r.id = s."requestId";
