// Synthetic catalog rows for the scale benchmark: varied words so word search and facets behave as on real data.
import { createHash } from "node:crypto";

const ADJECTIVES = [
  "Global",
  "Smart",
  "Secure",
  "Rapid",
  "Open",
  "Cloud",
  "Contoso",
  "Fabrikam",
  "Northwind",
  "Tailwind",
  "Adatum",
  "Litware",
  "Proseware",
  "Woodgrove",
  "Lucerne",
  "Wingtip",
  "Alpine",
  "Coho",
  "Fourth",
  "Humongous",
];
const NOUNS = [
  "Invoices",
  "Orders",
  "Tickets",
  "Payroll",
  "Inventory",
  "Shipping",
  "Calendar",
  "Weather",
  "Holidays",
  "Documents",
  "Contracts",
  "Leads",
  "Expenses",
  "Assets",
  "Surveys",
  "Forms",
  "Projects",
  "Timesheets",
  "Messages",
  "Maps",
  "Payments",
  "Customers",
  "Vendors",
  "Reports",
  "Translations",
  "Backups",
  "Alerts",
  "Devices",
  "Sensors",
  "Courses",
];
const SUFFIXES = ["API", "Service", "Connector", "Hub", "Cloud", "Online", "Manager", "Tracker", "Gateway", "Portal"];
const VERBS = [
  ["List", "get"],
  ["Get", "get"],
  ["Create", "post"],
  ["Update", "patch"],
  ["Delete", "delete"],
  ["Search", "get"],
  ["Export", "post"],
  ["Approve", "post"],
] as const;
const AUTH = ["NONE", "API_KEY", "API_KEY", "BASIC", "OAUTH2", "OAUTH2", "OAUTH2", "WINDOWS"] as const;
const SCOPES = ["PRIVATE", "USERS", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "PUBLIC"] as const;
const LIFECYCLES = ["DRAFT", "IN_REVIEW", "PUBLISHED", "PUBLISHED", "PUBLISHED", "DEPRECATED", "RETIRED"] as const;

/** A small deterministic generator, so two runs (and both databases) hold the same catalog. */
export function createRandom(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchConnector {
  id: string;
  slug: string;
  title: string;
  description: string;
  publisher: string;
  host: string;
  hosting: string;
  authType: string;
  scope: string;
  lifecycle: string;
  isSample: boolean;
  brandColor: string;
  actionCount: number;
  triggerCount: number;
  errorCount: number;
  warningCount: number;
  searchText: string;
  createdAt: Date;
  version: { id: string; sourceText: string; contentHash: string };
  operations: { id: string; operationId: string; kind: string; triggerKind: string | null; method: string; path: string; summary: string }[];
}

export function generateConnector(i: number, random: () => number): BenchConnector {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const noun = pick(NOUNS);
  const title = `${pick(ADJECTIVES)} ${noun} ${pick(SUFFIXES)} ${i}`;
  const publisher = `${pick(ADJECTIVES)} ${pick(["Labs", "Ltd", "IT", "Software", "Systems"])}`;
  const host = `${noun.toLowerCase()}-${i}.${pick(ADJECTIVES).toLowerCase()}.com`;
  const authType = pick(AUTH);
  const hosting = authType === "WINDOWS" || random() < 0.1 ? "ON_PREMISES" : "CLOUD";
  const count = 6 + Math.floor(random() * 9);
  const operations = Array.from({ length: count }, (_, k) => {
    const isTrigger = k === count - 1 && random() < 0.5;
    const [verb, method] = pick(VERBS);
    const thing = pick(NOUNS);
    return {
      id: `bo${i.toString(36)}x${k}`,
      operationId: isTrigger ? `On${thing}Changed${k}` : `${verb}${thing}${k}`,
      kind: isTrigger ? "TRIGGER" : "ACTION",
      triggerKind: isTrigger ? (random() < 0.5 ? "WEBHOOK" : "POLLING") : null,
      method: isTrigger ? "get" : method,
      path: `/${thing.toLowerCase()}/${k}`,
      summary: isTrigger ? `When ${thing.toLowerCase()} change` : `${verb} ${thing.toLowerCase()}`,
    };
  });
  const description = `${title} lets flows and apps work with ${noun.toLowerCase()} of ${publisher}.`;
  const definition = {
    swagger: "2.0",
    info: { title, description, version: "1.0" },
    host,
    basePath: "/",
    schemes: ["https"],
    paths: Object.fromEntries(
      operations.map((o) => [o.path, { [o.method]: { operationId: o.operationId, summary: o.summary, responses: { "200": { description: "OK" } } } }]),
    ),
  };
  const sourceText = JSON.stringify(definition);
  const triggers = operations.filter((o) => o.kind === "TRIGGER").length;
  const id = `bc${i.toString(36).padStart(6, "0")}`;
  return {
    id,
    slug: `bench-${i}`,
    title,
    description,
    publisher,
    host,
    hosting,
    authType,
    scope: pick(SCOPES),
    lifecycle: pick(LIFECYCLES),
    isSample: random() < 0.02,
    brandColor: `#${Math.floor(random() * 0xffffff)
      .toString(16)
      .padStart(6, "0")}`,
    actionCount: count - triggers,
    triggerCount: triggers,
    errorCount: random() < 0.1 ? 1 + Math.floor(random() * 3) : 0,
    warningCount: Math.floor(random() * 3),
    searchText: [title, description, publisher, host, ...operations.map((o) => o.summary)].join(" \n").toLowerCase(),
    createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
    version: { id: `bv${i.toString(36).padStart(6, "0")}`, sourceText, contentHash: createHash("sha256").update(sourceText).digest("hex") },
    operations,
  };
}
