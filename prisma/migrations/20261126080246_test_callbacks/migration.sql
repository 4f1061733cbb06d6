-- CreateTable
CREATE TABLE "TestCallback" (
    "id" TEXT NOT NULL,
    "connectorId" TEXT NOT NULL,
    "operationId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "subscriptionUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TestCallback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TestCallbackEvent" (
    "id" TEXT NOT NULL,
    "callbackId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "headers" JSONB NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "TestCallbackEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TestCallback_tokenHash_key" ON "TestCallback"("tokenHash");

-- CreateIndex
CREATE INDEX "TestCallback_connectorId_idx" ON "TestCallback"("connectorId");

-- CreateIndex
CREATE INDEX "TestCallback_expiresAt_idx" ON "TestCallback"("expiresAt");

-- CreateIndex
CREATE INDEX "TestCallbackEvent_callbackId_receivedAt_idx" ON "TestCallbackEvent"("callbackId", "receivedAt");

-- AddForeignKey
ALTER TABLE "TestCallbackEvent" ADD CONSTRAINT "TestCallbackEvent_callbackId_fkey" FOREIGN KEY ("callbackId") REFERENCES "TestCallback"("id") ON DELETE CASCADE ON UPDATE CASCADE;
