-- CreateTable
CREATE TABLE "GovernanceSnapshot" (
    "id" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "computeMs" INTEGER NOT NULL,

    CONSTRAINT "GovernanceSnapshot_pkey" PRIMARY KEY ("id")
);
