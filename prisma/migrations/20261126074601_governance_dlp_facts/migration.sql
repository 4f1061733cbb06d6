-- CreateTable
CREATE TABLE "ConnectorDlpFact" (
    "connectorId" TEXT NOT NULL,
    "policyId" TEXT,
    "policyStamp" TEXT NOT NULL,
    "connectorUpdatedAt" TIMESTAMP(3) NOT NULL,
    "scheme" TEXT NOT NULL,
    "group" "DlpGroup" NOT NULL,
    "decidedBy" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConnectorDlpFact_pkey" PRIMARY KEY ("connectorId")
);

-- CreateIndex
CREATE INDEX "ConnectorDlpFact_group_idx" ON "ConnectorDlpFact"("group");

-- AddForeignKey
ALTER TABLE "ConnectorDlpFact" ADD CONSTRAINT "ConnectorDlpFact_connectorId_fkey" FOREIGN KEY ("connectorId") REFERENCES "Connector"("id") ON DELETE CASCADE ON UPDATE CASCADE;
