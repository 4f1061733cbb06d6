-- CreateEnum
CREATE TYPE "CertificationState" AS ENUM ('SUBMITTED', 'IN_REVIEW', 'CHANGES_REQUESTED', 'MERGED', 'WITHDRAWN', 'REJECTED');

-- CreateTable
CREATE TABLE "CertificationEvent" (
    "id" TEXT NOT NULL,
    "connectorId" TEXT NOT NULL,
    "state" "CertificationState" NOT NULL,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "pullRequestUrl" TEXT,
    "note" TEXT,
    "recordedById" TEXT,

    CONSTRAINT "CertificationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CertificationEvent_connectorId_effectiveAt_idx" ON "CertificationEvent"("connectorId", "effectiveAt");

-- AddForeignKey
ALTER TABLE "CertificationEvent" ADD CONSTRAINT "CertificationEvent_connectorId_fkey" FOREIGN KEY ("connectorId") REFERENCES "Connector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationEvent" ADD CONSTRAINT "CertificationEvent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
