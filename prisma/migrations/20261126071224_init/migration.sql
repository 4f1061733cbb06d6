-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "AuthType" AS ENUM ('NONE', 'API_KEY', 'BASIC', 'OAUTH2', 'WINDOWS');

-- CreateEnum
CREATE TYPE "Hosting" AS ENUM ('CLOUD', 'ON_PREMISES');

-- CreateEnum
CREATE TYPE "SharingScope" AS ENUM ('PRIVATE', 'USERS', 'ORGANIZATION', 'PUBLIC');

-- CreateEnum
CREATE TYPE "Lifecycle" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'DEPRECATED', 'RETIRED');

-- CreateEnum
CREATE TYPE "SourceFormat" AS ENUM ('OPENAPI_JSON', 'OPENAPI_YAML', 'POSTMAN', 'PACONN', 'FORM');

-- CreateEnum
CREATE TYPE "OperationKind" AS ENUM ('ACTION', 'TRIGGER');

-- CreateEnum
CREATE TYPE "TriggerKind" AS ENUM ('WEBHOOK', 'POLLING');

-- CreateEnum
CREATE TYPE "TriggerCardinality" AS ENUM ('SINGLE', 'BATCH');

-- CreateEnum
CREATE TYPE "EnvironmentType" AS ENUM ('PRODUCTION', 'SANDBOX', 'DEVELOPER', 'TEAMS');

-- CreateEnum
CREATE TYPE "PlanUsage" AS ENUM ('YES', 'NO', 'APP_CONTEXT', 'FLOW_CONTEXT', 'AZURE_ONLY');

-- CreateEnum
CREATE TYPE "PrincipalType" AS ENUM ('USER', 'GROUP', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "Permission" AS ENUM ('CAN_VIEW', 'CAN_EDIT');

-- CreateEnum
CREATE TYPE "RequestStage" AS ENUM ('SUBMITTED', 'MAKER_CHECKS', 'RISK_ASSESSMENT', 'ADMIN_DECISION', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'CHANGES_REQUESTED');

-- CreateEnum
CREATE TYPE "DataSensitivity" AS ENUM ('PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'HIGHLY_CONFIDENTIAL');

-- CreateEnum
CREATE TYPE "DlpScope" AS ENUM ('TENANT', 'ENVIRONMENT');

-- CreateEnum
CREATE TYPE "DlpGroup" AS ENUM ('BUSINESS', 'NON_BUSINESS', 'BLOCKED', 'IGNORE');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "oid" TEXT NOT NULL,
    "upn" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "email" TEXT,
    "roles" TEXT[],
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "GroupMember_pkey" PRIMARY KEY ("groupId","userId")
);

-- CreateTable
CREATE TABLE "Environment" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "type" "EnvironmentType" NOT NULL DEFAULT 'PRODUCTION',
    "region" TEXT NOT NULL DEFAULT 'europe',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Environment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicencePlan" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "usage" "PlanUsage" NOT NULL,
    "createLimit" INTEGER,
    "canShare" BOOLEAN NOT NULL,
    "trialDays" INTEGER,
    "sellable" BOOLEAN NOT NULL DEFAULT true,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LicencePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenceAssignment" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "userId" TEXT,
    "groupId" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenceAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Connector" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "publisher" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "basePath" TEXT NOT NULL DEFAULT '/',
    "hosting" "Hosting" NOT NULL DEFAULT 'CLOUD',
    "gatewayName" TEXT,
    "authType" "AuthType" NOT NULL,
    "identityProvider" TEXT,
    "scope" "SharingScope" NOT NULL DEFAULT 'PRIVATE',
    "lifecycle" "Lifecycle" NOT NULL DEFAULT 'DRAFT',
    "ownerId" TEXT NOT NULL,
    "environmentId" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "brandColor" TEXT NOT NULL DEFAULT '#0078d4',
    "icon" BYTEA,
    "dataSensitivity" "DataSensitivity" NOT NULL DEFAULT 'INTERNAL',
    "actionCount" INTEGER NOT NULL DEFAULT 0,
    "triggerCount" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "warningCount" INTEGER NOT NULL DEFAULT 0,
    "versionCount" INTEGER NOT NULL DEFAULT 0,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Connector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConnectorVersion" (
    "id" TEXT NOT NULL,
    "connectorId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "sourceFormat" "SourceFormat" NOT NULL,
    "fileName" TEXT,
    "sourceText" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "apiProperties" JSONB,
    "script" TEXT,
    "contentHash" TEXT NOT NULL,
    "findings" JSONB NOT NULL DEFAULT '[]',
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "warningCount" INTEGER NOT NULL DEFAULT 0,
    "breakingChanges" JSONB,
    "breakingCount" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConnectorVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Operation" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "operationId" TEXT NOT NULL,
    "kind" "OperationKind" NOT NULL,
    "triggerKind" "TriggerKind",
    "triggerCardinality" "TriggerCardinality",
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "visibility" TEXT,
    "deprecated" BOOLEAN NOT NULL DEFAULT false,
    "parameters" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "Operation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Share" (
    "id" TEXT NOT NULL,
    "connectorId" TEXT NOT NULL,
    "principalType" "PrincipalType" NOT NULL,
    "userId" TEXT,
    "groupId" TEXT,
    "permission" "Permission" NOT NULL DEFAULT 'CAN_VIEW',
    "grantedById" TEXT NOT NULL,
    "requestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "Share_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SharingRequest" (
    "id" TEXT NOT NULL,
    "connectorId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "targetScope" "SharingScope" NOT NULL,
    "targets" JSONB NOT NULL DEFAULT '[]',
    "businessJustification" TEXT NOT NULL,
    "impact" TEXT NOT NULL,
    "accessManagement" TEXT NOT NULL,
    "dependencies" TEXT NOT NULL,
    "conditionsOfUse" TEXT NOT NULL,
    "mitigationPlan" TEXT NOT NULL,
    "dataSensitivity" "DataSensitivity" NOT NULL DEFAULT 'INTERNAL',
    "secretHandling" TEXT,
    "riskAccepted" BOOLEAN NOT NULL DEFAULT false,
    "riskScore" INTEGER,
    "stage" "RequestStage" NOT NULL DEFAULT 'SUBMITTED',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SharingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewStep" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "fromStage" "RequestStage",
    "toStage" "RequestStage" NOT NULL,
    "actorId" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DlpPolicy" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scope" "DlpScope" NOT NULL DEFAULT 'TENANT',
    "environmentId" TEXT,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DlpPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DlpPattern" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "pattern" TEXT NOT NULL,
    "group" "DlpGroup" NOT NULL,

    CONSTRAINT "DlpPattern_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DlpConnectorOverride" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "connectorId" TEXT NOT NULL,
    "group" "DlpGroup" NOT NULL,

    CONSTRAINT "DlpConnectorOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "User_upn_idx" ON "User"("upn");

-- CreateIndex
CREATE UNIQUE INDEX "User_tenantId_oid_key" ON "User"("tenantId", "oid");

-- CreateIndex
CREATE UNIQUE INDEX "Group_tenantId_objectId_key" ON "Group"("tenantId", "objectId");

-- CreateIndex
CREATE INDEX "GroupMember_userId_idx" ON "GroupMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Environment_name_key" ON "Environment"("name");

-- CreateIndex
CREATE UNIQUE INDEX "LicencePlan_key_key" ON "LicencePlan"("key");

-- CreateIndex
CREATE INDEX "LicenceAssignment_userId_idx" ON "LicenceAssignment"("userId");

-- CreateIndex
CREATE INDEX "LicenceAssignment_groupId_idx" ON "LicenceAssignment"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "Connector_slug_key" ON "Connector"("slug");

-- CreateIndex
CREATE INDEX "Connector_ownerId_idx" ON "Connector"("ownerId");

-- CreateIndex
CREATE INDEX "Connector_authType_idx" ON "Connector"("authType");

-- CreateIndex
CREATE INDEX "Connector_hosting_idx" ON "Connector"("hosting");

-- CreateIndex
CREATE INDEX "Connector_scope_idx" ON "Connector"("scope");

-- CreateIndex
CREATE INDEX "Connector_lifecycle_idx" ON "Connector"("lifecycle");

-- CreateIndex
CREATE INDEX "Connector_publisher_idx" ON "Connector"("publisher");

-- CreateIndex
CREATE INDEX "Connector_createdAt_idx" ON "Connector"("createdAt");

-- CreateIndex
CREATE INDEX "Connector_searchText_idx" ON "Connector" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Connector_host_idx" ON "Connector"("host");

-- CreateIndex
CREATE UNIQUE INDEX "ConnectorVersion_connectorId_number_key" ON "ConnectorVersion"("connectorId", "number");

-- CreateIndex
CREATE INDEX "Operation_versionId_idx" ON "Operation"("versionId");

-- CreateIndex
CREATE INDEX "Share_connectorId_idx" ON "Share"("connectorId");

-- CreateIndex
CREATE INDEX "Share_userId_idx" ON "Share"("userId");

-- CreateIndex
CREATE INDEX "Share_groupId_idx" ON "Share"("groupId");

-- CreateIndex
CREATE INDEX "SharingRequest_stage_idx" ON "SharingRequest"("stage");

-- CreateIndex
CREATE INDEX "SharingRequest_requesterId_idx" ON "SharingRequest"("requesterId");

-- CreateIndex
CREATE INDEX "SharingRequest_connectorId_idx" ON "SharingRequest"("connectorId");

-- CreateIndex
CREATE INDEX "ReviewStep_requestId_idx" ON "ReviewStep"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "DlpPolicy_name_key" ON "DlpPolicy"("name");

-- CreateIndex
CREATE UNIQUE INDEX "DlpPattern_policyId_order_key" ON "DlpPattern"("policyId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "DlpConnectorOverride_policyId_connectorId_key" ON "DlpConnectorOverride"("policyId", "connectorId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceAssignment" ADD CONSTRAINT "LicenceAssignment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "LicencePlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceAssignment" ADD CONSTRAINT "LicenceAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceAssignment" ADD CONSTRAINT "LicenceAssignment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Connector" ADD CONSTRAINT "Connector_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Connector" ADD CONSTRAINT "Connector_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectorVersion" ADD CONSTRAINT "ConnectorVersion_connectorId_fkey" FOREIGN KEY ("connectorId") REFERENCES "Connector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectorVersion" ADD CONSTRAINT "ConnectorVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Operation" ADD CONSTRAINT "Operation_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ConnectorVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Share" ADD CONSTRAINT "Share_connectorId_fkey" FOREIGN KEY ("connectorId") REFERENCES "Connector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Share" ADD CONSTRAINT "Share_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Share" ADD CONSTRAINT "Share_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Share" ADD CONSTRAINT "Share_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Share" ADD CONSTRAINT "Share_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Share" ADD CONSTRAINT "Share_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SharingRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharingRequest" ADD CONSTRAINT "SharingRequest_connectorId_fkey" FOREIGN KEY ("connectorId") REFERENCES "Connector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharingRequest" ADD CONSTRAINT "SharingRequest_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ConnectorVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharingRequest" ADD CONSTRAINT "SharingRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SharingRequest" ADD CONSTRAINT "SharingRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewStep" ADD CONSTRAINT "ReviewStep_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SharingRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewStep" ADD CONSTRAINT "ReviewStep_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DlpPolicy" ADD CONSTRAINT "DlpPolicy_environmentId_fkey" FOREIGN KEY ("environmentId") REFERENCES "Environment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DlpPattern" ADD CONSTRAINT "DlpPattern_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "DlpPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DlpConnectorOverride" ADD CONSTRAINT "DlpConnectorOverride_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "DlpPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DlpConnectorOverride" ADD CONSTRAINT "DlpConnectorOverride_connectorId_fkey" FOREIGN KEY ("connectorId") REFERENCES "Connector"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
