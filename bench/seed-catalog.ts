// Seeds N synthetic connectors with multi-row INSERTs over unnest() arrays: one round trip per few thousand rows
// instead of one Prisma call per row.
import pg from "pg";
import { createRandom, generateConnector, type BenchConnector } from "./generate-connectors.ts";

const BATCH = 2_000;

async function insertBatch(client: pg.Client, rows: BenchConnector[], ownerIds: string[], environmentId: string) {
  const col = <T>(f: (c: BenchConnector, i: number) => T) => rows.map(f);
  await client.query(
    `INSERT INTO "Connector" (id, slug, title, description, publisher, host, "basePath", hosting, "authType", scope, lifecycle, "ownerId", "environmentId",
       "isSample", "brandColor", "actionCount", "triggerCount", "errorCount", "warningCount", "versionCount", "searchText", "createdAt", "updatedAt")
     SELECT id, slug, title, description, publisher, host, '/', hosting::"Hosting", auth::"AuthType", scope::"SharingScope", lifecycle::"Lifecycle", owner, $13,
       sample, color, actions, triggers, errors, warnings, 1, search, created, created
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[],
                 $14::bool[], $15::text[], $16::int[], $17::int[], $18::int[], $19::int[], $20::timestamp[])
       AS t(id, slug, title, description, publisher, host, hosting, auth, scope, lifecycle, owner, search, sample, color, actions, triggers, errors, warnings, created)`,
    [
      col((c) => c.id),
      col((c) => c.slug),
      col((c) => c.title),
      col((c) => c.description),
      col((c) => c.publisher),
      col((c) => c.host),
      col((c) => c.hosting),
      col((c) => c.authType),
      col((c) => c.scope),
      col((c) => c.lifecycle),
      col((_c, i) => ownerIds[i % ownerIds.length]!),
      col((c) => c.searchText),
      environmentId,
      col((c) => c.isSample),
      col((c) => c.brandColor),
      col((c) => c.actionCount),
      col((c) => c.triggerCount),
      col((c) => c.errorCount),
      col((c) => c.warningCount),
      col((c) => c.createdAt.toISOString()),
    ],
  );
  await client.query(
    `INSERT INTO "ConnectorVersion" (id, "connectorId", number, "sourceFormat", "fileName", "sourceText", definition, "contentHash", "errorCount", "warningCount", "createdById")
     SELECT vid, cid, 1, 'OPENAPI_JSON', 'apiDefinition.swagger.json', src, src::jsonb, hash, errors, warnings, owner
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[]) AS t(vid, cid, src, hash, errors, warnings, owner)`,
    [
      col((c) => c.version.id),
      col((c) => c.id),
      col((c) => c.version.sourceText),
      col((c) => c.version.contentHash),
      col((c) => c.errorCount),
      col((c) => c.warningCount),
      col((_c, i) => ownerIds[i % ownerIds.length]!),
    ],
  );
  const ops = rows.flatMap((c) => c.operations.map((o) => ({ ...o, versionId: c.version.id })));
  const oc = <T>(f: (o: (typeof ops)[number]) => T) => ops.map(f);
  await client.query(
    `INSERT INTO "Operation" (id, "versionId", "operationId", kind, "triggerKind", "triggerCardinality", method, path, summary)
     SELECT id, vid, oid, kind::"OperationKind", tk::"TriggerKind", CASE WHEN tk IS NULL THEN NULL ELSE 'SINGLE'::"TriggerCardinality" END, method, path, summary
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS t(id, vid, oid, kind, tk, method, path, summary)`,
    [
      oc((o) => o.id),
      oc((o) => o.versionId),
      oc((o) => o.operationId),
      oc((o) => o.kind),
      oc((o) => o.triggerKind),
      oc((o) => o.method.toUpperCase()),
      oc((o) => o.path),
      oc((o) => o.summary),
    ],
  );
}

/** Seeds `count` connectors (and their first versions and operations) into a migrated, empty database. */
export async function seedCatalog(url: string, count: number): Promise<{ connectors: number; operations: number; ms: number }> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET synchronous_commit = off");
    const owners = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, "tenantId", oid, upn, "displayName", roles)
       SELECT 'bu' || g, 'bench-tenant', 'bench-oid-' || g, 'maker' || g || '@bench.example', 'Bench Maker ' || g, ARRAY['Hub.Maker']
       FROM generate_series(1, 50) g RETURNING id`,
    );
    const env = await client.query<{ id: string }>(`INSERT INTO "Environment" (id, name, "displayName") VALUES ('bench-env', 'bench', 'Bench') RETURNING id`);
    const ownerIds = owners.rows.map((r) => r.id);
    const random = createRandom(42);
    let operations = 0;
    for (let start = 0; start < count; start += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => generateConnector(start + k, random));
      operations += rows.reduce((n, r) => n + r.operations.length, 0);
      await insertBatch(client, rows, ownerIds, env.rows[0]!.id);
    }
    // Connectors shared with named users: each is shared with the next maker after its owner, so a signed-in maker
    // sees the organization's connectors plus their own (2,000) and those shared with them (a few hundred).
    await client.query(
      `INSERT INTO "Share" (id, "connectorId", "principalType", "userId", "grantedById")
       SELECT 'bs' || c.id, c.id, 'USER', 'bu' || (substr(c."ownerId", 3)::int % 50 + 1), c."ownerId"
       FROM "Connector" c WHERE c.scope = 'USERS'`,
    );
    await client.query(`ANALYZE "Connector"; ANALYZE "ConnectorVersion"; ANALYZE "Operation"; ANALYZE "Share"`);
    return { connectors: count, operations, ms: Math.round(performance.now() - started) };
  } finally {
    await client.end();
  }
}
