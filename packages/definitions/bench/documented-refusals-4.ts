// Documented refusals, a fourth outside reading (4 Dec 2026): 453 cases and 14 controls written by a reader who saw
// Microsoft's "Fix Swagger Validator errors" page and the list of codes, and neither the rules nor the earlier readings.
// Its first run caught 414 (91.4%), the unseen figure; the changes it led to are in the definitions README ("A fourth
// outside reading"). The certification base's brand colour is the reader's one fix (it kept the default #007ee5).
// A measure of agreement with the page, not a test. Run: npm run bench:refusals4 -w @connector-hub/definitions
/* eslint-disable @typescript-eslint/no-explicit-any -- each case edits the definition as free-form JSON */
import { validateConnector } from "../src/index.ts";

type Any = any;
const J = (x: Any) => JSON.parse(JSON.stringify(x));

function words(id: string) {
  return id.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}
function sentence(id: string) {
  const w = words(id);
  return w.charAt(0).toUpperCase() + w.slice(1);
}
function prop(type: string, name: string, extra: Any = {}) {
  return { type, "x-ms-summary": sentence(name), description: `The ${words(name)} of the item.`, ...extra };
}
function obj(props: Any, extra: Any = {}) {
  return { type: "object", properties: props, ...extra };
}
function op(id: string, extra: Any = {}) {
  return {
    operationId: id,
    summary: sentence(id),
    description: `${sentence(id)} in the Contoso service.`,
    parameters: [],
    responses: { "200": { description: "OK", schema: { $ref: "#/definitions/Item" } } },
    ...extra,
  };
}
function qp(name: string, extra: Any = {}) {
  return { name, in: "query", type: "string", required: false, "x-ms-summary": sentence(name), description: `The ${words(name)}.`, ...extra };
}
function hp(name: string, extra: Any = {}) {
  return { name, in: "header", type: "string", required: false, "x-ms-summary": sentence(name), description: `The ${words(name)} header.`, ...extra };
}
function pp(name: string, extra: Any = {}) {
  return {
    name,
    in: "path",
    type: "string",
    required: true,
    "x-ms-url-encoding": "single",
    "x-ms-summary": sentence(name),
    description: `The ${words(name)}.`,
    ...extra,
  };
}
function fp(name: string, extra: Any = {}) {
  return { name, in: "formData", type: "string", required: false, "x-ms-summary": sentence(name), description: `The ${words(name)} field.`, ...extra };
}
function body(schema: Any, extra: Any = {}) {
  return { name: "body", in: "body", required: true, "x-ms-summary": "Body", description: "The request body.", schema, ...extra };
}
function post(id: string, schema: Any, extra: Any = {}) {
  return op(id, { consumes: ["application/json"], parameters: [body(schema)], ...extra });
}
const itemBody = () => obj({ name: prop("string", "name"), size: prop("integer", "size", { format: "int32" }) }, { required: ["name"] });

function BASE(): Any {
  return {
    swagger: "2.0",
    info: {
      title: "Contoso Items",
      description: "Contoso Items lets you list and manage the items stored in your Contoso account.",
      version: "1.0",
    },
    host: "api.contoso.com",
    basePath: "/",
    schemes: ["https"],
    produces: ["application/json"],
    paths: {
      "/items": {
        get: op("ListItems", {
          summary: "List items",
          description: "Lists all items in the Contoso account.",
          responses: { "200": { description: "OK", schema: { $ref: "#/definitions/ItemList" } } },
        }),
      },
    },
    definitions: {
      Item: obj({
        id: prop("string", "id"),
        name: prop("string", "name"),
        size: prop("integer", "size", { format: "int32" }),
      }),
      ItemList: obj({
        value: { type: "array", items: { $ref: "#/definitions/Item" }, "x-ms-summary": "Items", description: "The items." },
      }),
    },
  };
}
function PROPS(): Any {
  return { properties: { connectionParameters: {}, iconBrandColor: "#007ee5", capabilities: [], policyTemplateInstances: [] } };
}
function certify(d: Any, p: Any) {
  d.info.contact = { name: "Contoso Support", url: "https://www.contoso.com/support", email: "support@contoso.com" };
  d["x-ms-connector-metadata"] = [
    { propertyName: "Website", propertyValue: "https://www.contoso.com" },
    { propertyName: "Privacy policy", propertyValue: "https://www.contoso.com/privacy" },
    { propertyName: "Categories", propertyValue: "Productivity;IT Operations" },
  ];
  p.properties.publisher = "Contoso";
  p.properties.stackOwner = "Contoso";
  p.properties.iconBrandColor = "#da3b01"; // fix after run 1: certification rejects the default #007ee5 (IconBrandColorDefault)
}
const G = (d: Any) => d.paths["/items"].get;
const meta = (d: Any, name: string) => d["x-ms-connector-metadata"].find((m: Any) => m.propertyName === name);

function addApiKey(d: Any, p: Any) {
  d.securityDefinitions = { api_key: { type: "apiKey", in: "header", name: "X-Api-Key" } };
  d.security = [{ api_key: [] }];
  p.properties.connectionParameters = {
    api_key: {
      type: "securestring",
      uiDefinition: {
        displayName: "API Key",
        description: "The API key for the Contoso account",
        tooltip: "Provide your API key",
        constraints: { tabIndex: 2, clearText: false, required: "true" },
      },
    },
  };
}
function addOAuth(d: Any, p: Any) {
  d.securityDefinitions = {
    oauth2_auth: {
      type: "oauth2",
      flow: "accessCode",
      authorizationUrl: "https://login.contoso.com/authorize",
      tokenUrl: "https://login.contoso.com/token",
      scopes: { "items.read": "Read items" },
    },
  };
  d.security = [{ oauth2_auth: ["items.read"] }];
  p.properties.connectionParameters = {
    token: {
      type: "oauthSetting",
      oAuthSettings: {
        identityProvider: "oauth2generic",
        clientId: "contoso-client",
        scopes: ["items.read"],
        redirectMode: "Global",
        redirectUrl: "https://global.consent.azure-apim.net/redirect",
        properties: { IsFirstParty: "False" },
        customParameters: {
          authorizationUrl: { value: "https://login.contoso.com/authorize" },
          tokenUrl: { value: "https://login.contoso.com/token" },
          refreshUrl: { value: "https://login.contoso.com/token" },
        },
      },
    },
  };
}
function addPolicy(p: Any) {
  p.properties.policyTemplateInstances = [
    {
      templateId: "setheader",
      title: "Set version header",
      parameters: {
        "x-ms-apimTemplateParameter.name": "X-Version",
        "x-ms-apimTemplateParameter.value": "1",
        "x-ms-apimTemplateParameter.existsAction": "override",
        "x-ms-apimTemplate-policySection": "Request",
      },
    },
  ];
}

// Lookup operations used by dynamic extensions.
function addLookups(d: Any) {
  d.definitions.Folder = obj({ id: prop("string", "id"), name: prop("string", "name") });
  d.definitions.FolderList = obj({
    value: { type: "array", items: { $ref: "#/definitions/Folder" }, "x-ms-summary": "Folders", description: "The folders." },
  });
  const fl = { "200": { description: "OK", schema: { $ref: "#/definitions/FolderList" } } };
  d.paths["/folders"] = {
    get: op("ListFolders", {
      "x-ms-visibility": "internal",
      parameters: [qp("parentId"), qp("depth", { type: "integer", format: "int32" }), qp("recursive", { type: "boolean" })],
      responses: J(fl),
    }),
  };
  d.paths["/folders/{folderId}/children"] = {
    get: op("ListChildren", { "x-ms-visibility": "internal", parameters: [pp("folderId")], responses: J(fl) }),
  };
  d.paths["/folders/{folderId}/schema"] = {
    get: op("GetFolderSchema", {
      "x-ms-visibility": "internal",
      parameters: [pp("folderId")],
      responses: { "200": { description: "OK", schema: obj({ schema: { type: "object", "x-ms-summary": "Schema", description: "The schema." } }) } },
    }),
  };
  d.paths["/summary"] = {
    get: op("GetSummary", {
      "x-ms-visibility": "internal",
      responses: { "200": { description: "OK", schema: obj({ value: prop("string", "value"), count: prop("integer", "count", { format: "int32" }) }) } },
    }),
  };
}
const dv = (extra: Any = {}) => ({ operationId: "ListFolders", "value-collection": "value", "value-path": "id", "value-title": "name", ...extra });
const dl = (extra: Any = {}) => ({ operationId: "ListFolders", itemsPath: "value", itemValuePath: "id", itemTitlePath: "name", ...extra });
const ds = (extra: Any = {}) => ({ operationId: "GetFolderSchema", parameters: { folderId: { parameter: "folderId" } }, "value-path": "schema", ...extra });
const dp = (extra: Any = {}) => ({
  operationId: "GetFolderSchema",
  parameters: { folderId: { parameterReference: "folderId" } },
  itemValuePath: "schema",
  ...extra,
});
const dtree = (extra: Any = {}) => ({
  settings: { canSelectParentNodes: true, canSelectLeafNodes: true },
  open: { operationId: "ListFolders", itemValuePath: "id", itemTitlePath: "name", itemIsParent: "(true)", itemsPath: "value" },
  browse: {
    operationId: "ListChildren",
    parameters: { folderId: { selectedItemValuePath: "id" } },
    itemValuePath: "id",
    itemTitlePath: "name",
    itemIsParent: "(true)",
    itemsPath: "value",
  },
  ...extra,
});
// Source: POST /items with a dynamic body.
function addCreate(d: Any, schema: Any, params: Any[] = []) {
  d.paths["/items"].post = post("CreateItem", schema, { summary: "Create item" });
  d.paths["/items"].post.parameters.unshift(...params);
}

function webhookOp(id = "OnItemCreated", extra: Any = {}) {
  return op(id, {
    summary: "When an item is created",
    description: "Triggers when an item is created in the Contoso account.",
    "x-ms-trigger": "single",
    consumes: ["application/json"],
    parameters: [
      body(
        obj({ callbackUrl: prop("string", "callbackUrl", { "x-ms-notification-url": true, "x-ms-visibility": "internal" }) }, { required: ["callbackUrl"] }),
      ),
    ],
    responses: { "201": { description: "Created", headers: { Location: { type: "string", description: "The subscription URL." } } } },
    "x-ms-notification-content": { description: "The created item.", schema: { $ref: "#/definitions/Item" } },
    ...extra,
  });
}
function addWebhook(d: Any) {
  d.paths["/hooks"] = { post: webhookOp() };
  d.paths["/hooks/{hookId}"] = {
    delete: op("DeleteHook", {
      "x-ms-visibility": "internal",
      summary: "Delete hook",
      parameters: [pp("hookId")],
      responses: { "200": { description: "OK" } },
    }),
  };
  return d.paths["/hooks"].post;
}
const WH = (d: Any) => d.paths["/hooks"].post;
const WHCB = (d: Any) => d.paths["/hooks"].post.parameters[0].schema.properties.callbackUrl;
function addPolling(d: Any, extra: Any = {}) {
  d.paths["/poll/items"] = {
    get: op("PollItems", {
      summary: "When items change",
      description: "Triggers when items change in the Contoso account.",
      "x-ms-trigger": "batch",
      responses: { "200": { description: "OK", schema: { $ref: "#/definitions/ItemList" } } },
      ...extra,
    }),
  };
  return d.paths["/poll/items"].get;
}
function addFamily(d: Any, specs: Array<[string, Any]>) {
  // specs: [operationId, annotation/extra]
  specs.forEach(([id, extra], i) => {
    const path = i === 0 ? "/items" : `/v${i + 1}/items`;
    if (i === 0) Object.assign(G(d), extra);
    else d.paths[path] = { get: op(id, { summary: `List items ${i + 1}`, responses: J(G(d).responses), ...extra }) };
  });
}

// ---------------------------------------------------------------------------
type Case = { code: string; label: string; cert?: boolean; build: (d: Any, p: Any) => void; control?: boolean };
const cases: Case[] = [];
const T = (code: string, label: string, build: (d: Any, p: Any) => void, cert = false) => cases.push({ code, label, build, cert });
const C = (label: string, build: (d: Any, p: Any) => void, cert = false) => cases.push({ code: "-", label, build, cert, control: true });

// ============================ Operations ===================================
T("ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations", "replacement on non-deprecated GET", (d) => {
  G(d)["x-ms-api-annotation"] = { replacement: { api: "ContosoItems", operationId: "ListItemsV2" } };
  d.paths["/v2/items"] = { get: op("ListItemsV2", { summary: "List items v2", responses: J(G(d).responses) }) };
});
T("ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations", "replacement with deprecated:false", (d) => {
  G(d).deprecated = false;
  G(d)["x-ms-api-annotation"] = { family: "ListItems", revision: 1, replacement: { api: "ContosoItems", operationId: "ListItemsV2" } };
  d.paths["/v2/items"] = {
    get: op("ListItemsV2", { summary: "List items v2", responses: J(G(d).responses), "x-ms-api-annotation": { family: "ListItems", revision: 2 } }),
  };
});
T("ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations", "replacement on POST action not deprecated", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post["x-ms-api-annotation"] = { replacement: { api: "ContosoItems", operationId: "ListItems" } };
});
T("ApiAnnotationExtensionReplacementInfoMissingApiProperty", "deprecated replacement without api", (d) => {
  G(d).deprecated = true;
  G(d)["x-ms-api-annotation"] = { replacement: { operationId: "ListItemsV2" } };
  d.paths["/v2/items"] = { get: op("ListItemsV2", { summary: "List items v2", responses: J(G(d).responses) }) };
});
T("ApiAnnotationExtensionReplacementInfoMissingApiProperty", "deprecated POST replacement without api (family)", (d) => {
  addCreate(d, itemBody());
  const o = d.paths["/items"].post;
  o.deprecated = true;
  o["x-ms-api-annotation"] = { family: "CreateItem", revision: 1, replacement: { operationId: "CreateItemV2" } };
  d.paths["/v2/items"] = {
    post: post("CreateItemV2", itemBody(), { summary: "Create item v2", "x-ms-api-annotation": { family: "CreateItem", revision: 2 } }),
  };
});
T("ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty", "deprecated replacement without operationId", (d) => {
  G(d).deprecated = true;
  G(d)["x-ms-api-annotation"] = { replacement: { api: "ContosoItems" } };
});
T("ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty", "deprecated POST replacement with api only (family)", (d) => {
  addCreate(d, itemBody());
  const o = d.paths["/items"].post;
  o.deprecated = true;
  o["x-ms-api-annotation"] = { family: "CreateItem", revision: 1, replacement: { api: "ContosoItems" } };
});

T("ArrayDuplicateValue", "query enum with duplicate values", (d) => {
  G(d).parameters.push(qp("sort", { enum: ["name", "size", "name"] }));
});
T("ArrayDuplicateValue", "definition required lists a property twice", (d) => {
  d.definitions.Item.required = ["id", "id"];
});
T("ArrayDuplicateValue", "root schemes duplicated", (d) => {
  d.schemes = ["https", "https"];
});
T("ArrayDuplicateValue", "operation produces duplicated", (d) => {
  G(d).produces = ["application/json", "application/json"];
});
T("ArrayDuplicateValue", "schema property enum duplicated in response definition", (d) => {
  d.definitions.Item.properties.status = prop("string", "status", { enum: ["open", "closed", "open"] });
});

T("BodyOrFormDataParameterInFetchOperationNotAllowed", "GET with body parameter", (d) => {
  G(d).consumes = ["application/json"];
  G(d).parameters.push(body(obj({ filter: prop("string", "filter") })));
});
T("BodyOrFormDataParameterInFetchOperationNotAllowed", "GET with formData parameter", (d) => {
  G(d).consumes = ["application/x-www-form-urlencoded"];
  G(d).parameters.push(fp("filter"));
});
T("BodyOrFormDataParameterInFetchOperationNotAllowed", "path-level body parameter inherited by GET", (d) => {
  d.paths["/items"].parameters = [body(obj({ filter: prop("string", "filter") }))];
  G(d).consumes = ["application/json"];
});

T("ConnectionIdParameterNotAllowed", "query parameter named connectionId", (d) => {
  G(d).parameters.push(qp("connectionId"));
});
T("ConnectionIdParameterNotAllowed", "path parameter named connectionId", (d) => {
  d.paths["/connections/{connectionId}/items"] = { get: op("ListConnectionItems", { parameters: [pp("connectionId")], responses: J(G(d).responses) }) };
});
T("ConnectionIdParameterNotAllowed", "path-level header parameter named connectionId", (d) => {
  d.paths["/items"].parameters = [hp("connectionId")];
});

T("ConsumesMissing", "POST body, no consumes anywhere", (d) => {
  addCreate(d, itemBody());
  delete d.paths["/items"].post.consumes;
});
T("ConsumesMissing", "PUT body with empty operation consumes", (d) => {
  d.paths["/items/{id}"] = { put: post("UpdateItem", itemBody(), { consumes: [], parameters: [pp("id"), body(itemBody())] }) };
});
T("ConsumesMissing", "formData POST without consumes", (d) => {
  d.paths["/uploads"] = { post: op("UploadItem", { parameters: [fp("name", { required: true })] }) };
});
T("ConsumesMissing", "POST body whose consumes has only unsupported type", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.consumes = ["application/xml"];
});

T("DuplicateEnumValuesInExtension", "query x-ms-enum-values duplicate value", (d) => {
  G(d).parameters.push(
    qp("sort", {
      enum: ["name", "size"],
      "x-ms-enum-values": [
        { value: "name", displayName: "Name" },
        { value: "name", displayName: "Title" },
        { value: "size", displayName: "Size" },
      ],
    }),
  );
});
T("DuplicateEnumValuesInExtension", "definition property x-ms-enum-values duplicate value", (d) => {
  d.definitions.Item.properties.status = prop("string", "status", {
    enum: ["open", "closed"],
    "x-ms-enum-values": [
      { value: "open", displayName: "Open" },
      { value: "closed", displayName: "Closed" },
      { value: "closed", displayName: "Done" },
    ],
  });
});
T("DuplicateEnumValuesInExtension", "body property x-ms-enum-values duplicate integer values", (d) => {
  const s = itemBody();
  s.properties.priority = prop("integer", "priority", {
    format: "int32",
    enum: [1, 2],
    "x-ms-enum-values": [
      { value: 1, displayName: "Low" },
      { value: 1, displayName: "Lowest" },
      { value: 2, displayName: "High" },
    ],
  });
  addCreate(d, s);
});

T("DuplicateOperationPath", "GET /items/{id} and GET /items/{itemId}", (d) => {
  d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [pp("id")] }) };
  d.paths["/items/{itemId}"] = { get: op("GetItemById", { parameters: [pp("itemId")] }) };
});
T("DuplicateOperationPath", "DELETE with two-variable templates differing only in names", (d) => {
  d.paths["/items/{id}/tags/{tag}"] = { delete: op("RemoveTag", { parameters: [pp("id"), pp("tag")], responses: { "200": { description: "OK" } } }) };
  d.paths["/items/{itemId}/tags/{tagName}"] = {
    delete: op("DeleteTag", { parameters: [pp("itemId"), pp("tagName")], responses: { "200": { description: "OK" } } }),
  };
});

T("DynamicExtensionDefinitionNotAllowedInParameter", "x-ms-dynamic-schema on body parameter", (d) => {
  addLookups(d);
  addCreate(d, { type: "object" }, [qp("folderId", { required: true })]);
  d.paths["/items"].post.parameters[1]["x-ms-dynamic-schema"] = ds();
});
T("DynamicExtensionDefinitionNotAllowedInParameter", "x-ms-dynamic-values on body parameter", (d) => {
  addLookups(d);
  addCreate(d, { type: "string" });
  d.paths["/items"].post.parameters[0]["x-ms-dynamic-values"] = dv();
});
T("DynamicExtensionDefinitionNotAllowedInParameter", "x-ms-dynamic-properties on body parameter", (d) => {
  addLookups(d);
  addCreate(d, { type: "object" }, [qp("folderId", { required: true })]);
  d.paths["/items"].post.parameters[1]["x-ms-dynamic-properties"] = dp();
});

T("DynamicListExtensionRequiredForAmbiguousReferences", "dynamic-values ref name in both query and header", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("parentId"), hp("parentId"), qp("folder", { "x-ms-dynamic-values": dv({ parameters: { parentId: { parameter: "parentId" } } }) }));
});
T("DynamicListExtensionRequiredForAmbiguousReferences", "dynamic-values in body refs name that is query param and body property", (d) => {
  addLookups(d);
  const s = itemBody();
  s.properties.parentId = prop("string", "parentId");
  s.properties.folder = prop("string", "folder", { "x-ms-dynamic-values": dv({ parameters: { parentId: { parameter: "parentId" } } }) });
  addCreate(d, s, [qp("parentId")]);
});
T("DynamicListExtensionRequiredForNonParameterReferences", "dynamic-values refs sibling body property", (d) => {
  addLookups(d);
  const s = itemBody();
  s.properties.parentId = prop("string", "parentId");
  s.properties.folder = prop("string", "folder", { "x-ms-dynamic-values": dv({ parameters: { parentId: { parameter: "parentId" } } }) });
  addCreate(d, s);
});
T("DynamicListExtensionRequiredForNonParameterReferences", "dynamic-values refs nested body property path", (d) => {
  addLookups(d);
  const s = itemBody();
  s.properties.options = obj({ parentId: prop("string", "parentId") }, { "x-ms-summary": "Options", description: "The options." });
  s.properties.folder = prop("string", "folder", { "x-ms-dynamic-values": dv({ parameters: { parentId: { parameter: "options/parentId" } } }) });
  addCreate(d, s);
});
T("DynamicPropertiesExtensionRequiredForAmbiguousReferences", "dynamic-schema ref name in both query and header", (d) => {
  addLookups(d);
  addCreate(d, { type: "object", "x-ms-dynamic-schema": ds() }, [qp("folderId", { required: true }), hp("folderId", { required: true })]);
});
T("DynamicPropertiesExtensionRequiredForAmbiguousReferences", "dynamic-schema on body property refs name that is path param and body property", (d) => {
  addLookups(d);
  const s = itemBody();
  s.properties.folderId = prop("string", "folderId");
  s.properties.fields = { type: "object", "x-ms-summary": "Fields", description: "The fields.", "x-ms-dynamic-schema": ds() };
  d.paths["/folders/{folderId}/items"] = { post: post("CreateFolderItem", s, { parameters: [pp("folderId"), body(s)] }) };
});
T("DynamicPropertiesExtensionRequiredForNonParameterReferences", "dynamic-schema refs sibling body property", (d) => {
  addLookups(d);
  const s = itemBody();
  s.properties.folderId = prop("string", "folderId");
  s.properties.fields = { type: "object", "x-ms-summary": "Fields", description: "The fields.", "x-ms-dynamic-schema": ds() };
  addCreate(d, s);
});
T("DynamicPropertiesExtensionRequiredForNonParameterReferences", "dynamic-schema refs nested body path", (d) => {
  addLookups(d);
  const s = itemBody();
  s.properties.target = obj({ folderId: prop("string", "folderId") }, { "x-ms-summary": "Target", description: "The target." });
  s.properties.fields = {
    type: "object",
    "x-ms-summary": "Fields",
    description: "The fields.",
    "x-ms-dynamic-schema": ds({ parameters: { folderId: { parameter: "target/folderId" } } }),
  };
  addCreate(d, s);
});
T("DynamicPropertiesExtensionRequiredForPropertiesValuePath", "body dynamic-schema value-path schema/properties", (d) => {
  addLookups(d);
  addCreate(d, { type: "object", "x-ms-dynamic-schema": ds({ "value-path": "schema/properties" }) }, [qp("folderId", { required: true })]);
});
T("DynamicPropertiesExtensionRequiredForPropertiesValuePath", "response dynamic-schema value-path schema/properties", (d) => {
  addLookups(d);
  d.paths["/items/{folderId}/records"] = {
    get: op("ListRecords", {
      parameters: [pp("folderId")],
      responses: { "200": { description: "OK", schema: { type: "object", "x-ms-dynamic-schema": ds({ "value-path": "schema/properties" }) } } },
    }),
  };
});
T("DynamicPropertiesItemValuePathMismatch", "dynamic-properties itemValuePath keeps /properties", (d) => {
  addLookups(d);
  addCreate(
    d,
    { type: "object", "x-ms-dynamic-schema": ds({ "value-path": "schema/properties" }), "x-ms-dynamic-properties": dp({ itemValuePath: "schema/properties" }) },
    [qp("folderId", { required: true })],
  );
});
T("DynamicPropertiesItemValuePathMismatch", "dynamic-properties itemValuePath different path", (d) => {
  addLookups(d);
  addCreate(
    d,
    { type: "object", "x-ms-dynamic-schema": ds({ "value-path": "schema/properties" }), "x-ms-dynamic-properties": dp({ itemValuePath: "other" }) },
    [qp("folderId", { required: true })],
  );
});
T("DynamicTreeExtensionMissing", "query dynamic-values capability file-picker without tree", (d) => {
  addLookups(d);
  G(d).parameters.push(
    qp("folder", {
      "x-ms-dynamic-values": { capability: "file-picker", parameters: { isFolder: true, fileFilter: [] }, "value-path": "id", "value-title": "name" },
    }),
  );
});
T("DynamicTreeExtensionMissing", "body property dynamic-values capability file-picker without tree", (d) => {
  addLookups(d);
  const s = itemBody();
  s.properties.file = prop("string", "file", {
    "x-ms-dynamic-values": { capability: "file-picker", parameters: { isFolder: false, fileFilter: [] }, "value-path": "id", "value-title": "name" },
  });
  addCreate(d, s);
});

T("InvalidEnumValue", "string query param with numeric enum", (d) => {
  G(d).parameters.push(qp("sort", { enum: [1, 2] }));
});
T("InvalidEnumValue", "integer definition property with string enum", (d) => {
  d.definitions.Item.properties.size.enum = ["small", "large"];
});
T("InvalidEnumValue", "boolean body property with string enum", (d) => {
  const s = itemBody();
  s.properties.active = prop("boolean", "active", { enum: ["yes", "no"] });
  addCreate(d, s);
});
T("InvalidEnumValuesExtensionValue", "query x-ms-enum-values value not in enum", (d) => {
  G(d).parameters.push(
    qp("sort", {
      enum: ["name", "size"],
      "x-ms-enum-values": [
        { value: "name", displayName: "Name" },
        { value: "date", displayName: "Date" },
      ],
    }),
  );
});
T("InvalidEnumValuesExtensionValue", "definition property x-ms-enum-values value not in enum", (d) => {
  d.definitions.Item.properties.status = prop("string", "status", {
    enum: ["open", "closed"],
    "x-ms-enum-values": [
      { value: "open", displayName: "Open" },
      { value: "archived", displayName: "Archived" },
    ],
  });
});
T("InvalidFormDataParameterName", "formData name with accented letter", (d) => {
  d.paths["/uploads"] = { post: op("UploadItem", { consumes: ["multipart/form-data"], parameters: [fp("naïve", { "x-ms-summary": "Naive" })] }) };
});
T("InvalidFormDataParameterName", "formData name in CJK", (d) => {
  d.paths["/uploads"] = { post: op("UploadItem", { consumes: ["application/x-www-form-urlencoded"], parameters: [fp("名前", { "x-ms-summary": "Name" })] }) };
});
T("InvalidNextLinkNameValue", "x-ms-pageable nextLinkName 'next'", (d) => {
  G(d)["x-ms-pageable"] = { nextLinkName: "next" };
  d.definitions.ItemList.properties.next = prop("string", "next");
});
T("InvalidNextLinkNameValue", "x-ms-pageable nextLinkName '@odata.next'", (d) => {
  G(d)["x-ms-pageable"] = { nextLinkName: "@odata.next" };
});
T("InvalidNextLinkNameValue", "x-ms-pageable nextLinkName 'NextLink' (case)", (d) => {
  G(d)["x-ms-pageable"] = { nextLinkName: "NextLink" };
});

T("InvokedOperationShouldProduceArray", "dynamic-values value-collection points to string", (d) => {
  addLookups(d);
  G(d).parameters.push(
    qp("folder", { "x-ms-dynamic-values": { operationId: "GetSummary", "value-collection": "value", "value-path": "id", "value-title": "name" } }),
  );
});
T("InvokedOperationShouldProduceArray", "dynamic-values value-collection missing path", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-values": dv({ "value-collection": "folders" }) }));
});
T("InvokedOperationShouldProduceArray", "dynamic-list itemsPath points to integer", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-list": dl({ operationId: "GetSummary", itemsPath: "count" }) }));
});
T("InvokedOperationShouldProduceProperty", "dynamic-values value-path not in items", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-values": dv({ "value-path": "identifier" }) }));
});
T("InvokedOperationShouldProduceProperty", "dynamic-values value-title not in items", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-values": dv({ "value-title": "displayName" }) }));
});
T("InvokedOperationShouldProduceProperty", "dynamic-schema value-path not in response", (d) => {
  addLookups(d);
  addCreate(d, { type: "object", "x-ms-dynamic-schema": ds({ "value-path": "definition" }) }, [qp("folderId", { required: true })]);
});

T("MimeTypeNotCompatibleWithRequestContentSchemaType", "formData params with consumes application/json", (d) => {
  d.paths["/uploads"] = { post: op("UploadItem", { consumes: ["application/json"], parameters: [fp("name", { required: true })] }) };
});
T("MimeTypeNotCompatibleWithRequestContentSchemaType", "object body with consumes multipart/form-data", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.consumes = ["multipart/form-data"];
});
T("MimeTypeNotCompatibleWithRequestContentSchemaType", "object body with consumes x-www-form-urlencoded", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.consumes = ["application/x-www-form-urlencoded"];
});

T("NotificationExtensionNotSupportedInWebhookOperation", "webhook op carries x-ms-notification", (d) => {
  addWebhook(d);
  WH(d)["x-ms-notification"] = { operationId: "OnItemCreated" };
});
T("NotificationExtensionNotSupportedInWebhookOperation", "batch webhook carries x-ms-notification to other op", (d) => {
  addWebhook(d);
  WH(d)["x-ms-trigger"] = "batch";
  WH(d)["x-ms-notification"] = { operationId: "ListItems" };
});
T("NotificationExtensionSupportedForTriggerOnly", "action GET with x-ms-notification", (d) => {
  addWebhook(d);
  G(d)["x-ms-notification"] = { operationId: "OnItemCreated" };
});
T("NotificationExtensionSupportedForTriggerOnly", "action POST with x-ms-notification", (d) => {
  addWebhook(d);
  addCreate(d, itemBody());
  d.paths["/items"].post["x-ms-notification"] = { operationId: "OnItemCreated" };
});
T("NotificationOperationMustBeWebhook", "polling trigger x-ms-notification to action", (d) => {
  addPolling(d, { "x-ms-notification": { operationId: "ListItems" } });
});
T("NotificationOperationMustBeWebhook", "polling trigger x-ms-notification to another polling trigger", (d) => {
  addPolling(d, { "x-ms-notification": { operationId: "PollFolders" } });
  d.paths["/poll/folders"] = { get: op("PollFolders", { summary: "When folders change", "x-ms-trigger": "batch", responses: J(G(d).responses) }) };
});

T("OperationFamilyHasDuplicateRevisions", "two ops in family with revision 1", (d) => {
  addFamily(d, [
    ["ListItems", { "x-ms-api-annotation": { family: "ListItems", revision: 1 } }],
    ["ListItemsV2", { "x-ms-api-annotation": { family: "ListItems", revision: 1 } }],
  ]);
});
T("OperationFamilyHasDuplicateRevisions", "deprecated + active both revision 2", (d) => {
  addFamily(d, [
    ["ListItems", { deprecated: true, "x-ms-api-annotation": { family: "ListItems", revision: 2 } }],
    ["ListItemsV2", { "x-ms-api-annotation": { family: "ListItems", revision: 2 } }],
  ]);
});
T("OperationFamilyHasManyActiveOperations", "three non-deprecated ops in family", (d) => {
  addFamily(d, [
    ["ListItems", { "x-ms-api-annotation": { family: "ListItems", revision: 1 } }],
    ["ListItemsV2", { "x-ms-api-annotation": { family: "ListItems", revision: 2 } }],
    ["ListItemsV3", { "x-ms-api-annotation": { family: "ListItems", revision: 3 } }],
  ]);
});
T("OperationFamilyHasManyActiveOperations", "four ops, one deprecated, three active", (d) => {
  addFamily(d, [
    ["ListItems", { deprecated: true, "x-ms-api-annotation": { family: "ListItems", revision: 1 } }],
    ["ListItemsV2", { "x-ms-api-annotation": { family: "ListItems", revision: 2 } }],
    ["ListItemsV3", { "x-ms-api-annotation": { family: "ListItems", revision: 3 } }],
    ["ListItemsV4", { "x-ms-api-annotation": { family: "ListItems", revision: 4 } }],
  ]);
});
T("OperationFamilyHasManyActiveProductionOperations", "two active Production ops in family", (d) => {
  addFamily(d, [
    ["ListItems", { "x-ms-api-annotation": { family: "ListItems", revision: 1, status: "Production" } }],
    ["ListItemsV2", { "x-ms-api-annotation": { family: "ListItems", revision: 2, status: "Production" } }],
  ]);
});
T("OperationFamilyHasManyActiveProductionOperations", "three ops, old Preview, two Production active", (d) => {
  addFamily(d, [
    ["ListItems", { deprecated: true, "x-ms-api-annotation": { family: "ListItems", revision: 1, status: "Preview" } }],
    ["ListItemsV2", { "x-ms-api-annotation": { family: "ListItems", revision: 2, status: "Production" } }],
    ["ListItemsV3", { "x-ms-api-annotation": { family: "ListItems", revision: 3, status: "Production" } }],
  ]);
});
T("OperationFamilyHasManyEmptyRevisions", "two family ops without revision", (d) => {
  addFamily(d, [
    ["ListItems", { "x-ms-api-annotation": { family: "ListItems" } }],
    ["ListItemsV2", { "x-ms-api-annotation": { family: "ListItems" } }],
  ]);
});
T("OperationFamilyHasManyEmptyRevisions", "three family ops, two without revision", (d) => {
  addFamily(d, [
    ["ListItems", { deprecated: true, "x-ms-api-annotation": { family: "ListItems" } }],
    ["ListItemsV2", { "x-ms-api-annotation": { family: "ListItems" } }],
    ["ListItemsV3", { "x-ms-api-annotation": { family: "ListItems", revision: 3 } }],
  ]);
});
T("OperationHasManyResponsesWithSchema", "200 and 201 both with schema", (d) => {
  G(d).responses["201"] = { description: "Created", schema: { $ref: "#/definitions/Item" } };
});
T("OperationHasManyResponsesWithSchema", "POST 200 and 202 both with schema", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.responses["202"] = { description: "Accepted", schema: obj({ status: prop("string", "status") }) };
});

T("OperationIdNotFound", "dynamic-values operationId missing", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-values": dv({ operationId: "ListFoldersMissing" }) }));
});
T("OperationIdNotFound", "dynamic-schema operationId missing", (d) => {
  addLookups(d);
  addCreate(d, { type: "object", "x-ms-dynamic-schema": ds({ operationId: "GetSchemaMissing" }) }, [qp("folderId", { required: true })]);
});
T("OperationIdNotFound", "dynamic-list operationId missing", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-list": dl({ operationId: "NoSuchOp" }) }));
});
T("OperationIdNotFound", "dynamic-tree browse operationId missing", (d) => {
  addLookups(d);
  const t = dtree();
  t.browse.operationId = "NoSuchBrowse";
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-tree": t }));
});
T("OperationIdNotFound", "x-ms-notification operationId missing on polling trigger", (d) => {
  addPolling(d, { "x-ms-notification": { operationId: "SubscribeMissing" } });
});
T("OperationIdNotFound", "dynamic-properties operationId missing", (d) => {
  addLookups(d);
  addCreate(d, { type: "object", "x-ms-dynamic-schema": ds(), "x-ms-dynamic-properties": dp({ operationId: "Nope" }) }, [qp("folderId", { required: true })]);
});
T("OperationIdNotUnique", "same operationId on two paths", (d) => {
  d.paths["/items/{id}"] = { get: op("ListItems", { parameters: [pp("id")] }) };
});
T("OperationIdNotUnique", "same operationId on GET and POST of same path", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.operationId = "ListItems";
});
T("OperationIdRequired", "GET without operationId", (d) => {
  delete G(d).operationId;
});
T("OperationIdRequired", "added DELETE without operationId", (d) => {
  d.paths["/items/{id}"] = { delete: op("X", { parameters: [pp("id")], responses: { "200": { description: "OK" } } }) };
  delete d.paths["/items/{id}"].delete.operationId;
});
T("OperationIdSanitized", "operationId with hyphen", (d) => {
  G(d).operationId = "List-Items";
});
T("OperationIdSanitized", "operationId with space", (d) => {
  G(d).operationId = "List Items";
});
T("OperationIdSanitized", "operationId with dot", (d) => {
  G(d).operationId = "items.list";
});
T("OperationIdShouldEndWithRevision", "revision 2 op named without V2", (d) => {
  addFamily(d, [
    ["ListItems", { deprecated: true, "x-ms-api-annotation": { family: "ListItems", revision: 1 } }],
    ["ListItemsNew", { "x-ms-api-annotation": { family: "ListItems", revision: 2 } }],
  ]);
});
T("OperationIdShouldEndWithRevision", "revision 3 op named ...V2", (d) => {
  addFamily(d, [
    ["ListItems", { deprecated: true, "x-ms-api-annotation": { family: "ListItems", revision: 1 } }],
    ["ListItemsV2", { "x-ms-api-annotation": { family: "ListItems", revision: 3 } }],
  ]);
});
T("OperationIdTooLong", "operationId of 300 chars", (d) => {
  G(d).operationId = "List" + "Items".repeat(60);
});
T("OperationIdTooLong", "operationId of 150 chars", (d) => {
  G(d).operationId = "L" + "x".repeat(149);
});
T("OperationMissingPathParameter", "/items/{id} GET without id parameter", (d) => {
  d.paths["/items/{id}"] = { get: op("GetItem") };
});
T("OperationMissingPathParameter", "two variables, one missing", (d) => {
  d.paths["/folders/{folderId}/items/{id}"] = { get: op("GetFolderItem", { parameters: [pp("folderId")] }) };
});
T("OperationMissingPathParameter", "path-level defines other name, op defines none", (d) => {
  d.paths["/items/{id}"] = { parameters: [qp("expand")], delete: op("DeleteItem", { responses: { "200": { description: "OK" } } }) };
});
T("OperationMissingRequiredProperty", "dynamic-values to ListChildren without folderId", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-values": dv({ operationId: "ListChildren" }) }));
});
T("OperationMissingRequiredProperty", "dynamic-schema without required folderId param", (d) => {
  addLookups(d);
  addCreate(d, { type: "object", "x-ms-dynamic-schema": ds({ parameters: {} }) });
});
T("OperationMissingRequiredProperty", "dynamic-list to ListChildren without parameters", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-list": dl({ operationId: "ListChildren" }) }));
});
T("OperationMustHaveNotificationContentExtension", "webhook trigger without notification content", (d) => {
  addWebhook(d);
  delete WH(d)["x-ms-notification-content"];
});
T("OperationMustHaveNotificationContentExtension", "action with nested notification-url, no content", (d) => {
  const s = obj(
    {
      subscription: obj(
        { callbackUrl: prop("string", "callbackUrl", { "x-ms-notification-url": true, "x-ms-visibility": "internal" }) },
        { required: ["callbackUrl"], "x-ms-summary": "Subscription", description: "The subscription." },
      ),
    },
    { required: ["subscription"] },
  );
  d.paths["/approvals"] = { post: post("StartApproval", s, { responses: { "201": { description: "Created", schema: { $ref: "#/definitions/Item" } } } }) };
});
T("OperationMustHaveResponse", "GET with empty responses", (d) => {
  G(d).responses = {};
});
T("OperationMustHaveResponse", "POST with only extension in responses", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.responses = { "x-ms-note": "none" };
});
T("OperationParameterNameIsAmbiguous", "dynamic-values param name matches query param and body property", (d) => {
  addLookups(d);
  const s = itemBody();
  s.properties.parentId = prop("string", "parentId");
  s.properties.folder = prop("string", "folder", { "x-ms-dynamic-values": dv({ parameters: { parentId: { parameter: "parentId" } } }) });
  addCreate(d, s, [qp("parentId")]);
});
T("OperationParameterNameIsAmbiguous", "dynamic-schema param name matches header and body property", (d) => {
  addLookups(d);
  const s = itemBody();
  s.properties.folderId = prop("string", "folderId");
  s.properties.fields = { type: "object", "x-ms-summary": "Fields", description: "The fields.", "x-ms-dynamic-schema": ds() };
  addCreate(d, s, [hp("folderId", { required: true })]);
});
T("OperationParameterNameNotFound", "dynamic-values parameters key not in target", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-values": dv({ parameters: { library: "main" } }) }));
});
T("OperationParameterNameNotFound", "dynamic-schema parameters key not in target", (d) => {
  addLookups(d);
  addCreate(d, { type: "object", "x-ms-dynamic-schema": ds({ parameters: { folderId: { parameter: "folderId" }, view: "all" } }) }, [
    qp("folderId", { required: true }),
  ]);
});
T("OperationParameterNameNotFound", "dynamic-list parameters key not in target", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-list": dl({ parameters: { library: { value: "main" } } }) }));
});
T("OperationParameterNameNotFound", "dynamic-values refs source parameter that does not exist", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-values": dv({ parameters: { parentId: { parameter: "rootFolder" } } }) }));
});
T("OperationParameterRequiredMismatch", "required target param fed by optional source query", (d) => {
  addLookups(d);
  G(d).parameters.push(
    qp("folderId"),
    qp("child", { "x-ms-dynamic-values": dv({ operationId: "ListChildren", parameters: { folderId: { parameter: "folderId" } } }) }),
  );
});
T("OperationParameterRequiredMismatch", "required dynamic-schema param fed by optional body property", (d) => {
  addLookups(d);
  addCreate(d, { type: "object", "x-ms-dynamic-schema": ds() }, [qp("folderId", { required: false })]);
});
T("OperationParametersAreNotUnique", "same $ref parameter listed twice", (d) => {
  d.parameters = { Top: qp("top", { type: "integer", format: "int32" }) };
  G(d).parameters.push({ $ref: "#/parameters/Top" }, { $ref: "#/parameters/Top" });
});
T("OperationParametersAreNotUnique", "identical inline query parameter twice", (d) => {
  G(d).parameters.push(qp("filter"), qp("filter"));
});
T("OperationParametersContainDuplicateParameter", "query 'filter' twice with different types", (d) => {
  G(d).parameters.push(qp("filter"), qp("filter", { type: "integer", description: "Another filter." }));
});
T("OperationParametersContainDuplicateParameter", "header twice with different descriptions", (d) => {
  G(d).parameters.push(hp("X-Version"), hp("X-Version", { description: "API version." }));
});
T("OperationParametersContainDuplicateParameter", "$ref param plus inline param with same name/in", (d) => {
  d.parameters = { Top: qp("top", { type: "integer", format: "int32" }) };
  G(d).parameters.push({ $ref: "#/parameters/Top" }, qp("top", { description: "Max." }));
});
T("OperationParametersContainMultipleBodyParameters", "two body parameters", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.parameters.push(body(obj({ extra: prop("string", "extra") }), { name: "body2" }));
});
T("OperationParametersContainMultipleBodyParameters", "PUT with three body parameters", (d) => {
  d.paths["/items/{id}"] = {
    put: post("UpdateItem", itemBody(), {
      parameters: [
        pp("id"),
        body(itemBody()),
        body(obj({ a: prop("string", "a") }), { name: "meta" }),
        body(obj({ b: prop("string", "b") }), { name: "tags" }),
      ],
    }),
  };
});
T("OperationParameterStaticTypeMismatch", "static string for integer target param", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-values": dv({ parameters: { depth: "deep" } }) }));
});
T("OperationParameterStaticTypeMismatch", "static number for boolean target param (dynamic-list)", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-list": dl({ parameters: { recursive: { value: 5 } } }) }));
});
T("OperationParameterTypeMismatch", "string source param feeds integer target param", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("level"), qp("folder", { "x-ms-dynamic-values": dv({ parameters: { depth: { parameter: "level" } } }) }));
});
T("OperationParameterTypeMismatch", "integer source param feeds boolean target (dynamic-list)", (d) => {
  addLookups(d);
  G(d).parameters.push(
    qp("level", { type: "integer", format: "int32" }),
    qp("folder", { "x-ms-dynamic-list": dl({ parameters: { recursive: { parameterReference: "level" } } }) }),
  );
});
T("OperationPathContainsUnsupportedCharacters", "path ending with /*", (d) => {
  d.paths["/items/*"] = { get: op("ListAll") };
});
T("OperationPathContainsUnsupportedCharacters", "wildcard after path variable", (d) => {
  d.paths["/files/{path}*"] = { get: op("GetFile", { parameters: [pp("path")] }) };
});
T("OperationPathMayNotContainQueryOrFragment", "path with ?query", (d) => {
  d.paths["/items?filter=open"] = { get: op("ListOpenItems", { responses: J(G(d).responses) }) };
});
T("OperationPathMayNotContainQueryOrFragment", "path with #fragment", (d) => {
  d.paths["/items#top"] = { get: op("ListTopItems", { responses: J(G(d).responses) }) };
});
T("OperationPathMustStartWithSlash", "path 'items/{id}'", (d) => {
  d.paths["items/{id}"] = { get: op("GetItem", { parameters: [pp("id")] }) };
});
T("OperationPathMustStartWithSlash", "base path '/items' renamed to 'items'", (d) => {
  d.paths = { items: d.paths["/items"] };
});
T("OperationPathTemplateNotValid", "unclosed brace", (d) => {
  d.paths["/items/{id"] = { get: op("GetItem", { parameters: [pp("id")] }) };
});
T("OperationPathTemplateNotValid", "stray closing brace", (d) => {
  d.paths["/items/id}"] = { get: op("GetItem") };
});
T("OperationPathTemplateNotValid", "variable spanning two segments", (d) => {
  d.paths["/items/{id/name}"] = { get: op("GetItem", { parameters: [pp("id/name")] }) };
});
T("OperationPathVariablesContainDefaults", "path variable {id=5}", (d) => {
  d.paths["/items/{id=5}"] = { get: op("GetItem", { parameters: [pp("id")] }) };
});
T("OperationPathVariablesContainDefaults", "second variable with default", (d) => {
  d.paths["/folders/{folderId}/items/{page=1}"] = { get: op("ListFolderPage", { parameters: [pp("folderId"), pp("page")] }) };
});
T("OperationRevisionEmpty", "single op in family without revision", (d) => {
  G(d)["x-ms-api-annotation"] = { family: "ListItems" };
});
T("OperationRevisionEmpty", "family of two, newer lacks revision", (d) => {
  addFamily(d, [
    ["ListItems", { deprecated: true, "x-ms-api-annotation": { family: "ListItems", revision: 1 } }],
    ["ListItemsV2", { "x-ms-api-annotation": { family: "ListItems" } }],
  ]);
});
T("OperationSchemaCountExceedsMaxAllowed", "response schema with 3000 properties", (d) => {
  const props: Any = {};
  for (let i = 0; i < 3000; i++) props[`f${i}`] = prop("string", `f${i}`);
  d.definitions.Big = obj(props);
  G(d).responses["200"].schema = { $ref: "#/definitions/Big" };
});
T("OperationSchemaCountExceedsMaxAllowed", "body 1500 + response 1500 properties", (d) => {
  const a: Any = {},
    b: Any = {};
  for (let i = 0; i < 1500; i++) {
    a[`a${i}`] = prop("string", `a${i}`);
    b[`b${i}`] = prop("string", `b${i}`);
  }
  addCreate(d, obj(a));
  d.paths["/items"].post.responses["200"].schema = obj(b);
});
T("OperationShouldHaveSuccessfulResponse", "only 400 response", (d) => {
  G(d).responses = { "400": { description: "Bad request" } };
});
T("OperationShouldHaveSuccessfulResponse", "only default response", (d) => {
  G(d).responses = { default: { description: "Error" } };
});
T("OperationShouldHaveSuccessfulResponse", "only 302 and 500 responses", (d) => {
  G(d).responses = { "302": { description: "Found" }, "500": { description: "Error" } };
});
T("OperationStatusAheadOfConnector", "op Production, info annotation Preview", (d) => {
  d.info["x-ms-api-annotation"] = { status: "Preview" };
  G(d)["x-ms-api-annotation"] = { status: "Production" };
});
T("OperationStatusAheadOfConnector", "op Production, root annotation Preview", (d) => {
  d["x-ms-api-annotation"] = { status: "Preview" };
  addCreate(d, itemBody());
  d.paths["/items"].post["x-ms-api-annotation"] = { status: "Production" };
});
T("OperationSummaryTooLong", "summary 150 chars", (d) => {
  G(d).summary = "List items " + "a".repeat(139);
});
T("OperationSummaryTooLong", "summary exactly 120 chars", (d) => {
  G(d).summary = "List items " + "b".repeat(109);
});
T("OperationSummaryTooLong", "POST summary 200 chars of words", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.summary = "Create item in folder ".repeat(10).trim();
});
T("PartialDuplicateOperationPath", "GET /items/{id} and GET /items/recent", (d) => {
  d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [pp("id")] }) };
  d.paths["/items/recent"] = { get: op("ListRecentItems", { responses: J(G(d).responses) }) };
});
T("PartialDuplicateOperationPath", "/folders/{folderId}/items vs /folders/shared/items", (d) => {
  d.paths["/folders/{folderId}/items"] = { get: op("ListFolderItems", { parameters: [pp("folderId")], responses: J(G(d).responses) }) };
  d.paths["/folders/shared/items"] = { get: op("ListSharedItems", { responses: J(G(d).responses) }) };
});
T("PathParameterMustBeRequired", "path param required:false", (d) => {
  d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [pp("id", { required: false })] }) };
});
T("PathParameterMustBeRequired", "path param without required", (d) => {
  const p = pp("id");
  delete p.required;
  d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [p] }) };
});
T("PathParameterMustBeRequired", "path-level path param required:false", (d) => {
  d.paths["/items/{id}"] = { parameters: [pp("id", { required: false })], get: op("GetItem") };
});
T("PathParameterNotDefinedInTemplate", "path param 'id' on /items", (d) => {
  G(d).parameters.push(pp("id"));
});
T("PathParameterNotDefinedInTemplate", "path-level path param not in template", (d) => {
  d.paths["/items/{id}"] = { parameters: [pp("id"), pp("version")], get: op("GetItem") };
});
T("PathParametersContainDuplicateParameter", "path-level query param twice", (d) => {
  d.paths["/items"].parameters = [qp("filter"), qp("filter", { description: "Again." })];
});
T("PathParametersContainDuplicateParameter", "path-level path param twice", (d) => {
  d.paths["/items/{id}"] = { parameters: [pp("id"), pp("id", { description: "Item id." })], get: op("GetItem") };
});
T("PathParametersContainMultipleBodyParameters", "path-level two body params", (d) => {
  d.paths["/items"].parameters = [body(itemBody()), body(obj({ x: prop("string", "x") }), { name: "other" })];
  d.paths["/items"].post = op("CreateItem", { consumes: ["application/json"] });
});
T("PathRedefined", "/items and /Items", (d) => {
  d.paths["/Items"] = { post: post("CreateItem", itemBody()) };
});
T("PathRedefined", "/items/{id} and /ITEMS/{id}", (d) => {
  d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [pp("id")] }) };
  d.paths["/ITEMS/{id}"] = { delete: op("DeleteItem", { parameters: [pp("id")], responses: { "200": { description: "OK" } } }) };
});
T("RestrictedCharactersInSummary", "summary with slash", (d) => {
  G(d).summary = "List items/folders";
});
T("RestrictedCharactersInSummary", "summary with angle brackets", (d) => {
  G(d).summary = "List <all> items";
});
T("RestrictedCharactersInSummary", "summary with colon and question mark", (d) => {
  G(d).summary = "Items: list all?";
});
T("SelectedItemValuePathNotAllowedInThisPosition", "selectedItemValuePath in dynamic-tree open", (d) => {
  addLookups(d);
  const t = dtree();
  (t.open as Any).parameters = { parentId: { selectedItemValuePath: "id" } };
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-tree": t }));
});
T("SelectedItemValuePathNotAllowedInThisPosition", "selectedItemValuePath in dynamic-list parameters", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-list": dl({ parameters: { parentId: { selectedItemValuePath: "id" } } }) }));
});
T("StringBinaryNotSupportedForFormUrlEncoded", "urlencoded formData string/binary", (d) => {
  d.paths["/uploads"] = {
    post: op("UploadItem", { consumes: ["application/x-www-form-urlencoded"], parameters: [fp("content", { format: "binary", required: true })] }),
  };
});
T("StringBinaryNotSupportedForFormUrlEncoded", "urlencoded (root consumes) formData file", (d) => {
  d.consumes = ["application/x-www-form-urlencoded"];
  d.paths["/uploads"] = { post: op("UploadItem", { parameters: [fp("file", { type: "file", required: true })] }) };
});
T("TotalOperationsCountExceedsMaxAllowed", "257 GET operations", (d) => {
  for (let i = 0; i < 256; i++) d.paths[`/r${i}`] = { get: op(`GetResource${i}`) };
});
T("TotalOperationsCountExceedsMaxAllowed", "150 paths x GET+DELETE = 301", (d) => {
  for (let i = 0; i < 150; i++)
    d.paths[`/things${i}/{id}`] = {
      get: op(`GetThing${i}`, { parameters: [pp("id")] }),
      delete: op(`DeleteThing${i}`, { parameters: [pp("id")], responses: { "200": { description: "OK" } } }),
    };
});
T("UnrecognizedTypeFormat", "query param type 'str'", (d) => {
  G(d).parameters.push(qp("filter", { type: "str" }));
});
T("UnrecognizedTypeFormat", "definition integer format int128", (d) => {
  d.definitions.Item.properties.size.format = "int128";
});
T("UnrecognizedTypeFormat", "response header type 'int'", (d) => {
  G(d).responses["200"].headers = { "X-Total": { type: "int", description: "Total." } };
});
T("UnrecognizedTypeFormat", "body property type 'datetime'", (d) => {
  const s = itemBody();
  s.properties.due = prop("datetime", "due");
  addCreate(d, s);
});
T("WebhookOperationsMissingNotificationUrlProperty", "trigger with notification content, callback not marked", (d) => {
  addWebhook(d);
  delete WHCB(d)["x-ms-notification-url"];
});
T("WebhookOperationsMissingNotificationUrlProperty", "trigger with notification content and no body", (d) => {
  addWebhook(d);
  WH(d).parameters = [];
  delete WH(d).consumes;
});

// ============================ Arrays =======================================
T("ArrayHasNoItems", "query array without items", (d) => {
  G(d).parameters.push(qp("ids", { type: "array" }));
});
T("ArrayHasNoItems", "definition property array without items", (d) => {
  d.definitions.Item.properties.tags = prop("array", "tags");
});
T("ArrayHasNoItems", "response header array without items", (d) => {
  G(d).responses["200"].headers = { "X-Ids": { type: "array", description: "Ids." } };
});
T("ArrayHasNoItems", "body root schema array without items", (d) => {
  addCreate(d, { type: "array" });
});
T("RequiredPropertyArrayEmpty", "definition required []", (d) => {
  d.definitions.Item.required = [];
});
T("RequiredPropertyArrayEmpty", "body schema required []", (d) => {
  const s = itemBody();
  s.required = [];
  addCreate(d, s);
});
T("RequiredPropertyArrayEmpty", "nested inline response schema required []", (d) => {
  d.definitions.Item.properties.owner = obj({ email: prop("string", "email") }, { required: [], "x-ms-summary": "Owner", description: "The owner." });
});
T("SchemesArrayEmpty", "root schemes []", (d) => {
  d.schemes = [];
});
T("SchemesArrayEmpty", "operation schemes []", (d) => {
  G(d).schemes = [];
});

// ============================ Not supported ================================
T("CollectionFormatValueNotSupported", "query array collectionFormat pipes", (d) => {
  G(d).parameters.push(qp("ids", { type: "array", items: { type: "string" }, collectionFormat: "pipes" }));
});
T("CollectionFormatValueNotSupported", "query array collectionFormat tsv", (d) => {
  G(d).parameters.push(qp("ids", { type: "array", items: { type: "string" }, collectionFormat: "tsv" }));
});
T("CollectionFormatValueNotSupported", "header array collectionFormat ssv", (d) => {
  G(d).parameters.push(hp("X-Ids", { type: "array", items: { type: "string" }, collectionFormat: "ssv" }));
});
T("MimeTypeNotSupported", "consumes application/xml on POST", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.consumes = ["application/xml"];
});
T("MimeTypeNotSupported", "root consumes text/html", (d) => {
  d.consumes = ["text/html"];
});
T("MimeTypeNotSupported", "operation consumes text/csv alongside json", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.consumes = ["application/json", "text/csv"];
});
T("PathItemRefNotSuppored", "path item $ref to local", (d) => {
  d["x-paths"] = { item: { get: op("GetItem", { parameters: [pp("id")] }) } };
  d.paths["/items/{id}"] = { $ref: "#/x-paths/item" };
});
T("PathItemRefNotSuppored", "path item $ref to external file", (d) => {
  d.paths["/folders"] = { $ref: "folders.json#/paths/~1folders" };
});
T("SwaggerKeywordNotSupported", "uniqueItems on query array", (d) => {
  G(d).parameters.push(qp("ids", { type: "array", items: { type: "string" }, uniqueItems: true }));
});
T("SwaggerKeywordNotSupported", "uniqueItems in body schema property", (d) => {
  const s = itemBody();
  s.properties.tags = prop("array", "tags", { items: { type: "string" }, uniqueItems: true });
  addCreate(d, s);
});
T("SwaggerKeywordNotSupported", "uniqueItems in response header", (d) => {
  G(d).responses["200"].headers = { "X-Ids": { type: "array", items: { type: "string" }, uniqueItems: true, description: "Ids." } };
});

// ============================ Parameters ===================================
T("FileParameterMustBeInFormData", "query param type file", (d) => {
  G(d).parameters.push(qp("upload", { type: "file" }));
});
T("FileParameterMustBeInFormData", "header param type file", (d) => {
  G(d).parameters.push(hp("X-File", { type: "file" }));
});
T("FileParameterMustBeInFormData", "path param type file", (d) => {
  d.paths["/files/{file}"] = { get: op("GetFile", { parameters: [pp("file", { type: "file" })] }) };
});
T("ParameterListContainsFormDataAndBody", "op with body and formData", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.parameters.push(fp("note"));
});
T("ParameterListContainsFormDataAndBody", "path-level body + op-level formData", (d) => {
  d.paths["/uploads"] = { parameters: [body(itemBody())], post: op("UploadItem", { consumes: ["multipart/form-data"], parameters: [fp("name")] }) };
});
T("ParameterReferenceNotFound", "op $ref to missing #/parameters", (d) => {
  G(d).parameters.push({ $ref: "#/parameters/Missing" });
});
T("ParameterReferenceNotFound", "path-level $ref to missing parameter", (d) => {
  d.parameters = { Top: qp("top", { type: "integer", format: "int32" }) };
  d.paths["/items"].parameters = [{ $ref: "#/parameters/Skip" }];
});
T("ParameterReferenceNotValid", "parameter $ref into #/definitions", (d) => {
  G(d).parameters.push({ $ref: "#/definitions/Item" });
});
T("ParameterReferenceNotValid", "parameter $ref external file", (d) => {
  G(d).parameters.push({ $ref: "common.json#/parameters/Top" });
});
T("ParameterReferenceNotValid", "parameter $ref without #/ prefix", (d) => {
  d.parameters = { Top: qp("top", { type: "integer", format: "int32" }) };
  G(d).parameters.push({ $ref: "parameters/Top" });
});
T("ParameterRefLoopNotAllowed", "parameter definition aliasing another", (d) => {
  d.parameters = { Top: qp("top", { type: "integer", format: "int32" }), Limit: { $ref: "#/parameters/Top" } };
  G(d).parameters.push({ $ref: "#/parameters/Limit" });
});
T("ParameterRefLoopNotAllowed", "parameters referencing each other", (d) => {
  d.parameters = { A: { $ref: "#/parameters/B" }, B: { $ref: "#/parameters/A" } };
  G(d).parameters.push({ $ref: "#/parameters/A" });
});
T("ParamtersWithSameNameMustHaveSameTypeAndVisibility", "polling (fetch) and webhook (subscribe) folder differ in type", (d) => {
  addWebhook(d);
  WH(d).parameters.unshift(qp("folder", { type: "integer", format: "int32" }));
  addPolling(d, { parameters: [qp("folder")], "x-ms-notification": { operationId: "OnItemCreated" } });
});
T("ParamtersWithSameNameMustHaveSameTypeAndVisibility", "fetch and subscribe folder differ in visibility", (d) => {
  addWebhook(d);
  WH(d).parameters.unshift(qp("folder", { "x-ms-visibility": "advanced" }));
  addPolling(d, { parameters: [qp("folder", { "x-ms-visibility": "important" })], "x-ms-notification": { operationId: "OnItemCreated" } });
});
T("PathParameterMissingEncoding", "op path param without x-ms-url-encoding", (d) => {
  const p = pp("id");
  delete p["x-ms-url-encoding"];
  d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [p] }) };
});
T("PathParameterMissingEncoding", "path-level path param without encoding", (d) => {
  const p = pp("folderId");
  delete p["x-ms-url-encoding"];
  d.paths["/folders/{folderId}/items"] = { parameters: [p], get: op("ListFolderItems", { responses: J(G(d).responses) }) };
});
T("QueryParameterEncodingNotSupported", "query param x-ms-url-encoding double", (d) => {
  G(d).parameters.push(qp("filter", { "x-ms-url-encoding": "double" }));
});
T("QueryParameterEncodingNotSupported", "query param x-ms-url-encoding single", (d) => {
  G(d).parameters.push(qp("filter", { "x-ms-url-encoding": "single" }));
});
T("ReservedParameterIsUsed", "header Authorization", (d) => {
  G(d).parameters.push(hp("Authorization"));
});
T("ReservedParameterIsUsed", "header Host", (d) => {
  G(d).parameters.push(hp("Host"));
});
T("ReservedParameterIsUsed", "header Content-Length", (d) => {
  addCreate(d, itemBody(), [hp("Content-Length", { type: "integer" })]);
});
T("ResponseRefLoopNotAllowed", "response definition aliasing another", (d) => {
  d.responses = { Ok: { description: "OK", schema: { $ref: "#/definitions/Item" } }, Alias: { $ref: "#/responses/Ok" } };
  G(d).responses["200"] = { $ref: "#/responses/Alias" };
});
T("ResponseRefLoopNotAllowed", "responses referencing each other", (d) => {
  d.responses = { A: { $ref: "#/responses/B" }, B: { $ref: "#/responses/A" } };
  G(d).responses["200"] = { $ref: "#/responses/A" };
});
T("SourcePropertyInternal", "dynamic-values refs internal query param", (d) => {
  addLookups(d);
  G(d).parameters.push(
    qp("parentId", { "x-ms-visibility": "internal", required: true, default: "root" }),
    qp("folder", { "x-ms-dynamic-values": dv({ parameters: { parentId: { parameter: "parentId" } } }) }),
  );
});
T("SourcePropertyInternal", "dynamic-schema refs internal path param", (d) => {
  addLookups(d);
  d.paths["/folders/{folderId}/records"] = {
    post: post(
      "CreateRecord",
      { type: "object", "x-ms-dynamic-schema": ds() },
      {
        parameters: [pp("folderId", { "x-ms-visibility": "internal", default: "root" }), body({ type: "object", "x-ms-dynamic-schema": ds() })],
      },
    ),
  };
});

// ============================ Properties ===================================
T("AdditionalPropertyNotAllowed", "response object with 'parameters'", (d) => {
  G(d).responses["200"].parameters = [];
});
T("AdditionalPropertyNotAllowed", "info object with 'schemes'", (d) => {
  d.info.schemes = ["https"];
});
T("AdditionalPropertyNotAllowed", "operation with 'basePath'", (d) => {
  G(d).basePath = "/v2";
});
T("AdditionalPropertyNotAllowed", "apiProperties.properties unknown 'colour'", (d, p) => {
  p.properties.colour = "#ffffff";
});
T("AdditionalPropertyNotAllowedAdjacentToRef", "schema $ref with description", (d) => {
  G(d).responses["200"].schema = { $ref: "#/definitions/ItemList", description: "The list." };
});
T("AdditionalPropertyNotAllowedAdjacentToRef", "parameter $ref with required", (d) => {
  d.parameters = { Top: qp("top", { type: "integer", format: "int32" }) };
  G(d).parameters.push({ $ref: "#/parameters/Top", required: true });
});
T("AdditionalPropertyNotAllowedAdjacentToRef", "response $ref with description", (d) => {
  d.responses = { Ok: { description: "OK", schema: { $ref: "#/definitions/ItemList" } } };
  G(d).responses["200"] = { $ref: "#/responses/Ok", description: "OK" };
});
T("AdditionalPropertyNotAllowedAdjacentToRef", "array items $ref with type", (d) => {
  d.definitions.ItemList.properties.value.items = { $ref: "#/definitions/Item", type: "object" };
});
T("BasePathNotValid", "basePath 'api/v1'", (d) => {
  d.basePath = "api/v1";
});
T("BasePathNotValid", "basePath 'contoso.com/api'", (d) => {
  d.basePath = "contoso.com/api";
});
T("BodyParameterPropertyNotValid", "body param with 'type'", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.parameters[0].type = "object";
});
T("BodyParameterPropertyNotValid", "body param with 'format'", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.parameters[0].format = "binary";
});
T("BodyParameterPropertyNotValid", "body param with 'items'", (d) => {
  addCreate(d, { type: "array", items: { $ref: "#/definitions/Item" } });
  d.paths["/items"].post.parameters[0].items = { type: "string" };
});
T(
  "ConnectorMetadataPropertiesMissing",
  "cert: no Website",
  (d) => {
    d["x-ms-connector-metadata"] = d["x-ms-connector-metadata"].filter((m: Any) => m.propertyName !== "Website");
  },
  true,
);
T(
  "ConnectorMetadataPropertiesMissing",
  "cert: no Privacy policy",
  (d) => {
    d["x-ms-connector-metadata"] = d["x-ms-connector-metadata"].filter((m: Any) => m.propertyName !== "Privacy policy");
  },
  true,
);
T(
  "ConnectorMetadataPropertiesMissing",
  "cert: no Categories",
  (d) => {
    d["x-ms-connector-metadata"] = d["x-ms-connector-metadata"].filter((m: Any) => m.propertyName !== "Categories");
  },
  true,
);
T(
  "ConnectorMetadataPropertiesMissing",
  "cert: no x-ms-connector-metadata",
  (d) => {
    delete d["x-ms-connector-metadata"];
  },
  true,
);
T("ContactEmailNotValid", "contact email without @", (d) => {
  d.info.contact = { name: "Contoso", email: "support.contoso.com" };
});
T(
  "ContactEmailNotValid",
  "cert: contact email non-ASCII",
  (d) => {
    d.info.contact.email = "jöhn@contoso.com";
  },
  true,
);
T("ContactEmailNotValid", "contact email with spaces", (d) => {
  d.info.contact = { name: "Contoso", url: "https://www.contoso.com", email: "support @contoso .com" };
});
T("DefaultValueMustMatchType", "integer query default '10'", (d) => {
  G(d).parameters.push(qp("top", { type: "integer", format: "int32", default: "10" }));
});
T("DefaultValueMustMatchType", "boolean header default 'true'", (d) => {
  G(d).parameters.push(hp("X-Verbose", { type: "boolean", default: "true" }));
});
T("DefaultValueMustMatchType", "string definition property default 5", (d) => {
  d.definitions.Item.properties.name.default = 5;
});
T("DefaultValueMustMatchType", "body array property default object", (d) => {
  const s = itemBody();
  s.properties.tags = prop("array", "tags", { items: { type: "string" }, default: { a: 1 } });
  addCreate(d, s);
});
T("EnumMustContainAtLeastOneElement", "query enum []", (d) => {
  G(d).parameters.push(qp("sort", { enum: [] }));
});
T("EnumMustContainAtLeastOneElement", "definition property enum []", (d) => {
  d.definitions.Item.properties.name.enum = [];
});
T("ExtensionNameNotValid", "operation 'ms-visibility'", (d) => {
  G(d)["ms-visibility"] = "internal";
});
T("ExtensionNameNotValid", "root 'foo'", (d) => {
  d.foo = "bar";
});
T("ExtensionNameNotValid", "parameter 'visibility'", (d) => {
  G(d).parameters.push(qp("filter", { visibility: "advanced" }));
});
T("ExtensionNameNotValid", "schema property 'summary' (missing x-ms-)", (d) => {
  d.definitions.Item.properties.name.summary = "Name";
});
T("FilterFunctionsPropertyEmpty", "response x-ms-capabilities filterFunctions []", (d) => {
  d.definitions.ItemList["x-ms-capabilities"] = { filterFunctions: [] };
});
T("FilterFunctionsPropertyEmpty", "inline response schema filterFunctions []", (d) => {
  G(d).responses["200"].schema = obj({ value: { type: "array", items: { $ref: "#/definitions/Item" } } }, { "x-ms-capabilities": { filterFunctions: [] } });
});
T("FilterFunctionsPropertyHasDuplicates", "filterFunctions [eq, eq]", (d) => {
  d.definitions.ItemList["x-ms-capabilities"] = { filterFunctions: ["eq", "ne", "eq"] };
});
T("FilterFunctionsPropertyInInputSchema", "filterFunctions in body schema", (d) => {
  const s = itemBody();
  s["x-ms-capabilities"] = { filterFunctions: ["eq"] };
  addCreate(d, s);
});
T("FilterFunctionsPropertyInInputSchema", "filterFunctions in body property schema", (d) => {
  const s = itemBody();
  s.properties.name["x-ms-capabilities"] = { filterFunctions: ["eq"] };
  addCreate(d, s);
});
T("FilterFunctionsPropertyInvalidValue", "filterFunctions ['equals']", (d) => {
  d.definitions.ItemList["x-ms-capabilities"] = { filterFunctions: ["equals"] };
});
T("FilterFunctionsPropertyInvalidValue", "filterFunctions ['eq','like']", (d) => {
  d.definitions.ItemList["x-ms-capabilities"] = { filterFunctions: ["eq", "like"] };
});
T("HostNameNotValid", "host with scheme", (d) => {
  d.host = "https://api.contoso.com";
});
T("HostNameNotValid", "host with path", (d) => {
  d.host = "api.contoso.com/v1";
});
T("HostNameNotValid", "host with trailing slash", (d) => {
  d.host = "www.contoso.com/";
});
T("HostNameNotValid", "host with space", (d) => {
  d.host = "api contoso.com";
});
T("InternalPropertyWithDefaultOptional", "internal query param with default, optional", (d) => {
  G(d).parameters.push(qp("view", { "x-ms-visibility": "internal", default: "full" }));
});
T("InternalPropertyWithDefaultOptional", "internal body property with default, not required", (d) => {
  const s = itemBody();
  s.properties.source = prop("string", "source", { "x-ms-visibility": "internal", default: "flow" });
  addCreate(d, s);
});
T("InternalPropertyWithDefaultOptional", "internal header with default, required:false", (d) => {
  G(d).parameters.push(hp("X-Client", { "x-ms-visibility": "internal", default: "powerautomate", required: false }));
});
T(
  "InvalidConnectorCategory",
  "cert: category 'Games'",
  (d) => {
    meta(d, "Categories").propertyValue = "Productivity;Games";
  },
  true,
);
T(
  "InvalidConnectorCategory",
  "cert: category 'Utilities'",
  (d) => {
    meta(d, "Categories").propertyValue = "Utilities";
  },
  true,
);
T("InvalidStringBinaryProperty", "string/binary nested in body schema", (d) => {
  const s = itemBody();
  s.properties.content = prop("string", "content", { format: "binary" });
  addCreate(d, s);
});
T("InvalidStringBinaryProperty", "string/binary in response definition property", (d) => {
  d.definitions.Item.properties.thumbnail = prop("string", "thumbnail", { format: "binary" });
});
T("InvalidStringBinaryProperty", "string/binary array items in body", (d) => {
  const s = itemBody();
  s.properties.files = prop("array", "files", { items: { type: "string", format: "binary" } });
  addCreate(d, s);
});
T("InvalidStringBinaryProperty", "string/binary query parameter", (d) => {
  G(d).parameters.push(qp("content", { format: "binary" }));
});
T("JsonTypeIncorrect", "operation summary is number", (d) => {
  G(d).summary = 5;
});
T("JsonTypeIncorrect", "parameter required is string", (d) => {
  G(d).parameters.push(qp("filter", { required: "yes" }));
});
T("JsonTypeIncorrect", "root schemes is string", (d) => {
  d.schemes = "https";
});
T("JsonTypeIncorrect", "operation tags is string", (d) => {
  G(d).tags = "Items";
});
T("JsonTypeIncorrect", "apiProperties policyTemplateInstances parameters is string", (d, p) => {
  addPolicy(p);
  p.properties.policyTemplateInstances[0].parameters = "X-Version=1";
});
T("JsonTypeIncorrect", "apiProperties connectionParameters is array", (d, p) => {
  p.properties.connectionParameters = [];
});
T("JsonValueNotInEnum", "parameter in: cookie", (d) => {
  G(d).parameters.push(qp("session", { in: "cookie" }));
});
T("JsonValueNotInEnum", "x-ms-visibility hidden", (d) => {
  G(d).parameters.push(qp("filter", { "x-ms-visibility": "hidden" }));
});
T("JsonValueNotInEnum", "x-ms-trigger multiple", (d) => {
  addPolling(d);
  d.paths["/poll/items"].get["x-ms-trigger"] = "multiple";
});
T("JsonValueNotInEnum", "security definition type bearer", (d) => {
  d.securityDefinitions = { bearer: { type: "bearer" } };
});
T("JsonValueNotInEnum", "apiProperties connection parameter type password", (d, p) => {
  addApiKey(d, p);
  p.properties.connectionParameters.api_key.type = "password";
});
T("JsonValueNotInEnum", "apiProperties oauth redirectMode Local", (d, p) => {
  addOAuth(d, p);
  p.properties.connectionParameters.token.oAuthSettings.redirectMode = "Local";
});
T("MimeTypeNotValid", "consumes 'json'", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.consumes = ["json"];
});
T("MimeTypeNotValid", "produces 'application json'", (d) => {
  d.produces = ["application json"];
});
T("MimeTypeNotValid", "op produces 'application/'", (d) => {
  G(d).produces = ["application/"];
});
T("MissingEnumValuesDisplayName", "query x-ms-enum-values without displayName", (d) => {
  G(d).parameters.push(qp("sort", { enum: ["name", "size"], "x-ms-enum-values": [{ value: "name" }, { value: "size", displayName: "Size" }] }));
});
T("MissingEnumValuesDisplayName", "definition x-ms-enum-values without displayName", (d) => {
  d.definitions.Item.properties.status = prop("string", "status", { enum: ["open"], "x-ms-enum-values": [{ value: "open" }] });
});
T("MultipleOfMustBeGreaterThanZero", "query multipleOf 0", (d) => {
  G(d).parameters.push(qp("top", { type: "integer", multipleOf: 0 }));
});
T("MultipleOfMustBeGreaterThanZero", "definition multipleOf -5", (d) => {
  d.definitions.Item.properties.size.multipleOf = -5;
});
T("OneOfPropertiesRequired", "dynamic-values without operationId/builtInOperation", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folder", { "x-ms-dynamic-values": { "value-collection": "value", "value-path": "id", "value-title": "name" } }));
});
T("OneOfPropertiesRequired", "dynamic-schema without operationId", (d) => {
  addLookups(d);
  addCreate(d, { type: "object", "x-ms-dynamic-schema": { parameters: { folderId: { parameter: "folderId" } }, "value-path": "schema" } }, [
    qp("folderId", { required: true }),
  ]);
});
T("OneOfPropertiesRequired", "path item with no operations", (d) => {
  d.paths["/empty"] = {};
});
T("ProductionStatusOnBetaService", "Production connector on beta service (guess: annotation + beta)", (d) => {
  d.info["x-ms-api-annotation"] = { status: "Production" };
  d.info.version = "1.0-beta";
  d.host = "beta.api.contoso.com";
});
T("PropertyMustBeRequired", "internal query param with default, not required", (d) => {
  G(d).parameters.push(qp("format", { "x-ms-visibility": "internal", default: "json" }));
});
T("PropertyMustBeRequired", "internal nested body property with default, not required", (d) => {
  const s = itemBody();
  s.properties.meta = obj(
    { origin: prop("string", "origin", { "x-ms-visibility": "internal", default: "connector" }) },
    { "x-ms-summary": "Meta", description: "Metadata." },
  );
  addCreate(d, s);
});
T("PropertyMustBeRequired", "internal formData with default, optional", (d) => {
  d.paths["/uploads"] = {
    post: op("UploadItem", {
      consumes: ["multipart/form-data"],
      parameters: [fp("name", { required: true }), fp("mode", { "x-ms-visibility": "internal", default: "append" })],
    }),
  };
});
T("RequiredPropertyDefinitionMissing", "definition required lists undefined property", (d) => {
  d.definitions.Item.required = ["id", "owner"];
});
T("RequiredPropertyDefinitionMissing", "body schema required lists undefined property", (d) => {
  const s = itemBody();
  s.required = ["name", "title"];
  addCreate(d, s);
});
T("RequiredPropertyDefinitionMissing", "nested inline response schema required undefined", (d) => {
  G(d).responses["200"].schema = obj({ value: { type: "array", items: obj({ id: prop("string", "id") }, { required: ["key"] }) } });
});
T("RequiredPropertyMissing", "info.title missing", (d) => {
  delete d.info.title;
});
T("RequiredPropertyMissing", "paths missing", (d) => {
  delete d.paths;
});
T("RequiredPropertyMissing", "parameter missing 'in'", (d) => {
  const p = qp("filter");
  delete p.in;
  G(d).parameters.push(p);
});
T("RequiredPropertyMissing", "response missing description", (d) => {
  delete G(d).responses["200"].description;
});
T("RequiredPropertyMissing", "info.version missing", (d) => {
  delete d.info.version;
});
T("RequiredPropertyMissing", "apiProperties connection parameter missing type", (d, p) => {
  addApiKey(d, p);
  delete p.properties.connectionParameters.api_key.type;
});
T("RequiredPropertyMissing", "apiProperties policy template missing templateId", (d, p) => {
  addPolicy(p);
  delete p.properties.policyTemplateInstances[0].templateId;
});
T("RequiredPropertyNotOnObject", "string property with required", (d) => {
  d.definitions.Item.properties.name.required = ["x"];
});
T("RequiredPropertyNotOnObject", "array body schema with required", (d) => {
  addCreate(d, { type: "array", items: { $ref: "#/definitions/Item" }, required: ["name"] });
});
T("RequiredReadOnlyPropertyNotAllowedAsInput", "inline body property readOnly and required", (d) => {
  const s = itemBody();
  s.properties.id = prop("string", "id", { readOnly: true });
  s.required = ["name", "id"];
  addCreate(d, s);
});
T("RequiredReadOnlyPropertyNotAllowedAsInput", "$ref'd definition used as body has readOnly required id", (d) => {
  d.definitions.Item.properties.id.readOnly = true;
  d.definitions.Item.required = ["id"];
  addCreate(d, { $ref: "#/definitions/Item" });
});
T("RequiredReadOnlyPropertyNotAllowedAsInput", "nested body object readOnly required", (d) => {
  const s = itemBody();
  s.properties.owner = obj({ email: prop("string", "email", { readOnly: true }) }, { required: ["email"], "x-ms-summary": "Owner", description: "The owner." });
  addCreate(d, s);
});
T("SchemeNotValid", "schemes ftp", (d) => {
  d.schemes = ["ftp"];
});
T("SchemeNotValid", "operation schemes file", (d) => {
  G(d).schemes = ["file"];
});
T("SecuritySchemePropertyNotValid", "apiKey with flow", (d, p) => {
  addApiKey(d, p);
  d.securityDefinitions.api_key.flow = "implicit";
});
T("SecuritySchemePropertyNotValid", "basic with name", (d) => {
  d.securityDefinitions = { basic_auth: { type: "basic", name: "Authorization" } };
  d.security = [{ basic_auth: [] }];
});
T("SecuritySchemePropertyNotValid", "oauth2 with in", (d, p) => {
  addOAuth(d, p);
  d.securityDefinitions.oauth2_auth.in = "header";
});
T("SecuritySchemePropertyNotValid", "oauth2 implicit with tokenUrl", (d, p) => {
  addOAuth(d, p);
  d.securityDefinitions.oauth2_auth.flow = "implicit";
});
T("SecuritySchemePropertyRequired", "apiKey missing in", (d, p) => {
  addApiKey(d, p);
  delete d.securityDefinitions.api_key.in;
});
T("SecuritySchemePropertyRequired", "apiKey missing name", (d, p) => {
  addApiKey(d, p);
  delete d.securityDefinitions.api_key.name;
});
T("SecuritySchemePropertyRequired", "oauth2 missing flow", (d, p) => {
  addOAuth(d, p);
  delete d.securityDefinitions.oauth2_auth.flow;
});
T("SecuritySchemePropertyRequired", "oauth2 accessCode missing tokenUrl", (d, p) => {
  addOAuth(d, p);
  delete d.securityDefinitions.oauth2_auth.tokenUrl;
});
T("SecuritySchemePropertyRequired", "oauth2 missing scopes", (d, p) => {
  addOAuth(d, p);
  delete d.securityDefinitions.oauth2_auth.scopes;
  d.security = [{ oauth2_auth: [] }];
});
T("SpecificationVersionIncorrect", "swagger '3.0'", (d) => {
  d.swagger = "3.0";
});
T("SpecificationVersionIncorrect", "swagger number 2.0", (d) => {
  d.swagger = 2.0;
});
T("SpecificationVersionIncorrect", "swagger '2.0.0'", (d) => {
  d.swagger = "2.0.0";
});
T("TagRedefined", "tags Items twice", (d) => {
  d.tags = [{ name: "Items" }, { name: "Items" }];
});
T("TagRedefined", "tags same name different description", (d) => {
  d.tags = [
    { name: "Folders", description: "Folder ops" },
    { name: "Items", description: "Item ops" },
    { name: "Folders", description: "More folder ops" },
  ];
});
T(
  "TooManyConnectorCategories",
  "cert: 5 categories",
  (d) => {
    meta(d, "Categories").propertyValue = "Productivity;IT Operations;Collaboration;Communication;Data";
  },
  true,
);
T(
  "TooManyConnectorCategories",
  "cert: 3 categories",
  (d) => {
    meta(d, "Categories").propertyValue = "Productivity;IT Operations;Collaboration";
  },
  true,
);
T("UrlNotValid", "contact url not absolute", (d) => {
  d.info.contact = { name: "Contoso", url: "www.contoso.com/support", email: "support@contoso.com" };
});
T("UrlNotValid", "externalDocs url relative", (d) => {
  d.externalDocs = { description: "Docs", url: "docs/index.html" };
});
T("UrlNotValid", "license url not a url", (d) => {
  d.info.license = { name: "MIT", url: "mit license" };
});
T("UrlNotValid", "oauth2 authorizationUrl not absolute", (d, p) => {
  addOAuth(d, p);
  d.securityDefinitions.oauth2_auth.authorizationUrl = "/authorize";
});
T(
  "UrlNotValid",
  "cert: Website metadata not a url",
  (d) => {
    meta(d, "Website").propertyValue = "contoso";
  },
  true,
);
T("UrlNotValid", "operation externalDocs url invalid", (d) => {
  G(d).externalDocs = { url: "see wiki" };
});

// ============================ Response =====================================
T("BodyParameterSchemaRequired", "op body param without schema", (d) => {
  addCreate(d, itemBody());
  delete d.paths["/items"].post.parameters[0].schema;
});
T("BodyParameterSchemaRequired", "path-level body param without schema", (d) => {
  const b = body({});
  delete b.schema;
  d.paths["/uploads"] = { parameters: [b], post: op("UploadItem", { consumes: ["application/json"] }) };
});
T("BodySchemaCountExceedsMaxAllowed", "body schema with 3000 properties", (d) => {
  const a: Any = {};
  for (let i = 0; i < 3000; i++) a[`p${i}`] = prop("string", `p${i}`);
  addCreate(d, obj(a));
});
T("BodySchemaCountExceedsMaxAllowed", "body schema 60x60 nested objects", (d) => {
  const a: Any = {};
  for (let i = 0; i < 60; i++) {
    const inner: Any = {};
    for (let j = 0; j < 60; j++) inner[`q${j}`] = prop("string", `q${j}`);
    a[`g${i}`] = obj(inner, { "x-ms-summary": `Group ${i}`, description: "A group." });
  }
  addCreate(d, obj(a));
});
T("DefaultResponseHasSchema", "default response with schema", (d) => {
  G(d).responses.default = { description: "Error", schema: obj({ message: prop("string", "message") }) };
});
T("DefaultResponseHasSchema", "POST default response with $ref schema", (d) => {
  addCreate(d, itemBody());
  d.definitions.Error = obj({ code: prop("string", "code") });
  d.paths["/items"].post.responses.default = { description: "Error", schema: { $ref: "#/definitions/Error" } };
});
T("InvalidCustomEditorExtensionDictionaryValue", "x-ms-editor dictionary on string", (d) => {
  const s = itemBody();
  s.properties.labels = prop("string", "labels", { "x-ms-editor": "dictionary" });
  addCreate(d, s);
});
T("InvalidCustomEditorExtensionDictionaryValue", "x-ms-editor dictionary on object additionalProperties false", (d) => {
  const s = itemBody();
  s.properties.labels = obj({}, { additionalProperties: false, "x-ms-editor": "dictionary", "x-ms-summary": "Labels", description: "Labels." });
  addCreate(d, s);
});
T("InvalidCustomEditorExtensionDictionaryValue", "x-ms-editor dictionary on array", (d) => {
  const s = itemBody();
  s.properties.labels = prop("array", "labels", { items: { type: "string" }, "x-ms-editor": "dictionary" });
  addCreate(d, s);
});
T("JsonPointerNotValid", "$ref with bad ~2 escape", (d) => {
  G(d).responses["200"].schema = { $ref: "#/definitions/Item~2" };
});
T("JsonPointerNotValid", "$ref with bad percent escape", (d) => {
  G(d).responses["200"].schema = { $ref: "#/definitions/It%ZZem" };
});
T("NonBodyParameterSchemaNotValid", "query param with schema", (d) => {
  G(d).parameters.push(qp("filter", { schema: { type: "string" } }));
});
T("NonBodyParameterSchemaNotValid", "header param with schema", (d) => {
  G(d).parameters.push(hp("X-Filter", { schema: { $ref: "#/definitions/Item" } }));
});
T("NonBodyParameterSchemaNotValid", "formData param with schema", (d) => {
  d.paths["/uploads"] = { post: op("UploadItem", { consumes: ["multipart/form-data"], parameters: [fp("meta", { schema: { type: "object" } })] }) };
});
T("RequiredLoopInSchemaNotAllowed", "A requires B requires A", (d) => {
  d.definitions.A = obj({ b: { $ref: "#/definitions/B" } }, { required: ["b"] });
  d.definitions.B = obj({ a: { $ref: "#/definitions/A" } }, { required: ["a"] });
  G(d).responses["200"].schema = { $ref: "#/definitions/A" };
});
T("RequiredLoopInSchemaNotAllowed", "self-required recursion", (d) => {
  d.definitions.Node = obj({ name: prop("string", "name"), parent: { $ref: "#/definitions/Node" } }, { required: ["parent"] });
  G(d).responses["200"].schema = { $ref: "#/definitions/Node" };
});
T("ResponseExampleMustBeProducedByOperation", "example application/xml, produces json", (d) => {
  G(d).responses["200"].examples = { "application/xml": "<items/>" };
});
T("ResponseExampleMustBeProducedByOperation", "POST example text/plain, op produces json", (d) => {
  addCreate(d, itemBody());
  d.paths["/items"].post.produces = ["application/json"];
  d.paths["/items"].post.responses["200"].examples = { "text/plain": "created" };
});
T("ResponseHeadersAreNotUnique", "headers differing only by case", (d) => {
  G(d).responses["200"].headers = { "X-Total": { type: "integer", description: "Total." }, "x-total": { type: "integer", description: "Total again." } };
});
T("ResponseHeadersAreNotUnique", "webhook 201 Location and location", (d) => {
  addWebhook(d);
  WH(d).responses["201"].headers.location = { type: "string", description: "Dup." };
});
T("ResponseMustBeDefaultOrHttpStatusCode", "response key 2XX", (d) => {
  G(d).responses["2XX"] = { description: "Success" };
});
T("ResponseMustBeDefaultOrHttpStatusCode", "response key 'success'", (d) => {
  G(d).responses.success = { description: "Success" };
});
T("ResponseMustBeDefaultOrHttpStatusCode", "response key 600", (d) => {
  G(d).responses["600"] = { description: "Weird" };
});
T("ResponseMustBeDefaultOrHttpStatusCode", "response key 'Default' capitalised", (d) => {
  G(d).responses.Default = { description: "Error" };
});
T("ResponseReferenceNotFound", "response $ref missing", (d) => {
  G(d).responses["404"] = { $ref: "#/responses/NotFound" };
});
T("ResponseReferenceNotFound", "response $ref missing with other responses defined", (d) => {
  d.responses = { Ok: { description: "OK", schema: { $ref: "#/definitions/Item" } } };
  G(d).responses["200"] = { $ref: "#/responses/Okay" };
});
T("ResponseReferenceNotValid", "response $ref into #/definitions", (d) => {
  G(d).responses["404"] = { $ref: "#/definitions/Item" };
});
T("ResponseReferenceNotValid", "response $ref external", (d) => {
  G(d).responses["404"] = { $ref: "errors.json#/responses/NotFound" };
});
T("SchemaDefinitionSetIncorrectly", "polling trigger 200 without schema", (d) => {
  addPolling(d, { responses: { "200": { description: "OK" } } });
});
T("SchemaDefinitionSetIncorrectly", "webhook notification content without schema", (d) => {
  addWebhook(d);
  WH(d)["x-ms-notification-content"] = { description: "The created item." };
});
T("SchemaDefinitionSetIncorrectly", "action schema only on 202", (d) => {
  G(d).responses = { "202": { description: "Accepted", schema: { $ref: "#/definitions/ItemList" } } };
});
T("SchemaReferenceNotFound", "response schema $ref missing", (d) => {
  G(d).responses["200"].schema = { $ref: "#/definitions/Missing" };
});
T("SchemaReferenceNotFound", "body schema $ref missing", (d) => {
  addCreate(d, { $ref: "#/definitions/NewItem" });
});
T("SchemaReferenceNotFound", "array items $ref missing in definition", (d) => {
  d.definitions.ItemList.properties.value.items = { $ref: "#/definitions/Itemz" };
});
T("SchemaReferenceNotFound", "notification-content schema $ref missing", (d) => {
  addWebhook(d);
  WH(d)["x-ms-notification-content"].schema = { $ref: "#/definitions/Event" };
});
T("SchemaReferenceNotValid", "schema $ref into #/parameters", (d) => {
  d.parameters = { Top: qp("top", { type: "integer" }) };
  G(d).responses["200"].schema = { $ref: "#/parameters/Top" };
});
T("SchemaReferenceNotValid", "schema $ref bare name", (d) => {
  G(d).responses["200"].schema = { $ref: "Item" };
});
T("SchemaReferenceNotValid", "schema $ref typo #/definition/", (d) => {
  d.definitions.ItemList.properties.value.items = { $ref: "#/definition/Item" };
});
T("SchemaReferenceNotValid", "schema $ref external http URL", (d) => {
  addCreate(d, { $ref: "https://schemas.contoso.com/item.json" });
});
T("SchemaRefLoopNotAllowed", "definition alias to another", (d) => {
  d.definitions.Thing = { $ref: "#/definitions/Item" };
  G(d).responses["200"].schema = { $ref: "#/definitions/Thing" };
});
T("SchemaRefLoopNotAllowed", "definitions A -> B -> A", (d) => {
  d.definitions.A = { $ref: "#/definitions/B" };
  d.definitions.B = { $ref: "#/definitions/A" };
  G(d).responses["200"].schema = { $ref: "#/definitions/A" };
});
T("SchemaTooDeep", "inline response schema nested 60 levels", (d) => {
  let s: Any = prop("string", "leaf");
  for (let i = 0; i < 60; i++) s = obj({ child: s }, { "x-ms-summary": `Level ${i}`, description: "A level." });
  G(d).responses["200"].schema = s;
});
T("SchemaTooDeep", "$ref chain of 60 definitions", (d) => {
  for (let i = 0; i < 60; i++) d.definitions[`L${i}`] = obj({ next: { $ref: `#/definitions/L${i + 1}` } });
  d.definitions.L60 = obj({ leaf: prop("string", "leaf") });
  G(d).responses["200"].schema = { $ref: "#/definitions/L0" };
});
T("SchemaTooDeep", "body nested arrays of objects 40 levels", (d) => {
  let s: Any = prop("string", "leaf");
  for (let i = 0; i < 40; i++) s = { type: "array", items: obj({ x: s }) };
  addCreate(d, obj({ root: s }));
});
T("SchemaTypeFileNotValid", "response nested property type file", (d) => {
  d.definitions.Item.properties.content = prop("file", "content");
});
T("SchemaTypeFileNotValid", "body schema type file", (d) => {
  addCreate(d, { type: "file" });
});
T("SchemaTypeFileNotValid", "array items of type file in response", (d) => {
  G(d).responses["200"].schema = { type: "array", items: { type: "file" } };
});
T("SchemeNotSupported", "schemes wss", (d) => {
  d.schemes = ["wss"];
});
T("SchemeNotSupported", "schemes https + ws", (d) => {
  d.schemes = ["https", "ws"];
});
T("SchemeNotSupported", "operation schemes ws", (d) => {
  G(d).schemes = ["ws"];
});
T("TotalSchemaCountExceedsMaxAllowed", "1000 definitions x 30 properties", (d) => {
  for (let i = 0; i < 1000; i++) {
    const a: Any = {};
    for (let j = 0; j < 30; j++) a[`p${j}`] = { type: "string" };
    d.definitions[`D${i}`] = obj(a);
  }
});
T("TotalSchemaCountExceedsMaxAllowed", "200 operations each with 200-property response", (d) => {
  for (let i = 0; i < 200; i++) {
    const a: Any = {};
    for (let j = 0; j < 200; j++) a[`p${j}`] = { type: "string" };
    d.paths[`/res${i}`] = { get: op(`GetRes${i}`, { responses: { "200": { description: "OK", schema: obj(a) } } }) };
  }
});

// ============================ Security =====================================
T("OAuthSecurityRequirementValueMustBeScopeName", "root security scope not defined", (d, p) => {
  addOAuth(d, p);
  d.security = [{ oauth2_auth: ["items.write"] }];
});
T("OAuthSecurityRequirementValueMustBeScopeName", "operation security scope not defined", (d, p) => {
  addOAuth(d, p);
  G(d).security = [{ oauth2_auth: ["items.read", "admin"] }];
});
T("SecurityRequirementMustBeDefined", "root security names undefined scheme", (d) => {
  d.security = [{ api_key: [] }];
});
T("SecurityRequirementMustBeDefined", "operation security names undefined scheme", (d, p) => {
  addApiKey(d, p);
  G(d).security = [{ apiKey: [] }];
});
T("SecurityRequirementMustHaveEmptyValue", "apiKey requirement with scopes", (d, p) => {
  addApiKey(d, p);
  d.security = [{ api_key: ["read"] }];
});
T("SecurityRequirementMustHaveEmptyValue", "basic requirement with scopes at operation", (d) => {
  d.securityDefinitions = { basic_auth: { type: "basic" } };
  d.security = [{ basic_auth: [] }];
  G(d).security = [{ basic_auth: ["all"] }];
});
T("SecurityRequirementMustHaveValue", "oauth requirement null", (d, p) => {
  addOAuth(d, p);
  d.security = [{ oauth2_auth: null }];
});
T("SecurityRequirementMustHaveValue", "apiKey requirement null at operation", (d, p) => {
  addApiKey(d, p);
  G(d).security = [{ api_key: null }];
});

// ============================ Webhooks =====================================
T("NotificationUrlNotAllowedInThisPosition", "notification-url on query param", (d) => {
  addWebhook(d);
  WH(d).parameters = [qp("callback", { required: true, "x-ms-notification-url": true, "x-ms-visibility": "internal" })];
  delete WH(d).consumes;
});
T("NotificationUrlNotAllowedInThisPosition", "notification-url on header param", (d) => {
  addWebhook(d);
  WH(d).parameters.push(hp("X-Callback", { required: true, "x-ms-notification-url": true, "x-ms-visibility": "internal" }));
});
T("NotificationUrlNotAllowedInThisPosition", "notification-url in response schema", (d) => {
  d.definitions.Item.properties.hook = prop("string", "hook", { "x-ms-notification-url": true, "x-ms-visibility": "internal" });
});
T("NotificationUrlNotAllowedInThisPosition", "notification-url in notification content schema", (d) => {
  addWebhook(d);
  WH(d)["x-ms-notification-content"].schema = obj({ url: prop("string", "url", { "x-ms-notification-url": true }) });
});
T("NotificationUrlNotInternal", "callbackUrl without visibility", (d) => {
  addWebhook(d);
  delete WHCB(d)["x-ms-visibility"];
});
T("NotificationUrlNotInternal", "callbackUrl visibility important, parent not internal", (d) => {
  addWebhook(d);
  WHCB(d)["x-ms-visibility"] = "important";
});
T("NotificationUrlNotRequired", "callbackUrl not in required", (d) => {
  addWebhook(d);
  delete WH(d).parameters[0].schema.required;
});
T("NotificationUrlNotRequired", "body parameter required:false", (d) => {
  addWebhook(d);
  WH(d).parameters[0].required = false;
});
T("NotificationUrlNotRequired", "nested parent object not required", (d) => {
  addWebhook(d);
  WH(d).parameters[0].schema = obj({
    subscription: obj(
      { callbackUrl: prop("string", "callbackUrl", { "x-ms-notification-url": true, "x-ms-visibility": "internal" }) },
      { required: ["callbackUrl"], "x-ms-summary": "Subscription", description: "Sub." },
    ),
  });
});
T("NotificationUrlNotString", "callbackUrl integer", (d) => {
  addWebhook(d);
  WHCB(d).type = "integer";
});
T("NotificationUrlNotString", "callbackUrl object", (d) => {
  addWebhook(d);
  WHCB(d).type = "object";
});

// ============================ Metadata =====================================
T("AllowEmptyValueOnlyValidForQueryFormData", "header allowEmptyValue", (d) => {
  G(d).parameters.push(hp("X-Tag", { allowEmptyValue: true }));
});
T("AllowEmptyValueOnlyValidForQueryFormData", "path allowEmptyValue", (d) => {
  d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [pp("id", { allowEmptyValue: true })] }) };
});
T("DiscriminatorMustBeARequiredStringProperty", "discriminator not required", (d) => {
  d.definitions.Item.properties.kind = prop("string", "kind");
  d.definitions.Item.discriminator = "kind";
});
T("DiscriminatorMustBeARequiredStringProperty", "discriminator integer property", (d) => {
  d.definitions.Item.discriminator = "size";
  d.definitions.Item.required = ["size"];
});
T("DiscriminatorMustBeARequiredStringProperty", "discriminator names missing property", (d) => {
  d.definitions.Item.discriminator = "type";
});
T("ExclusiveMaximumRequiresMaximum", "query param exclusiveMaximum without maximum", (d) => {
  G(d).parameters.push(qp("top", { type: "integer", exclusiveMaximum: true }));
});
T("ExclusiveMaximumRequiresMaximum", "schema exclusiveMaximum without maximum", (d) => {
  d.definitions.Item.properties.size.exclusiveMaximum = true;
});
T("ExclusiveMinimumRequiresMinimum", "query param exclusiveMinimum without minimum", (d) => {
  G(d).parameters.push(qp("top", { type: "integer", exclusiveMinimum: true }));
});
T("ExclusiveMinimumRequiresMinimum", "schema exclusiveMinimum without minimum", (d) => {
  d.definitions.Item.properties.size.exclusiveMinimum = true;
});
T(
  "FieldLengthExceeded",
  "cert: title 45 chars",
  (d) => {
    d.info.title = "Contoso Enterprise Item Management Suite Plus";
  },
  true,
);
T(
  "FieldLengthExceeded",
  "cert: description 1200 chars",
  (d) => {
    d.info.description = "Contoso Items lets you manage items. ".repeat(33).trim();
  },
  true,
);
T("FieldLengthExceeded", "title 200 chars (non-cert)", (d) => {
  d.info.title = "Contoso Items " + "x".repeat(186);
});
T(
  "FieldLengthNotInRange",
  "cert: description 6 chars",
  (d) => {
    d.info.description = "Items.";
  },
  true,
);
T(
  "FieldLengthNotInRange",
  "cert: description 20 chars",
  (d) => {
    d.info.description = "Manage Contoso items";
  },
  true,
);
T("MaxItemsMustBeGreaterThanOrEqualToZero", "query maxItems -1", (d) => {
  G(d).parameters.push(qp("ids", { type: "array", items: { type: "string" }, maxItems: -1 }));
});
T("MaxItemsMustBeGreaterThanOrEqualToZero", "schema maxItems -3", (d) => {
  d.definitions.ItemList.properties.value.maxItems = -3;
});
T("MaxLengthMustBeGreaterThanOrEqualToZero", "query maxLength -1", (d) => {
  G(d).parameters.push(qp("filter", { maxLength: -1 }));
});
T("MaxLengthMustBeGreaterThanOrEqualToZero", "schema maxLength -10", (d) => {
  d.definitions.Item.properties.name.maxLength = -10;
});
T("MaxPropertiesMustBeGreaterThanOrEqualToZero", "definition maxProperties -1", (d) => {
  d.definitions.Item.maxProperties = -1;
});
T("MaxPropertiesMustBeGreaterThanOrEqualToZero", "body schema maxProperties -2", (d) => {
  const s = itemBody();
  s.maxProperties = -2;
  addCreate(d, s);
});
T("MinimumShouldBeLessThanOrEqualToMaximum", "query minimum 10 maximum 1", (d) => {
  G(d).parameters.push(qp("top", { type: "integer", minimum: 10, maximum: 1 }));
});
T("MinimumShouldBeLessThanOrEqualToMaximum", "schema minimum 5 maximum 0", (d) => {
  d.definitions.Item.properties.size.minimum = 5;
  d.definitions.Item.properties.size.maximum = 0;
});
T("MinItemsMustBeGreaterThanOrEqualToZero", "query minItems -1", (d) => {
  G(d).parameters.push(qp("ids", { type: "array", items: { type: "string" }, minItems: -1 }));
});
T("MinItemsMustBeGreaterThanOrEqualToZero", "schema minItems -2", (d) => {
  d.definitions.ItemList.properties.value.minItems = -2;
});
T("MinItemsShouldBeLessThanOrEqualToMaxItems", "query minItems 5 maxItems 2", (d) => {
  G(d).parameters.push(qp("ids", { type: "array", items: { type: "string" }, minItems: 5, maxItems: 2 }));
});
T("MinItemsShouldBeLessThanOrEqualToMaxItems", "schema minItems 3 maxItems 1", (d) => {
  d.definitions.ItemList.properties.value.minItems = 3;
  d.definitions.ItemList.properties.value.maxItems = 1;
});
T("MinLengthMustBeGreaterThanOrEqualToZero", "query minLength -1", (d) => {
  G(d).parameters.push(qp("filter", { minLength: -1 }));
});
T("MinLengthMustBeGreaterThanOrEqualToZero", "schema minLength -4", (d) => {
  d.definitions.Item.properties.name.minLength = -4;
});
T("MinLengthShouldBeLessThanOrEqualToMaxLength", "query minLength 10 maxLength 2", (d) => {
  G(d).parameters.push(qp("filter", { minLength: 10, maxLength: 2 }));
});
T("MinLengthShouldBeLessThanOrEqualToMaxLength", "schema minLength 8 maxLength 4", (d) => {
  d.definitions.Item.properties.name.minLength = 8;
  d.definitions.Item.properties.name.maxLength = 4;
});
T("MinPropertiesMustBeGreaterThanOrEqualToZero", "definition minProperties -1", (d) => {
  d.definitions.Item.minProperties = -1;
});
T("MinPropertiesMustBeGreaterThanOrEqualToZero", "body minProperties -1", (d) => {
  const s = itemBody();
  s.minProperties = -1;
  addCreate(d, s);
});
T("PatternShouldBeValidRegularExpression", "query pattern '[a-z'", (d) => {
  G(d).parameters.push(qp("filter", { pattern: "[a-z" }));
});
T("PatternShouldBeValidRegularExpression", "schema pattern '(abc'", (d) => {
  d.definitions.Item.properties.name.pattern = "(abc";
});
T("PatternShouldBeValidRegularExpression", "header pattern '*abc'", (d) => {
  G(d).parameters.push(hp("X-Code", { pattern: "*abc" }));
});
T("RequiredValueEmpty", "info.title empty", (d) => {
  d.info.title = "";
});
T("RequiredValueEmpty", "operationId empty", (d) => {
  G(d).operationId = "";
});
T("RequiredValueEmpty", "parameter name empty", (d) => {
  G(d).parameters.push(qp(""));
});
T("RequiredValueEmpty", "apiProperties policy templateId empty", (d, p) => {
  addPolicy(p);
  p.properties.policyTemplateInstances[0].templateId = "";
});
T(
  "RequiredValueEmpty",
  "cert: apiProperties publisher empty",
  (d, p) => {
    p.properties.publisher = "";
  },
  true,
);
T(
  "ValueContainsRestrictedWords",
  "cert: title contains API",
  (d) => {
    d.info.title = "Contoso Items API";
  },
  true,
);
T(
  "ValueContainsRestrictedWords",
  "cert: title contains Connector",
  (d) => {
    d.info.title = "Contoso Connector";
  },
  true,
);
T(
  "ValueContainsRestrictedWords",
  "cert: title contains Power Automate",
  (d) => {
    d.info.title = "Contoso for Power Automate";
  },
  true,
);
T(
  "ValueMustBeInEnglish",
  "cert: title in Cyrillic",
  (d) => {
    d.info.title = "Элементы Контосо";
  },
  true,
);
T(
  "ValueMustBeInEnglish",
  "cert: description in Chinese",
  (d) => {
    d.info.description = "Contoso 项目可让您列出和管理存储在您的 Contoso 帐户中的项目以及相关的文件夹和设置。";
  },
  true,
);
T(
  "ValueMustEndWithAlphanumeric",
  "cert: title ends with '!'",
  (d) => {
    d.info.title = "Contoso Items!";
  },
  true,
);
T(
  "ValueMustEndWithAlphanumeric",
  "cert: title ends with '.'",
  (d) => {
    d.info.title = "Contoso Items.";
  },
  true,
);

// ============================ Controls =====================================
C("BASE (non-cert)", () => {});
C("BASE (cert)", () => {}, true);
C("webhook trigger with delete op", (d) => {
  addWebhook(d);
});
C("dynamic values on query param", (d) => {
  addLookups(d);
  G(d).parameters.push(qp("folderId", { "x-ms-dynamic-values": dv() }));
});
C("dynamic schema + dynamic properties on body", (d) => {
  addLookups(d);
  addCreate(d, { type: "object", "x-ms-dynamic-schema": ds(), "x-ms-dynamic-properties": dp() }, [
    qp("folderId", { required: true, "x-ms-dynamic-values": dv() }),
  ]);
});
C("pagination nextLink", (d) => {
  G(d)["x-ms-pageable"] = { nextLinkName: "nextLink" };
  d.definitions.ItemList.properties.nextLink = prop("string", "nextLink");
});
C("polling trigger", (d) => {
  addPolling(d);
});
C("API key security", (d, p) => {
  addApiKey(d, p);
});
C("OAuth2 security", (d, p) => {
  addOAuth(d, p);
});
C("multipart upload with file", (d) => {
  d.paths["/uploads"] = {
    post: op("UploadItem", { consumes: ["multipart/form-data"], parameters: [fp("name", { required: true }), fp("file", { type: "file", required: true })] }),
  };
});
C("enum with x-ms-enum-values", (d) => {
  G(d).parameters.push(
    qp("sort", {
      enum: ["name", "size"],
      "x-ms-enum-values": [
        { value: "name", displayName: "Name" },
        { value: "size", displayName: "Size" },
      ],
    }),
  );
});
C("operation family: deprecated v1 replaced by v2", (d) => {
  addFamily(d, [
    [
      "ListItems",
      { deprecated: true, "x-ms-api-annotation": { family: "ListItems", revision: 1, replacement: { api: "ContosoItems", operationId: "ListItemsV2" } } },
    ],
    ["ListItemsV2", { "x-ms-api-annotation": { family: "ListItems", revision: 2 } }],
  ]);
});
C("dynamic tree + dynamic list", (d) => {
  addLookups(d);
  G(d).parameters.push(
    qp("folder", { "x-ms-dynamic-tree": dtree() }),
    qp("tag", { "x-ms-dynamic-list": dl({ parameters: { parentId: { parameterReference: "folder" } } }) }),
  );
});
C("policy template + path param item GET", (d, p) => {
  addPolicy(p);
  d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [pp("id")] }) };
});

// ---------------------------------------------------------------------------
let n = 0,
  caught = 0;
const controlReports: string[] = [];
for (const c of cases) {
  const d = BASE();
  const p = PROPS();
  if (c.cert) certify(d, p);
  c.build(d, p);
  let findings: Any[] = [];
  let threw = "";
  try {
    const r = validateConnector({ definition: Buffer.from(JSON.stringify(d)), apiProperties: Buffer.from(JSON.stringify(p)), certification: !!c.cert } as Any);
    findings = (r as Any).findings ?? [];
  } catch (e: Any) {
    threw = "THREW: " + String(e?.message ?? e).slice(0, 200);
  }
  if (c.control) {
    const all = findings.map((f) => `${f.code}(${f.severity})`);
    const errs = findings.filter((f) => f.severity === "error");
    controlReports.push(`CONTROL | ${c.label} | errors=${errs.length} | ${[...new Set(all)].join(",") || "none"}${threw ? " | " + threw : ""}`);
    continue;
  }
  n++;
  const mine = findings.filter((f) => f.code === c.code);
  const hit = mine.length > 0;
  if (hit) caught++;
  const sev = [...new Set(mine.map((f) => f.severity))].join(",") || "-";
  const others = [...new Set(findings.filter((f) => f.code !== c.code).map((f) => `${f.code}(${f.severity})`))].join(",") || "-";
  console.log(`${hit ? "HIT" : "MISS"} | ${c.code} | ${c.label}${c.cert ? " [cert]" : ""} | ${sev} | ${others}${threw ? " | " + threw : ""}`);
}
for (const l of controlReports) console.log(l);
console.log(`cases=${n} caught=${caught}`);
