// The pure parts of "is there already a connector for this API?": hosts, operation signatures, title similarity,
// scoring, reading an index file; and the lookup over the shipped index, in memory as the CLI does it.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  describeHost,
  matchPublishedConnectors,
  operationSignature,
  preparePublishedIndex,
  PublishedIndexError,
  readPublishedIndex,
  scorePublishedMatch,
  trigramSimilarity,
} from "../../src/published/index.ts";
import { loadPublishedIndexFile } from "../../src/published/published-index-file.ts";
import { summarizeDefinition } from "../../src/summary/summarize-definition.ts";
import { findCorpusDir, isCi, listCorpusConnectors } from "../corpus-helpers.ts";

describe("describeHost", () => {
  it.each([
    ["api.hubapi.com", "hubapi.com", "none"],
    ["APP.HubAPI.com:443", "hubapi.com", "none"],
    ["https://api.example.org/v1", null, "whole"],
    ["foo.azurewebsites.net", "foo.azurewebsites.net", "none"],
    ["bar.azurewebsites.net", "bar.azurewebsites.net", "none"],
    ["DefinedInConnectionParameters", null, "whole"],
    ["", null, "whole"],
    ["agility", null, "whole"],
    ["{{replace_with_your_domain}}", null, "whole"],
    ["localhost:4433", null, "whole"],
    ["api.contoso.com", null, "whole"],
    ["yourhost.yourdomain.com", null, "whole"],
    ["yourstoreurl.myshopify.com", null, "whole"],
    ["erp.northwind.local", null, "whole"],
    ["yourinstance.snowflakecomputing.com", "snowflakecomputing.com", "subdomain"],
    ["contoso.onalvao.com", "onalvao.com", "subdomain"],
    ["korto-contoso-dev-api.azurewebsites.net", "korto-contoso-dev-api.azurewebsites.net", "none"],
  ])("%s: domain %s, placeholder %s", (host, domain, placeholder) => {
    expect(describeHost(host)).toMatchObject({ domain, placeholder });
  });
});

describe("operationSignature", () => {
  it("ignores parameter names, case of the method, doubled and trailing slashes, and joins the base path", () => {
    expect(operationSignature("get", "/orders/{orderId}/", "/v3/")).toBe("GET /v3/orders/{}");
    expect(operationSignature("GET", "/orders/{id}", "/v3")).toBe(operationSignature("get", "//orders/{orderId}", "/v3/"));
    expect(operationSignature("post", "/", "/")).toBeNull();
  });
});

describe("trigramSimilarity", () => {
  it("is pg_trgm's: shared trigrams of padded words over all", () => {
    expect(trigramSimilarity("HubSpot CRM", "hubspot crm")).toBe(1);
    expect(trigramSimilarity("word", "two words")).toBeCloseTo(0.363636, 5);
    expect(trigramSimilarity("", "anything")).toBe(0);
  });
});

describe("scorePublishedMatch", () => {
  const real = describeHost("api.acme.com");
  const theirs = { title: "Acme", host: real, operationCount: 10 };
  it("says nothing when nothing matches", () => {
    expect(
      scorePublishedMatch({ mine: { host: describeHost("api.other.com"), operationCount: 3 }, theirs, titleSimilarity: 0.1, sharedOperations: 1 }),
    ).toBeNull();
  });
  it("counts operations as the maker reads them", () => {
    const score = scorePublishedMatch({ mine: { host: real, operationCount: 16 }, theirs, titleSimilarity: 0, sharedOperations: 14 });
    expect(score?.reasons.map((r) => r.message)).toEqual(["Same host: api.acme.com.", "14 of your 16 operations (method and path) are in it, of its 10."]);
  });
  it("a placeholder host never matches by host, even the same placeholder", () => {
    const placeholder = describeHost("DefinedInConnectionParameters");
    expect(
      scorePublishedMatch({
        mine: { host: placeholder, operationCount: 0 },
        theirs: { ...theirs, host: placeholder },
        titleSimilarity: 0.2,
        sharedOperations: 0,
      }),
    ).toBeNull();
  });
});

describe("readPublishedIndex", () => {
  it.each<[string, RegExp]>([
    ["not json", /is not JSON/],
    ["[]", /must be a JSON object/],
    ['{"commit":"a","date":"2024-01-01","connectors":[]}', /lists no connectors/],
    [
      '{"commit":"a","date":"2024-01-01","connectors":[{"folder":"x","kind":"custom","title":"X","operations":[]}]}',
      /"kind" must be "certified" or "independent-publisher", not "custom"/,
    ],
    ['{"date":"2024-01-01","connectors":[]}', /has no "commit"/],
    ...[-1, 1.5, 1e12, '"3"'].map(
      (n) =>
        [
          `{"commit":"a","date":"2024-01-01","unreadable":${n},"connectors":[{"folder":"x","kind":"certified","title":"X","operations":[]}]}`,
          /"unreadable" must be a whole number of files, 0 or more/,
        ] as [string, RegExp],
    ),
  ])("refuses %s saying what to change", (text, message) => {
    expect(() => readPublishedIndex(text)).toThrow(PublishedIndexError);
    expect(() => readPublishedIndex(text)).toThrow(message);
  });
});

describe("the shipped index, in memory", () => {
  const index = preparePublishedIndex(loadPublishedIndexFile());
  it("answers the issue's examples", () => {
    const hubspot = matchPublishedConnectors(index, { host: "app.hubapi.com", title: "HubSpot CRM" });
    expect(hubspot[0]).toMatchObject({ title: "HubSpot CRM", kind: "independent-publisher", publisher: "Hitachi Solutions" });
    expect(hubspot[0]!.reasons.map((r) => r.code)).toEqual(["SAME_DOMAIN", "SIMILAR_TITLE"]);
    expect(matchPublishedConnectors(index, { host: "someone-else.azurewebsites.net", title: "Parcel tracker" })).toEqual([]);
    expect(matchPublishedConnectors(index, { host: "api.cloudmersive.com", title: "x" }, { limit: 20 })).toHaveLength(11);
  });
});

const corpus = findCorpusDir();
if (!corpus && isCi) throw new Error("CI=true but the shared corpus is missing: set SHARED_DIR to the folder holding corpus/.");

describe.skipIf(!corpus)("the shared corpus, in memory (what `validate --published` answers)", () => {
  it("each independent-publisher definition, with a subdomain and extra title words, finds its own entry first", () => {
    const index = preparePublishedIndex(loadPublishedIndexFile());
    const folders = new Set(index.entries.map((e) => e.connector.folder));
    const misses: string[] = [];
    let checked = 0;
    for (const c of listCorpusConnectors(corpus!).filter((x) => x.name.startsWith("independent-publisher/"))) {
      const folder = `independent-publisher-connectors/${basename(c.dir)}`;
      if (!folders.has(folder)) continue;
      const s = summarizeDefinition(
        JSON.parse(readFileSync(join(c.dir, "apiDefinition.swagger.json"), "utf8")),
        JSON.parse(readFileSync(join(c.dir, "apiProperties.json"), "utf8")),
      );
      const [first] = matchPublishedConnectors(index, {
        host: `eu.${s.host}`,
        title: `${s.title} connector for Contoso`,
        publisher: s.publisher,
        basePath: s.basePath,
        operations: s.operations,
      });
      checked++;
      if (first?.folder !== folder) misses.push(`${c.name}: got ${first?.folder ?? "nothing"}`);
    }
    expect(misses).toEqual([]);
    expect(checked).toBe(385);
  });
});
