-- CreateEnum
CREATE TYPE "InventoryKind" AS ENUM ('APP', 'FLOW');

-- CreateTable
CREATE TABLE "InventorySyncRun" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "progress" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,

    CONSTRAINT "InventorySyncRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InventorySyncCursor" (
    "runId" TEXT NOT NULL,
    "stream" TEXT NOT NULL,
    "nextLink" TEXT,
    "pages" INTEGER NOT NULL DEFAULT 0,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InventorySyncCursor_pkey" PRIMARY KEY ("runId","stream")
);

-- CreateTable
CREATE TABLE "InventoryEnvironment" (
    "name" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "sku" TEXT,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "region" TEXT,
    "modifiedAt" TIMESTAMP(3),
    "lastSeenRunId" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "syncedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InventoryEnvironment_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "InventoryConnector" (
    "id" TEXT NOT NULL,
    "environmentName" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "host" TEXT,
    "basePath" TEXT,
    "createdByOid" TEXT,
    "createdByName" TEXT,
    "modifiedAt" TIMESTAMP(3),
    "definition" JSONB,
    "operationIds" TEXT[],
    "catalogConnectorId" TEXT,
    "lastSeenRunId" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "InventoryConnector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InventoryResource" (
    "id" TEXT NOT NULL,
    "kind" "InventoryKind" NOT NULL,
    "environmentName" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "state" TEXT,
    "ownerOid" TEXT,
    "ownerName" TEXT,
    "ownerEmail" TEXT,
    "modifiedAt" TIMESTAMP(3),
    "lastSeenRunId" TEXT NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "InventoryResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InventoryUsage" (
    "id" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "environmentName" TEXT NOT NULL,
    "connectorName" TEXT NOT NULL,
    "operationId" TEXT,
    "actionName" TEXT,
    "isTrigger" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "InventoryUsage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InventorySyncRun_source_status_startedAt_idx" ON "InventorySyncRun"("source", "status", "startedAt");

-- CreateIndex
CREATE INDEX "InventoryConnector_catalogConnectorId_idx" ON "InventoryConnector"("catalogConnectorId");

-- CreateIndex
CREATE INDEX "InventoryConnector_host_idx" ON "InventoryConnector"("host");

-- CreateIndex
CREATE UNIQUE INDEX "InventoryConnector_environmentName_name_key" ON "InventoryConnector"("environmentName", "name");

-- CreateIndex
CREATE INDEX "InventoryResource_environmentName_idx" ON "InventoryResource"("environmentName");

-- CreateIndex
CREATE INDEX "InventoryResource_ownerOid_idx" ON "InventoryResource"("ownerOid");

-- CreateIndex
CREATE UNIQUE INDEX "InventoryResource_kind_environmentName_name_key" ON "InventoryResource"("kind", "environmentName", "name");

-- CreateIndex
CREATE INDEX "InventoryUsage_connectorName_environmentName_operationId_idx" ON "InventoryUsage"("connectorName", "environmentName", "operationId");

-- CreateIndex
CREATE INDEX "InventoryUsage_resourceId_idx" ON "InventoryUsage"("resourceId");

-- AddForeignKey
ALTER TABLE "InventorySyncCursor" ADD CONSTRAINT "InventorySyncCursor_runId_fkey" FOREIGN KEY ("runId") REFERENCES "InventorySyncRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryUsage" ADD CONSTRAINT "InventoryUsage_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "InventoryResource"("id") ON DELETE CASCADE ON UPDATE CASCADE;
