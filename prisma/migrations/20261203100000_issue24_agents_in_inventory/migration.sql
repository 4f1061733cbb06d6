-- Issue #24: Copilot Studio agents count as consumers of custom connectors beside apps and flows. Agents are read
-- from each environment's Dataverse (bots, bot_botcomponent, botcomponent_connectionreference, connectionreferences),
-- whose address the BAP environment list gives as linkedEnvironmentMetadata.instanceUrl.
ALTER TYPE "InventoryKind" ADD VALUE 'AGENT';

ALTER TABLE "InventoryEnvironment" ADD COLUMN "instanceUrl" TEXT;
