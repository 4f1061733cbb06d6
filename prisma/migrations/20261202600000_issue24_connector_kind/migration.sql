-- Issue #24: the catalog's "MCP server" facet and badge. Connector.kind is denormalized from the newest version like
-- actionCount (buildVersionFields sets it from summarizeDefinition's kind on every create, new version and import).

-- CreateEnum
CREATE TYPE "ConnectorKind" AS ENUM ('REST', 'MCP');

-- AlterTable
ALTER TABLE "Connector" ADD COLUMN     "kind" "ConnectorKind" NOT NULL DEFAULT 'REST';

-- CreateIndex
CREATE INDEX "Connector_kind_idx" ON "Connector"("kind");

-- Backfill from each connector's newest version, with the summarizer's own test (isMcpConnector in
-- packages/definitions/src/mcp/find-mcp-operations.ts): an operation marked "x-ms-agentic-protocol": "mcp-..." or
-- tagged McpSse (the retired SSE form) makes an MCP connector. The dashboard's count (count-mcp-connectors.ts) looks
-- for the current streamable post only, which this includes.
UPDATE "Connector" c SET "kind" = 'MCP'
FROM (
  SELECT DISTINCT ON ("connectorId") "connectorId", definition FROM "ConnectorVersion" ORDER BY "connectorId", number DESC
) latest
WHERE latest."connectorId" = c.id
  AND jsonb_path_exists(
    latest.definition,
    '$.paths.*.keyvalue() ? (@.key like_regex "^(get|put|post|delete|options|head|patch)$").value ? ((@."x-ms-agentic-protocol".type() == "string" && @."x-ms-agentic-protocol" starts with "mcp-") || exists(@.tags[*] ? (@ == "McpSse")))'
  );
