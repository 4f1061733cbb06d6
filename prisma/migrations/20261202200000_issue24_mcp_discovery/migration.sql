-- CreateTable
CREATE TABLE "McpDiscovery" (
    "id" TEXT NOT NULL,
    "connectorId" TEXT NOT NULL,
    "discoveredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "protocolEra" TEXT NOT NULL,
    "protocolVersion" TEXT,
    "serverName" TEXT,
    "serverVersion" TEXT,
    "tools" JSONB NOT NULL,
    "resources" JSONB NOT NULL,
    "toolCount" INTEGER NOT NULL,
    "notReadyCount" INTEGER NOT NULL,
    "changes" JSONB NOT NULL,
    "isBreaking" BOOLEAN NOT NULL DEFAULT false,
    "discoveredById" TEXT,

    CONSTRAINT "McpDiscovery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "McpDiscovery_connectorId_discoveredAt_idx" ON "McpDiscovery"("connectorId", "discoveredAt");

-- AddForeignKey
ALTER TABLE "McpDiscovery" ADD CONSTRAINT "McpDiscovery_connectorId_fkey" FOREIGN KEY ("connectorId") REFERENCES "Connector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

