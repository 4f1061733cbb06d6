// Inputs for the tests: real published connectors are read from the shared corpus (never copied here);
// the small ones below are ours.
import { readFileSync } from "node:fs";
import type { Db } from "../src/client.ts";
import type { DemoConnectorSpec } from "../src/seed/demo-definitions.ts";
import { createDemoConnector } from "../src/seed/factories.ts";

const CORPUS = process.env.HUB_CORPUS_DIR ?? "/work/shared/corpus";

export function corpusConnector(name: string, group = "independent-publisher") {
  const dir = `${CORPUS}/connectors/${group}/${name}`;
  return { definition: readFileSync(`${dir}/apiDefinition.swagger.json`, "utf8"), apiProperties: readFileSync(`${dir}/apiProperties.json`, "utf8") };
}

export function corpusChange(name: string) {
  const dir = `${CORPUS}/changes/${name}`;
  return { before: readFileSync(`${dir}/before.swagger.json`, "utf8"), after: readFileSync(`${dir}/after.swagger.json`, "utf8") };
}

/**
 * A small connector for createDemoConnector: HTTPS, basic auth, one GET operation. A test names what it depends on
 * (a title and host of its own, the auth, the operations) and takes the rest.
 */
export function testConnectorSpec(spec: Pick<DemoConnectorSpec, "title" | "host"> & Partial<DemoConnectorSpec>): DemoConnectorSpec {
  return {
    description: "d",
    basePath: "/",
    scheme: "https",
    auth: "basic",
    brandColor: "#123456",
    publisher: "P",
    operations: [{ id: "ListThings", method: "get", path: "/things", summary: "List things" }],
    ...spec,
  };
}

/** A private testConnectorSpec connector whose slug, title and host come from `name` and the test's `tag`. */
export function createTestConnector(db: Db, options: { name: string; tag: string; ownerId: string; environmentId: string }) {
  const { name, tag, ownerId, environmentId } = options;
  const key = name.toLowerCase().replace(/\W+/g, "-");
  return createDemoConnector(db, {
    slug: `${key}-${tag}`,
    ownerId,
    environmentId,
    spec: testConnectorSpec({ title: `${name} ${tag}`, host: `${key}.${tag}.example` }),
  });
}

export const yamlDefinition = (host: string, title: string) => `swagger: "2.0"
info:
  title: ${title}
  description: Lists and reads parcels of a delivery company.
  version: "1.0"
host: ${host}
basePath: /v1
schemes:
  - https
consumes: [application/json]
produces: [application/json]
paths:
  /parcels:
    get:
      operationId: ListParcels
      summary: List parcels
      description: Lists the parcels on their way.
      responses:
        "200":
          description: OK
securityDefinitions: {}
`;

/** A private draft's typical mistake: an operation without an operationId (an error the platform refuses). */
export const definitionWithError = (host: string, title: string) => `{
  "swagger": "2.0",
  "info": { "title": "${title}", "description": "Has a missing operation id.", "version": "1.0" },
  "host": "${host}",
  "basePath": "/",
  "schemes": ["https"],
  "paths": {
    "/things": {
      "get": {
        "summary": "List things",
        "description": "Lists things.",
        "responses": { "200": { "description": "OK" } }
      }
    }
  }
}
`;

export const postmanCollection = (host: string, name: string) =>
  JSON.stringify(
    {
      info: {
        _postman_id: "0b7f7c1e-1111-4aaa-8bbb-000000000001",
        name,
        description: "Tickets of the help desk.",
        schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
      },
      item: [
        {
          name: "List tickets",
          request: {
            method: "GET",
            header: [],
            url: { raw: `https://${host}/api/tickets`, protocol: "https", host: host.split("."), path: ["api", "tickets"] },
          },
        },
        {
          name: "Create ticket",
          request: {
            method: "POST",
            header: [{ key: "Content-Type", value: "application/json" }],
            body: { mode: "raw", raw: '{"title": "Printer jam", "priority": 2}' },
            url: { raw: `https://${host}/api/tickets`, protocol: "https", host: host.split("."), path: ["api", "tickets"] },
          },
        },
      ],
    },
    null,
    2,
  );
