-- CreateEnum
CREATE TYPE "PublishedConnectorKind" AS ENUM ('CERTIFIED', 'INDEPENDENT_PUBLISHER');

-- CreateTable
CREATE TABLE "PublishedIndexSnapshot" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "commit" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "connectorCount" INTEGER NOT NULL,
    "operationCount" INTEGER NOT NULL,
    "unreadable" INTEGER NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "loadedBy" TEXT NOT NULL,

    CONSTRAINT "PublishedIndexSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedConnector" (
    "id" INTEGER NOT NULL,
    "folder" TEXT NOT NULL,
    "kind" "PublishedConnectorKind" NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "stackOwner" TEXT,
    "host" TEXT NOT NULL,
    "hostKey" TEXT,
    "registrableDomain" TEXT,
    "basePath" TEXT NOT NULL DEFAULT '/',
    "brandColor" TEXT,
    "authTypes" TEXT[],
    "signatureCount" INTEGER NOT NULL,

    CONSTRAINT "PublishedConnector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedOperation" (
    "connectorId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "operationId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "isTrigger" BOOLEAN NOT NULL DEFAULT false,
    "signature" TEXT,

    CONSTRAINT "PublishedOperation_pkey" PRIMARY KEY ("connectorId","position")
);

-- CreateTable
CREATE TABLE "PublishedDuplicateNote" (
    "connectorId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "folders" TEXT[],
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedDuplicateNote_pkey" PRIMARY KEY ("connectorId")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublishedConnector_folder_key" ON "PublishedConnector"("folder");

-- CreateIndex
CREATE INDEX "PublishedConnector_hostKey_idx" ON "PublishedConnector"("hostKey");

-- CreateIndex
CREATE INDEX "PublishedConnector_registrableDomain_idx" ON "PublishedConnector"("registrableDomain");

-- CreateIndex
CREATE INDEX "PublishedConnector_title_idx" ON "PublishedConnector" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PublishedOperation_signature_idx" ON "PublishedOperation"("signature");

-- AddForeignKey
ALTER TABLE "PublishedOperation" ADD CONSTRAINT "PublishedOperation_connectorId_fkey" FOREIGN KEY ("connectorId") REFERENCES "PublishedConnector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedDuplicateNote" ADD CONSTRAINT "PublishedDuplicateNote_connectorId_fkey" FOREIGN KEY ("connectorId") REFERENCES "Connector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Titles similar to q (pg_trgm's `%`, similarity >= pg_trgm.similarity_threshold, 0.3 by default) through the trigram
-- index. On a table this small the planner prefers a sequential scan, which computes the trigrams of all ~1,000
-- titles per lookup (about 8 ms); the index answers in under 1 ms. The SET clause holds only inside the function.
CREATE FUNCTION published_connector_ids_by_title(q text) RETURNS SETOF integer
  LANGUAGE sql STABLE
  SET enable_seqscan = off
  AS $$ SELECT id FROM "PublishedConnector" WHERE title % q $$;
