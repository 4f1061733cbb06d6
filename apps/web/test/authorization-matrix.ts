// The authorization matrix: every route handler and server action of the app, and the status each kind of caller
// gets. authorization-matrix.test.ts fails when a route file or server action exists without an entry here, when an
// entry names a route that no longer exists, and when a caller gets another status than written.
//
// Callers: anonymous; builder (Bea, no app role, in the Finance group); owner (Maya, maker, owns northwind-erp, a
// private draft, and contoso-invoices); otherMaker (Omar, maker, owns nothing of Maya's); admin (Ada); tokenWithScope
// (Maya's token with every scope); tokenWithoutScope (Maya's token with only "connectors:read").
// Authorized callers of mutations that send no body get 400/415: they passed the gate and failed input parsing.
// Server actions (like pages) take the session cookie only: a token presented to one is an anonymous caller (401).

export const CALLERS = ["anonymous", "builder", "owner", "otherMaker", "admin", "tokenWithScope", "tokenWithoutScope"] as const;
export type Caller = (typeof CALLERS)[number];
export type Expectation = Record<Caller, number>;

export interface MatrixEntry {
  /** Values for the route's [segments]. */
  params?: Record<string, string>;
  query?: string;
  /** JSON body for mutations; omitted = none (expect 400-ish for those who pass the gate). */
  body?: unknown;
  /** Arguments for a server action (default: none). */
  args?: () => unknown[];
  expect: Expectation;
  why: string;
}

/** A small valid definition, so uploads get past input parsing to the per-connector checks. */
const DEFINITION = {
  swagger: "2.0",
  info: { title: "Matrix Orders", description: "Orders for the authorization matrix test.", version: "1.0" },
  host: "erp.northwind.local",
  basePath: "/api",
  schemes: ["https"],
  consumes: ["application/json"],
  produces: ["application/json"],
  paths: {
    "/orders": {
      get: { operationId: "ListOrders", summary: "List orders", description: "Lists the orders.", responses: { "200": { description: "The orders" } } },
    },
  },
};

function tokenForm(): FormData {
  const form = new FormData();
  form.set("name", "matrix form token");
  form.set("scope:validate", "on");
  return form;
}

const all = (status: number): Expectation => ({
  anonymous: status,
  builder: status,
  owner: status,
  otherMaker: status,
  admin: status,
  tokenWithScope: status,
  tokenWithoutScope: status,
});
/** Administrators get `ok`; other people `denied`; tokens (Maya's, not an admin's) 403 whatever their scopes. */
const adminOnly = (ok: number, denied: number): Expectation => ({
  anonymous: 401,
  builder: denied,
  owner: denied,
  otherMaker: denied,
  admin: ok,
  tokenWithScope: 403,
  tokenWithoutScope: 403,
});
/** A server action for administrators: tokens are not credentials for actions at all (401, as anonymous). */
const adminAction = (ok: number, denied: number): Expectation => ({ ...adminOnly(ok, denied), tokenWithScope: 401, tokenWithoutScope: 401 });

/** Keys: "METHOD /path/with/[segments]" for routes, "ACTION <file under app/>#<export>" for server actions. */
export const MATRIX: Record<string, MatrixEntry> = {
  "GET /api/health": { expect: all(200), why: "load balancers probe it without credentials" },
  "GET /api/v1/swagger.json": { expect: all(200), why: "the API's own definition is public" },

  "GET /auth/sign-in": { expect: all(302), why: "anyone may start signing in; redirects to the provider" },
  "GET /auth/callback": { query: "code=x&state=y", expect: all(401), why: "without the flow cookie of a started sign-in, a callback is refused" },
  "GET /auth/sign-out": { expect: all(200), why: "a confirmation page; changes nothing" },

  "GET /api/v1/tokens": {
    expect: { anonymous: 401, builder: 200, owner: 200, otherMaker: 200, admin: 200, tokenWithScope: 403, tokenWithoutScope: 403 },
    why: "your own tokens; tokens cannot list tokens",
  },
  "POST /api/v1/tokens": {
    body: { name: "matrix", scopes: ["validate"] },
    expect: { anonymous: 401, builder: 403, owner: 201, otherMaker: 201, admin: 201, tokenWithScope: 403, tokenWithoutScope: 403 },
    why: "makers (and admins) create tokens, with a session only: a leaked token cannot mint more",
  },
  "DELETE /api/v1/tokens/[id]": {
    params: { id: "no-such-token" },
    expect: { anonymous: 401, builder: 404, owner: 404, otherMaker: 404, admin: 404, tokenWithScope: 403, tokenWithoutScope: 403 },
    why: "only your own tokens; someone else's looks missing",
  },

  "DELETE /api/v1/shares/[id]": {
    params: { id: "no-such-share" },
    expect: { anonymous: 401, builder: 404, owner: 404, otherMaker: 404, admin: 404, tokenWithScope: 404, tokenWithoutScope: 403 },
    why: "revoking follows canEditConnector once the share is found; tokens need connectors:write",
  },
  "GET /api/v1/shares/[id]/revocation-impact": {
    params: { id: "no-such-share" },
    expect: { anonymous: 401, builder: 404, owner: 404, otherMaker: 404, admin: 404, tokenWithScope: 404, tokenWithoutScope: 404 },
    why: "the impact of revoking follows revoking (canEditConnector once the share is found); a read, so connectors:read suffices",
  },

  "GET /api/v1/connectors": {
    expect: { anonymous: 200, builder: 200, owner: 200, otherMaker: 200, admin: 200, tokenWithScope: 200, tokenWithoutScope: 200 },
    why: "the catalog; anonymous callers see what the organization shares",
  },
  "POST /api/v1/connectors": {
    body: DEFINITION,
    expect: { anonymous: 401, builder: 403, owner: 201, otherMaker: 201, admin: 201, tokenWithScope: 201, tokenWithoutScope: 403 },
    why: "makers import connectors; tokens need connectors:write",
  },
  "GET /api/v1/connectors/[slug]": {
    params: { slug: "northwind-erp" },
    expect: { anonymous: 404, builder: 404, owner: 200, otherMaker: 404, admin: 200, tokenWithScope: 200, tokenWithoutScope: 200 },
    why: "a private draft: its owner and admins read it; to others it does not exist",
  },
  "GET /api/v1/connectors/[slug]/definition": {
    params: { slug: "northwind-erp" },
    expect: { anonymous: 404, builder: 404, owner: 200, otherMaker: 404, admin: 200, tokenWithScope: 200, tokenWithoutScope: 200 },
    why: "reading the definition follows canReadConnector",
  },
  "GET /api/v1/inventory/sync-runs": {
    expect: adminOnly(200, 403),
    why: "the inventory syncs' progress and errors are for administrators, as the governance page is",
  },
  "POST /api/v1/inventory/connectors/[id]/adoption": {
    params: { id: "no-such-inventory-connector" },
    body: { ownerId: "no-such-user" },
    expect: adminOnly(404, 403),
    why: "adopting a connector found in an environment into the catalog is for administrators; past the gate an unknown inventory row is 404",
  },
  "GET /api/v1/connectors/[slug]/certification": {
    params: { slug: "northwind-erp" },
    expect: { anonymous: 404, builder: 404, owner: 200, otherMaker: 404, admin: 200, tokenWithScope: 200, tokenWithoutScope: 200 },
    why: "the certification check reads the connector as a download does (canReadConnector); to others it does not exist",
  },
  "GET /api/v1/connectors/[slug]/certification/events": {
    params: { slug: "northwind-erp" },
    expect: { anonymous: 401, builder: 404, owner: 200, otherMaker: 404, admin: 200, tokenWithScope: 200, tokenWithoutScope: 200 },
    why: "the certification timeline names who recorded each state: signed-in readers of the connector (canReadConnector) only",
  },
  "POST /api/v1/connectors/[slug]/certification/events": {
    params: { slug: "northwind-erp" },
    body: { state: "SUBMITTED", pullRequestUrl: "https://github.com/microsoft/PowerPlatformConnectors/pull/4242" },
    // 409 after the owner's: the certification is already submitted, so "submitted" cannot come next (past the gate).
    expect: { anonymous: 401, builder: 403, owner: 201, otherMaker: 404, admin: 409, tokenWithScope: 409, tokenWithoutScope: 403 },
    why: "recording certification follows canEditConnector (owner, Can-edit co-owners, admins); makers who may not read it are told it does not exist; tokens need connectors:write",
  },
  "GET /api/v1/connectors/[slug]/icon": {
    params: { slug: "northwind-erp" },
    expect: { anonymous: 404, builder: 404, owner: 200, otherMaker: 404, admin: 200, tokenWithScope: 200, tokenWithoutScope: 200 },
    why: "an icon is shown to whoever may read the connector (canReadConnector); to others the connector does not exist",
  },
  "POST /api/v1/connectors/[slug]/versions": {
    params: { slug: "northwind-erp" },
    body: DEFINITION,
    // 409 after the owner's upload: the same content again is refused as a duplicate version, past the gate.
    expect: { anonymous: 401, builder: 403, owner: 201, otherMaker: 404, admin: 409, tokenWithScope: 409, tokenWithoutScope: 403 },
    why: "uploading follows canEditConnector (owner, Can-edit co-owners, admins); a maker who may not read it is told it does not exist; tokens need connectors:write",
  },
  "GET /api/v1/connectors/[slug]/versions/[number]": {
    params: { slug: "northwind-erp", number: "1" },
    expect: { anonymous: 404, builder: 404, owner: 200, otherMaker: 404, admin: 200, tokenWithScope: 200, tokenWithoutScope: 200 },
    why: "a version is readable by whoever can read the connector",
  },
  "GET /api/v1/connectors/[slug]/mcp/discoveries": {
    params: { slug: "northwind-erp" },
    expect: { anonymous: 404, builder: 404, owner: 200, otherMaker: 404, admin: 200, tokenWithScope: 200, tokenWithoutScope: 200 },
    why: "discovered tool lists are read by whoever can read the connector (canReadConnector); a REST connector has none",
  },
  "POST /api/v1/connectors/[slug]/mcp/discoveries": {
    params: { slug: "northwind-erp" },
    body: {},
    // 422 past the gates: northwind-erp is a REST connector, not an MCP one.
    expect: { anonymous: 401, builder: 403, owner: 422, otherMaker: 404, admin: 422, tokenWithScope: 422, tokenWithoutScope: 403 },
    why: "discovery follows canEditConnector (samples: any signed-in reader); tokens need connectors:write",
  },
  "GET /api/v1/connectors/[slug]/mcp/test-connection": {
    params: { slug: "northwind-erp" },
    // 422 past the gates: northwind-erp is a REST connector, not an MCP one.
    expect: { anonymous: 401, builder: 403, owner: 422, otherMaker: 404, admin: 422, tokenWithScope: 422, tokenWithoutScope: 422 },
    why: "which fields of the saved test connection are set (never the values) is its editors' (canEditConnector, samples too)",
  },
  "PUT /api/v1/connectors/[slug]/mcp/test-connection": {
    params: { slug: "northwind-erp" },
    body: { connection: { apiKey: "matrix-key" } },
    expect: { anonymous: 401, builder: 403, owner: 422, otherMaker: 404, admin: 422, tokenWithScope: 422, tokenWithoutScope: 403 },
    why: "saving the test connection follows canEditConnector, samples included; tokens need connectors:write",
  },
  "DELETE /api/v1/connectors/[slug]/mcp/test-connection": {
    params: { slug: "northwind-erp" },
    expect: { anonymous: 401, builder: 403, owner: 422, otherMaker: 404, admin: 422, tokenWithScope: 422, tokenWithoutScope: 403 },
    why: "removing the test connection follows canEditConnector, samples included; tokens need connectors:write",
  },
  "POST /api/v1/connectors/[slug]/mcp/tool-calls": {
    params: { slug: "northwind-erp" },
    body: { tool: "list_products" },
    expect: { anonymous: 401, builder: 404, owner: 422, otherMaker: 404, admin: 422, tokenWithScope: 422, tokenWithoutScope: 422 },
    why: "calling a tool needs sign-in and read access (canReadConnector); a REST connector has no MCP tools",
  },
  "GET /api/v1/connectors/[slug]/usage": {
    params: { slug: "northwind-erp" },
    expect: { anonymous: 401, builder: 404, owner: 200, otherMaker: 404, admin: 200, tokenWithScope: 200, tokenWithoutScope: 200 },
    why: "usage names people and their flows: the connector's editors and administrators; who may not read it is told it does not exist",
  },
  "POST /api/v1/connectors/[slug]/impact": {
    params: { slug: "northwind-erp" },
    body: DEFINITION,
    expect: { anonymous: 401, builder: 404, owner: 200, otherMaker: 404, admin: 200, tokenWithScope: 200, tokenWithoutScope: 200 },
    why: "a preview that saves nothing, for the connector's editors and administrators (CI with a connectors:read token)",
  },
  "POST /api/v1/validate": {
    body: DEFINITION,
    expect: { anonymous: 200, builder: 200, owner: 200, otherMaker: 200, admin: 200, tokenWithScope: 200, tokenWithoutScope: 403 },
    why: "anyone may validate (anonymous is rate-limited); a token needs the validate scope",
  },
  "GET /api/v1/published-connectors/matches": {
    query: "host=app.hubapi.com&title=HubSpot%20CRM",
    expect: { anonymous: 200, builder: 200, owner: 200, otherMaker: 200, admin: 200, tokenWithScope: 200, tokenWithoutScope: 403 },
    why: "the index of published connectors is public data (anonymous is rate-limited); a token needs the validate scope",
  },
  "POST /api/v1/published-connectors/matches": {
    body: DEFINITION,
    expect: { anonymous: 200, builder: 200, owner: 200, otherMaker: 200, admin: 200, tokenWithScope: 200, tokenWithoutScope: 403 },
    why: "a lookup for a whole definition, as for validate: anyone, a token needs the validate scope",
  },
  "PUT /api/v1/published-connectors/index": { expect: adminOnly(400, 403), why: "replacing the index of published connectors: administrators, sessions only" },

  // Governance (administrators only). Unknown ids answer 404 once past the gate.
  "GET /api/v1/audit": { expect: adminOnly(200, 403), why: "the audit log is for administrators, sessions only" },
  "GET /api/v1/audit/export": { expect: adminOnly(200, 403), why: "the audit CSV is for administrators, sessions only" },
  "GET /api/v1/governance/dashboard": {
    expect: adminOnly(200, 403),
    why: "the dashboard is for administrators; tokens need connectors:read and the admin role",
  },
  "GET /api/v1/dlp/policies": { expect: adminOnly(200, 403), why: "DLP policies are for administrators" },
  "POST /api/v1/dlp/policies": { expect: adminOnly(400, 403), why: "creating a DLP policy: administrators" },
  "GET /api/v1/dlp/policies/[id]": { params: { id: "no-such-policy" }, expect: adminOnly(404, 403), why: "one DLP policy: administrators" },
  "PUT /api/v1/dlp/policies/[id]": { params: { id: "no-such-policy" }, expect: adminOnly(400, 403), why: "changing a DLP policy: administrators" },
  "DELETE /api/v1/dlp/policies/[id]": { params: { id: "no-such-policy" }, expect: adminOnly(404, 403), why: "deleting a DLP policy: administrators" },
  "POST /api/v1/dlp/policies/[id]/copy": { params: { id: "no-such-policy" }, expect: adminOnly(404, 403), why: "copying a DLP policy: administrators" },
  "POST /api/v1/dlp/policies/[id]/preview": {
    params: { id: "no-such-policy" },
    expect: adminOnly(400, 403),
    why: "previewing a policy change: administrators",
  },
  "POST /api/v1/dlp/preview": { expect: adminOnly(400, 403), why: "previewing a new policy: administrators" },
  "POST /api/v1/eligibility/bulk": { expect: adminOnly(400, 403), why: "checking many people's licences: administrators" },
  "GET /api/v1/eligibility": {
    expect: { anonymous: 401, builder: 200, owner: 200, otherMaker: 200, admin: 200, tokenWithScope: 200, tokenWithoutScope: 200 },
    why: "anyone signed in checks their own licence; tokens need connectors:read",
  },

  // Sharing requests.
  "GET /api/v1/sharing-requests": {
    expect: { anonymous: 401, builder: 200, owner: 200, otherMaker: 200, admin: 200, tokenWithScope: 200, tokenWithoutScope: 200 },
    why: "each sees their own requests (administrators the queue)",
  },
  "POST /api/v1/sharing-requests": {
    expect: { anonymous: 401, builder: 403, owner: 400, otherMaker: 400, admin: 400, tokenWithScope: 400, tokenWithoutScope: 403 },
    why: "makers request sharing; tokens need connectors:write",
  },
  "POST /api/v1/sharing-requests/preview": {
    expect: { anonymous: 401, builder: 403, owner: 400, otherMaker: 400, admin: 400, tokenWithScope: 400, tokenWithoutScope: 400 },
    why: "makers preview the gates of a request",
  },
  "GET /api/v1/sharing-requests/[id]": {
    params: { id: "no-such-request" },
    expect: { anonymous: 401, builder: 404, owner: 404, otherMaker: 404, admin: 404, tokenWithScope: 404, tokenWithoutScope: 404 },
    why: "a request is visible to its requester, the connector's editors and administrators; to others it does not exist",
  },
  "POST /api/v1/sharing-requests/[id]/actions": {
    params: { id: "no-such-request" },
    expect: { anonymous: 401, builder: 400, owner: 400, otherMaker: 400, admin: 400, tokenWithScope: 400, tokenWithoutScope: 403 },
    why: "review steps; canDecideRequest is applied to the request itself; tokens need connectors:write",
  },

  // The Test tab.
  "POST /api/v1/test-calls": {
    body: { connector: "northwind-erp", operationId: "NoSuchOperation" },
    // 422 = past the checks, refused for the unknown operation. Tokens need connectors:read (both test tokens have it).
    expect: { anonymous: 404, builder: 404, owner: 422, otherMaker: 404, admin: 422, tokenWithScope: 422, tokenWithoutScope: 422 },
    why: "calling a connector needs read access to it (canReadConnector); to others, anonymous included, it does not exist",
  },
  "GET /api/v1/callbacks/[token]": { params: { token: "no-such-callback" }, expect: all(404), why: "the unguessable callback token is the credential" },
  "POST /api/v1/callbacks/[token]": {
    params: { token: "no-such-callback" },
    expect: all(410),
    why: "APIs deliver webhook events with the callback token as the credential",
  },

  // Server actions: a refused caller gets the thrown 401/403; a returned { error } (form message) counts as 400.
  "ACTION connectors/new/actions.ts#buildDefinitionFromForm": {
    args: () => [{}],
    expect: all(400),
    why: "pure conversion of the wizard's form; no data is read or written",
  },
  "ACTION admin/licences/actions.ts#savePlanAction": {
    args: () => [null, new FormData()],
    expect: adminAction(400, 403),
    why: "licence plans: administrators",
  },
  "ACTION admin/licences/actions.ts#addAssignmentAction": {
    args: () => [null, new FormData()],
    expect: adminAction(400, 403),
    why: "licence assignments: administrators",
  },
  "ACTION admin/licences/actions.ts#removeAssignmentAction": {
    args: () => [null, new FormData()],
    expect: adminAction(400, 403),
    why: "licence assignments: administrators",
  },
  "ACTION auth/tokens/actions.ts#createTokenAction": {
    args: () => [null, tokenForm()],
    expect: { anonymous: 401, builder: 403, owner: 200, otherMaker: 200, admin: 200, tokenWithScope: 401, tokenWithoutScope: 401 },
    why: "makers create tokens in the browser; tokens cannot mint tokens",
  },
  "ACTION auth/tokens/actions.ts#revokeTokenAction": {
    args: () => [null, new FormData()],
    expect: { anonymous: 401, builder: 400, owner: 400, otherMaker: 400, admin: 400, tokenWithScope: 401, tokenWithoutScope: 401 },
    why: "anyone signed in revokes their own tokens (an unknown id is a form error)",
  },
  "ACTION auth/sessions/actions.ts#endSessionAction": {
    args: () => [null, new FormData()],
    expect: { anonymous: 401, builder: 400, owner: 400, otherMaker: 400, admin: 400, tokenWithScope: 401, tokenWithoutScope: 401 },
    why: "anyone signed in ends their own sessions (an unknown or someone else's session is a form error)",
  },
  "ACTION auth/sessions/actions.ts#endPersonSessionsAction": {
    args: () => [null, new FormData()],
    expect: adminAction(400, 403),
    why: "ending another person's sessions: administrators",
  },

  // Last: signing out ends each caller's session (its Session row), so every entry after it would see anonymous callers.
  "POST /auth/sign-out": { expect: all(303), why: "signing out is always allowed; redirects to the provider's end-session" },
};

// ---------------------------------------------------------------- pages
// Every page (app/**/page.tsx) × caller → what the caller gets, seen over HTTP against the real hub
// (authorization-matrix-pages.test.ts, signed in through the real flow). Pages take the session cookie only: an API
// token presented to a page, whatever its scopes, is an anonymous visitor.
//   "served": 200 with the page's own content (its marker); "sign-in": sent to sign in (a redirect, or the page's
//   "Sign in" prompt); "refused": a signed-in person told it is not for them (e.g. "Administrators only"); 404: as if
//   it did not exist (what the caller may not read).

export type PageOutcome = "served" | "sign-in" | "refused" | 404;
export interface PageEntry {
  params?: Record<string, string>;
  /** Only the served page shows this (its heading, usually). */
  marker: RegExp;
  expect: Record<Caller, PageOutcome>;
  why: string;
}

/** Tokens see what anonymous visitors see. */
const onPage = (
  anonymous: PageOutcome,
  builder: PageOutcome,
  owner: PageOutcome,
  otherMaker: PageOutcome,
  admin: PageOutcome,
): Record<Caller, PageOutcome> => ({
  anonymous,
  builder,
  owner,
  otherMaker,
  admin,
  tokenWithScope: anonymous,
  tokenWithoutScope: anonymous,
});
const adminPage = onPage("sign-in", "refused", "refused", "refused", "served");
const signedInPage = onPage("sign-in", "served", "served", "served", "served");
// The whole heading, so a sign-in prompt that names the page ("Sign in to see DLP policies") is not taken for it.
const h1 = (text: string) => new RegExp(`<h1[^>]*>${text}</h1>`);

/** Keys: "PAGE /path/with/[segments]". */
export const PAGES: Record<string, PageEntry> = {
  "PAGE /": {
    marker: /Public Holidays/,
    expect: onPage("served", "served", "served", "served", "served"),
    why: "the catalog: anonymous visitors see PUBLIC connectors",
  },
  "PAGE /samples": {
    marker: h1("Samples"),
    expect: onPage("served", "served", "served", "served", "served"),
    why: "the samples are public, to be tried by anyone",
  },
  "PAGE /connectors/new": {
    marker: h1("Import a connector"),
    expect: onPage("served", "served", "served", "served", "served"),
    why: "the validator works for anyone; saving needs a maker",
  },
  "PAGE /connectors/[slug]": {
    params: { slug: "northwind-erp" },
    marker: /Northwind ERP<\/h1>/,
    expect: onPage(404, 404, "served", 404, "served"),
    why: "a private draft: canReadConnector; to others, tokens included, it does not exist",
  },
  "PAGE /connectors/[slug]/test": {
    params: { slug: "northwind-erp" },
    marker: /Northwind ERP<\/h1>/,
    expect: onPage(404, 404, "served", 404, "served"),
    why: "the Test tab follows canReadConnector",
  },
  "PAGE /connectors/[slug]/share": {
    params: { slug: "northwind-erp" },
    marker: /Request sharing of (<!-- -->)?Northwind ERP/,
    expect: onPage("sign-in", 404, "served", 404, "served"),
    why: "requesting sharing: the owner and administrators; who may not read it gets 404",
  },
  "PAGE /auth/tokens": { marker: h1("API tokens"), expect: signedInPage, why: "your own API tokens" },
  "PAGE /auth/sessions": { marker: h1("Your sessions"), expect: signedInPage, why: "your own sessions (administrators also see everyone's)" },
  "PAGE /licence": { marker: h1("My licence"), expect: signedInPage, why: "your own licence" },
  "PAGE /notifications": { marker: h1("Notifications"), expect: signedInPage, why: "your own notifications" },
  "PAGE /requests": {
    marker: /(My sharing requests|Sharing requests to review|All sharing requests)<\/h1>/,
    expect: signedInPage,
    why: "your sharing requests (administrators: the queue)",
  },
  "PAGE /requests/[id]": {
    params: { id: "no-such-request" },
    marker: /Request sharing/,
    expect: onPage("sign-in", 404, 404, 404, 404),
    why: "a request nobody may see does not exist",
  },
  "PAGE /governance": { marker: h1("Governance"), expect: adminPage, why: "the governance dashboard: administrators" },
  "PAGE /admin/published-connectors": { marker: h1("Published connectors"), expect: adminPage, why: "the index of published connectors: administrators" },
  "PAGE /admin/audit": { marker: h1("Audit log"), expect: adminPage, why: "the audit log: administrators" },
  "PAGE /admin/licences": { marker: h1("Licences"), expect: adminPage, why: "licence administration: administrators" },
  "PAGE /admin/dlp": { marker: h1("DLP policies"), expect: adminPage, why: "DLP policies: administrators" },
  "PAGE /admin/dlp/new": { marker: h1("New DLP policy"), expect: adminPage, why: "a new DLP policy: administrators" },
  "PAGE /admin/dlp/[id]": {
    params: { id: "no-such-policy" },
    marker: /DLP policies<\/a>/,
    expect: onPage("sign-in", "refused", "refused", "refused", 404),
    why: "one DLP policy: administrators (an unknown id is 404)",
  },
};
