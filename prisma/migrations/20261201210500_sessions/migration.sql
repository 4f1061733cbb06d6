-- Server-side sessions (issue 16): the hub_session cookie now carries only a random id; its SHA-256 is the row's key.
-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "userAgent" TEXT NOT NULL DEFAULT '',
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_revokedAt_idx" ON "Session"("userId", "revokedAt");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Deactivating an account ends its sessions, whoever deactivates it (the app, a directory sync, plain SQL): a trigger,
-- not application code, so no path can forget it. Prisma does not model triggers, so the drift check ignores it.
CREATE FUNCTION session_revoke_on_deactivation() RETURNS trigger AS $$
BEGIN
  IF OLD."isActive" AND NOT NEW."isActive" THEN
    UPDATE "Session" SET "revokedAt" = CURRENT_TIMESTAMP WHERE "userId" = NEW.id AND "revokedAt" IS NULL;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "User_deactivation_revokes_sessions" AFTER UPDATE OF "isActive" ON "User"
  FOR EACH ROW EXECUTE FUNCTION session_revoke_on_deactivation();

-- Anonymous visitors now read PUBLIC connectors only; the samples are there to be tried by anyone (/samples), so they
-- are public (register-sample-connectors registers them so from now on).
UPDATE "Connector" SET scope = 'PUBLIC' WHERE "isSample" AND scope = 'ORGANIZATION';
