-- Issue #24: the test connection an MCP connector's editors save for discovery (on demand and on the schedule).
-- The values are sealed by the web app (AES-256-GCM, the connector's id as additional data); only the names of the
-- fields set are kept in the clear.

-- CreateTable
CREATE TABLE "McpTestConnection" (
    "id" TEXT NOT NULL,
    "connectorId" TEXT NOT NULL,
    "sealed" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "fields" TEXT[],
    "savedById" TEXT,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastScheduledAt" TIMESTAMP(3),
    "lastScheduledError" TEXT,

    CONSTRAINT "McpTestConnection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "McpTestConnection_connectorId_key" ON "McpTestConnection"("connectorId");

-- AddForeignKey
ALTER TABLE "McpTestConnection" ADD CONSTRAINT "McpTestConnection_connectorId_fkey" FOREIGN KEY ("connectorId") REFERENCES "Connector"("id") ON DELETE CASCADE ON UPDATE CASCADE;
