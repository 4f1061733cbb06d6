// Documented refusals, re-created from Microsoft's "Fix Swagger Validator errors" page alone: one or two minimal
// mutations of a valid connector per published code, written by an outside reader before reading any rule (3 Dec
// 2026), then run through validateConnector. Prints, per case, whether the expected code fired and with which
// severity, and the totals ("cases=209 caught=..."). A measure of agreement with the page, not a test: some
// misses are deliberate readings (definitions README, "Read against the page by an outside reader").
// Run: npm run bench:refusals -w @connector-hub/definitions   (SHOW="<case label>" dumps one case's findings)
/* eslint-disable @typescript-eslint/no-explicit-any -- each case edits the definition as free-form JSON */
import { validateConnector } from "../src/index.ts";
type J = any;
const clone = (x: J) => JSON.parse(JSON.stringify(x));

const BASE: J = {
  swagger: "2.0",
  info: { title: "Contoso Items", version: "1.0", description: "Lists the items stored in a Contoso workspace so flows can read them." },
  host: "api.contoso.com",
  basePath: "/",
  schemes: ["https"],
  consumes: ["application/json"],
  produces: ["application/json"],
  paths: {
    "/items": {
      get: {
        operationId: "ListItems",
        summary: "List items",
        description: "Returns all the items in the workspace.",
        parameters: [],
        responses: { "200": { description: "OK", schema: { $ref: "#/definitions/ItemList" } } },
      },
    },
  },
  definitions: {
    Item: {
      type: "object",
      properties: {
        id: { type: "string", description: "The item id.", "x-ms-summary": "Item ID" },
        name: { type: "string", description: "The item name.", "x-ms-summary": "Name" },
      },
    },
    ItemList: { type: "object", properties: { value: { type: "array", items: { $ref: "#/definitions/Item" } } } },
  },
};
const PROPS: J = { properties: { connectionParameters: {}, iconBrandColor: "#0f6cbd", capabilities: [] } };

// certification-ready additions
function certify(d: J, p: J) {
  d.info.contact = { name: "Contoso", url: "https://contoso.com/support", email: "support@contoso.com" };
  d["x-ms-connector-metadata"] = [
    { propertyName: "Website", propertyValue: "https://contoso.com" },
    { propertyName: "Privacy policy", propertyValue: "https://contoso.com/privacy" },
    { propertyName: "Categories", propertyValue: "Productivity;Data" },
  ];
  p.properties.publisher = "Contoso";
  p.properties.stackOwner = "Contoso";
}

const getOp = (d: J) => d.paths["/items"].get;
const q = (name: string, extra: J = {}) => ({
  name,
  in: "query",
  type: "string",
  required: false,
  description: `The ${name}.`,
  "x-ms-summary": name,
  ...extra,
});
const addParam = (d: J, prm: J) => getOp(d).parameters.push(prm);
const op = (id: string, extra: J = {}) => ({
  operationId: id,
  summary: `Do ${id}`,
  description: `Performs ${id} on the service.`,
  parameters: [],
  responses: { "200": { description: "OK", schema: { $ref: "#/definitions/Item" } } },
  ...extra,
});
const post = (id: string, schema: J, extra: J = {}) => op(id, { parameters: [{ name: "body", in: "body", required: true, schema }], ...extra });
const objSchema = (props: J, extra: J = {}) => ({ type: "object", properties: props, ...extra });
const pathParam = (name: string, extra: J = {}) => ({
  name,
  in: "path",
  required: true,
  type: "string",
  "x-ms-url-encoding": "single",
  description: `The ${name}.`,
  "x-ms-summary": name,
  ...extra,
});

function addWebhook(d: J) {
  d.paths["/hooks"] = {
    post: {
      operationId: "OnItemCreated",
      summary: "When an item is created",
      description: "Fires when a new item is created.",
      "x-ms-trigger": "single",
      parameters: [
        {
          name: "body",
          in: "body",
          required: true,
          schema: objSchema(
            { callbackUrl: { type: "string", description: "Callback", "x-ms-notification-url": true, "x-ms-visibility": "internal" } },
            { required: ["callbackUrl"] },
          ),
        },
      ],
      responses: { "201": { description: "Created" } },
    },
    "x-ms-notification-content": { description: "The new item", schema: { $ref: "#/definitions/Item" } },
  };
  d.paths["/hooks/{hookId}"] = {
    delete: {
      operationId: "DeleteHook",
      summary: "Delete a hook",
      description: "Deletes the webhook subscription.",
      "x-ms-visibility": "internal",
      parameters: [pathParam("hookId")],
      responses: { "200": { description: "OK" } },
    },
  };
  return d.paths["/hooks"].post;
}
function addLists(d: J) {
  d.paths["/lists"] = {
    get: op("ListLists", { "x-ms-visibility": "internal", responses: { "200": { description: "OK", schema: { $ref: "#/definitions/ItemList" } } } }),
  };
  return d.paths["/lists"].get;
}
function addDynamic(d: J, dv: J = {}) {
  addLists(d);
  const prm = q("listId", {
    "x-ms-dynamic-values": { operationId: "ListLists", "value-collection": "value", "value-path": "id", "value-title": "name", ...dv },
  });
  addParam(d, prm);
  return prm;
}

interface Case {
  code: string;
  label: string;
  cert?: boolean;
  m: (d: J, p: J) => void;
}
const C: Case[] = [];
const add = (code: string, label: string, m: (d: J, p: J) => void, cert = false) => C.push({ code, label, m, cert });

function run(d: J, p: J, cert: boolean) {
  return validateConnector({ definition: Buffer.from(JSON.stringify(d)), apiProperties: Buffer.from(JSON.stringify(p)), certification: cert });
}

// ---------------- cases (file continues) ----------------
// Controls (should be error-free)
add("CONTROL", "webhook", (d) => {
  addWebhook(d);
});
add("CONTROL", "dynamic values", (d) => {
  addDynamic(d);
});
add("CONTROL", "family v1/v2", (d) => {
  getOp(d)["x-ms-api-annotation"] = { family: "ListItems", revision: 1 };
  getOp(d).deprecated = true;
  d.paths["/v2/items"] = { get: op("ListItemsV2", { "x-ms-api-annotation": { family: "ListItems", revision: 2 } }) };
});

// ---- Operations
add("ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations", "replacement on non-deprecated", (d) => {
  d.paths["/v2/items"] = { get: op("ListItemsV2") };
  getOp(d)["x-ms-api-annotation"] = { replacement: { api: "contoso", operationId: "ListItemsV2" } };
});
add("ApiAnnotationExtensionReplacementInfoMissingApiProperty", "replacement w/o api", (d) => {
  d.paths["/v2/items"] = { get: op("ListItemsV2") };
  getOp(d).deprecated = true;
  getOp(d)["x-ms-api-annotation"] = { replacement: { operationId: "ListItemsV2" } };
});
add("ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty", "replacement w/o operationId", (d) => {
  getOp(d).deprecated = true;
  getOp(d)["x-ms-api-annotation"] = { replacement: { api: "contoso" } };
});
add("ArrayDuplicateValue", "enum duplicates", (d) => {
  addParam(d, q("sort", { enum: ["asc", "asc"] }));
});
add("ArrayDuplicateValue", "schemes duplicates", (d) => {
  d.schemes = ["https", "https"];
});
add("BodyOrFormDataParameterInFetchOperationNotAllowed", "GET with body", (d) => {
  addParam(d, { name: "body", in: "body", schema: { $ref: "#/definitions/Item" } });
});
add("BodyOrFormDataParameterInFetchOperationNotAllowed", "GET with formData", (d) => {
  getOp(d).consumes = ["application/x-www-form-urlencoded"];
  addParam(d, { name: "f", in: "formData", type: "string" });
});
add("ConnectionIdParameterNotAllowed", "query connectionId", (d) => {
  addParam(d, q("connectionId"));
});
add("ConsumesMissing", "POST body, no consumes anywhere", (d) => {
  delete d.consumes;
  d.paths["/items"].post = post("CreateItem", { $ref: "#/definitions/Item" });
});
add("DuplicateEnumValuesInExtension", "x-ms-enum-values duplicate value", (d) => {
  addParam(
    d,
    q("sort", {
      enum: ["asc", "desc"],
      "x-ms-enum-values": [
        { value: "asc", displayName: "Ascending" },
        { value: "asc", displayName: "Up" },
      ],
    }),
  );
});
add("DuplicateOperationPath", "/items/{id} & /items/{key}", (d) => {
  d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [pathParam("id")] }) };
  d.paths["/items/{key}"] = { delete: op("DeleteItem", { parameters: [pathParam("key")] }) };
});
add("DynamicExtensionDefinitionNotAllowedInParameter", "x-ms-dynamic-schema on body param", (d) => {
  addLists(d);
  d.paths["/items"].post = op("CreateItem", {
    parameters: [
      {
        name: "body",
        in: "body",
        required: true,
        schema: { type: "object" },
        "x-ms-dynamic-schema": { operationId: "ListLists", parameters: {}, "value-path": "schema" },
      },
    ],
  });
});
add("DynamicListExtensionRequiredForAmbiguousReferences", "dyn-values param ref matches param & body prop", (d) => {
  addLists(d);
  d.paths["/lists"].get.parameters = [q("id")];
  d.paths["/items"].post = op("CreateItem", {
    parameters: [
      q("id"),
      {
        name: "body",
        in: "body",
        required: true,
        schema: objSchema({
          id: { type: "string" },
          list: {
            type: "string",
            "x-ms-dynamic-values": {
              operationId: "ListLists",
              "value-collection": "value",
              "value-path": "id",
              "value-title": "name",
              parameters: { id: { parameter: "id" } },
            },
          },
        }),
      },
    ],
  });
});
add("DynamicListExtensionRequiredForNonParameterReferences", "dyn-values ref to body/prop", (d) => {
  addLists(d);
  d.paths["/lists"].get.parameters = [q("owner")];
  d.paths["/items"].post = op("CreateItem", {
    parameters: [
      {
        name: "body",
        in: "body",
        required: true,
        schema: objSchema({
          owner: { type: "string" },
          list: {
            type: "string",
            "x-ms-dynamic-values": {
              operationId: "ListLists",
              "value-collection": "value",
              "value-path": "id",
              "value-title": "name",
              parameters: { owner: { parameter: "body/owner" } },
            },
          },
        }),
      },
    ],
  });
});
add("DynamicPropertiesExtensionRequiredForAmbiguousReferences", "dyn-schema param ref matches param & body prop", (d) => {
  d.paths["/schema"] = {
    get: op("GetSchema", {
      "x-ms-visibility": "internal",
      parameters: [q("id")],
      responses: { "200": { description: "OK", schema: objSchema({ schema: { type: "object" } }) } },
    }),
  };
  d.paths["/items"].post = op("CreateItem", {
    parameters: [
      q("id"),
      {
        name: "body",
        in: "body",
        required: true,
        schema: objSchema({
          id: { type: "string" },
          data: { type: "object", "x-ms-dynamic-schema": { operationId: "GetSchema", "value-path": "schema", parameters: { id: { parameter: "id" } } } },
        }),
      },
    ],
  });
});
add("DynamicPropertiesExtensionRequiredForNonParameterReferences", "dyn-schema ref to body/prop", (d) => {
  d.paths["/schema"] = {
    get: op("GetSchema", {
      "x-ms-visibility": "internal",
      parameters: [q("kind")],
      responses: { "200": { description: "OK", schema: objSchema({ schema: { type: "object" } }) } },
    }),
  };
  d.paths["/items"].post = op("CreateItem", {
    parameters: [
      {
        name: "body",
        in: "body",
        required: true,
        schema: objSchema({
          kind: { type: "string" },
          data: {
            type: "object",
            "x-ms-dynamic-schema": { operationId: "GetSchema", "value-path": "schema", parameters: { kind: { parameter: "body/kind" } } },
          },
        }),
      },
    ],
  });
});
add("DynamicPropertiesExtensionRequiredForPropertiesValuePath", "dyn-schema value-path schema/properties", (d) => {
  d.paths["/schema"] = {
    get: op("GetSchema", {
      "x-ms-visibility": "internal",
      responses: { "200": { description: "OK", schema: objSchema({ schema: objSchema({ properties: { type: "object" } }) }) } },
    }),
  };
  d.paths["/items"].post = op("CreateItem", {
    parameters: [
      {
        name: "body",
        in: "body",
        required: true,
        schema: { type: "object", "x-ms-dynamic-schema": { operationId: "GetSchema", parameters: {}, "value-path": "schema/properties" } },
      },
    ],
  });
});
add("DynamicPropertiesItemValuePathMismatch", "dyn-props itemValuePath != dyn-schema path minus properties", (d) => {
  d.paths["/schema"] = {
    get: op("GetSchema", {
      "x-ms-visibility": "internal",
      responses: { "200": { description: "OK", schema: objSchema({ schema: objSchema({ properties: { type: "object" } }) }) } },
    }),
  };
  d.paths["/items"].post = op("CreateItem", {
    parameters: [
      {
        name: "body",
        in: "body",
        required: true,
        schema: {
          type: "object",
          "x-ms-dynamic-schema": { operationId: "GetSchema", parameters: {}, "value-path": "schema/properties" },
          "x-ms-dynamic-properties": { operationId: "GetSchema", parameters: {}, itemValuePath: "other" },
        },
      },
    ],
  });
});
add("DynamicTreeExtensionMissing", "file-picker capability without x-ms-dynamic-tree", (d) => {
  addLists(d);
  addParam(
    d,
    q("folder", {
      "x-ms-capabilities": {
        "file-picker": {
          open: { operationId: "ListLists" },
          browse: { operationId: "ListLists", parameters: { id: { "value-property": "id" } } },
          "value-collection": "value",
          "value-title": "name",
          "value-folder-property": "isFolder",
        },
      },
    }),
  );
});
add("InvalidEnumValue", "integer with string enum", (d) => {
  addParam(d, q("top", { type: "integer", enum: ["ten", "twenty"] }));
});
add("InvalidEnumValuesExtensionValue", "x-ms-enum-values value not in enum", (d) => {
  addParam(
    d,
    q("sort", {
      enum: ["asc", "desc"],
      "x-ms-enum-values": [
        { value: "asc", displayName: "Ascending" },
        { value: "up", displayName: "Up" },
      ],
    }),
  );
});
add("InvalidFormDataParameterName", "formData name non-ASCII", (d) => {
  d.paths["/items"].post = op("CreateItem", {
    consumes: ["application/x-www-form-urlencoded"],
    parameters: [{ name: "naïve", in: "formData", type: "string" }],
  });
});
add("InvalidNextLinkNameValue", "nextLinkName 'next'", (d) => {
  getOp(d)["x-ms-pageable"] = { nextLinkName: "next" };
});
add("InvokedOperationShouldProduceArray", "value-collection missing", (d) => {
  addDynamic(d, { "value-collection": "entries" });
});
add("InvokedOperationShouldProduceProperty", "value-path missing", (d) => {
  addDynamic(d, { "value-path": "listKey" });
});
add("InvokedOperationShouldProduceProperty", "dyn-schema value-path missing", (d) => {
  addLists(d);
  d.paths["/items"].post = op("CreateItem", {
    parameters: [
      {
        name: "body",
        in: "body",
        required: true,
        schema: { type: "object", "x-ms-dynamic-schema": { operationId: "ListLists", parameters: {}, "value-path": "schema" } },
      },
    ],
  });
});
add("MimeTypeNotCompatibleWithRequestContentSchemaType", "urlencoded consumes with object body", (d) => {
  d.paths["/items"].post = post("CreateItem", { $ref: "#/definitions/Item" }, { consumes: ["application/x-www-form-urlencoded"] });
});
add("MimeTypeNotCompatibleWithRequestContentSchemaType", "multipart consumes with object body", (d) => {
  d.paths["/items"].post = post("CreateItem", { $ref: "#/definitions/Item" }, { consumes: ["multipart/form-data"] });
});
add("NotificationExtensionNotSupportedInWebhookOperation", "x-ms-notification on webhook", (d) => {
  const w = addWebhook(d);
  w["x-ms-notification"] = { operationId: "OnItemCreated" };
});
add("NotificationExtensionSupportedForTriggerOnly", "x-ms-notification on action", (d) => {
  addWebhook(d);
  getOp(d)["x-ms-notification"] = { operationId: "OnItemCreated" };
});
add("NotificationOperationMustBeWebhook", "polling trigger x-ms-notification -> non-webhook", (d) => {
  getOp(d)["x-ms-trigger"] = "batch";
  d.paths["/other"] = { get: op("GetOther") };
  getOp(d)["x-ms-notification"] = { operationId: "GetOther" };
});
const fam = (d: J, path: string, id: string, ann: J, extra: J = {}) => {
  d.paths[path] = { get: op(id, { "x-ms-api-annotation": { family: "ListItems", ...ann }, ...extra }) };
};
add("OperationFamilyHasDuplicateRevisions", "two revision 2", (d) => {
  getOp(d)["x-ms-api-annotation"] = { family: "ListItems", revision: 2 };
  fam(d, "/v2/items", "ListItemsV2", { revision: 2 });
});
add("OperationFamilyHasManyActiveOperations", "3 non-deprecated", (d) => {
  getOp(d)["x-ms-api-annotation"] = { family: "ListItems", revision: 1 };
  fam(d, "/v2/items", "ListItemsV2", { revision: 2 });
  fam(d, "/v3/items", "ListItemsV3", { revision: 3 });
});
add("OperationFamilyHasManyActiveProductionOperations", "2 production", (d) => {
  getOp(d)["x-ms-api-annotation"] = { family: "ListItems", revision: 1, status: "Production" };
  fam(d, "/v2/items", "ListItemsV2", { revision: 2, status: "Production" });
});
add("OperationFamilyHasManyEmptyRevisions", "2 empty revision", (d) => {
  getOp(d)["x-ms-api-annotation"] = { family: "ListItems" };
  fam(d, "/v2/items", "ListItemsV2", {});
});
add("OperationHasManyResponsesWithSchema", "200 & 201 with schema", (d) => {
  getOp(d).responses["201"] = { description: "Created", schema: { $ref: "#/definitions/Item" } };
});
add("OperationIdNotFound", "dyn-values to missing op", (d) => {
  addDynamic(d, { operationId: "NoSuchOp" });
});
add("OperationIdNotUnique", "two ops ListItems", (d) => {
  d.paths["/other"] = { get: op("ListItems") };
});
add("OperationIdRequired", "no operationId", (d) => {
  delete getOp(d).operationId;
});
add("OperationIdSanitized", "operationId list-items", (d) => {
  getOp(d).operationId = "List-Items";
});
add("OperationIdSanitized", "operationId 'List Items'", (d) => {
  getOp(d).operationId = "List Items";
});
add("OperationIdShouldEndWithRevision", "revision 2 no V2 suffix", (d) => {
  getOp(d)["x-ms-api-annotation"] = { family: "ListItems", revision: 1 };
  getOp(d).deprecated = true;
  fam(d, "/v2/items", "ListItemsNew", { revision: 2 });
});
add("OperationIdTooLong", "300 char id", (d) => {
  getOp(d).operationId = "A".repeat(300);
});
add("OperationMissingPathParameter", "/items/{id} no param", (d) => {
  d.paths["/items/{id}"] = { get: op("GetItem") };
});
add("OperationMissingRequiredProperty", "dyn-values target requires param", (d) => {
  const l = addLists(d);
  l.parameters = [q("owner", { required: true })];
  addParam(d, q("listId", { "x-ms-dynamic-values": { operationId: "ListLists", "value-collection": "value", "value-path": "id", "value-title": "name" } }));
});
add("OperationMustHaveNotificationContentExtension", "webhook w/o notification-content", (d) => {
  addWebhook(d);
  delete d.paths["/hooks"]["x-ms-notification-content"];
});
add("OperationMustHaveResponse", "responses {}", (d) => {
  getOp(d).responses = {};
});
add("OperationParameterNameIsAmbiguous", "dyn-values param key ambiguous in target", (d) => {
  d.paths["/lookup"] = {
    post: op("Lookup", {
      "x-ms-visibility": "internal",
      parameters: [q("id"), { name: "body", in: "body", schema: objSchema({ id: { type: "string" } }) }],
      responses: { "200": { description: "OK", schema: { $ref: "#/definitions/ItemList" } } },
    }),
  };
  addParam(
    d,
    q("listId", {
      "x-ms-dynamic-values": {
        operationId: "Lookup",
        "value-collection": "value",
        "value-path": "id",
        "value-title": "name",
        parameters: { id: { value: "x" } },
      },
    }),
  );
});
add("OperationParameterNameNotFound", "dyn-values param key not in target", (d) => {
  addDynamic(d, { parameters: { nosuch: { value: "x" } } });
});
add("OperationParameterRequiredMismatch", "required target param fed by optional source", (d) => {
  const l = addLists(d);
  l.parameters = [q("owner", { required: true })];
  addParam(d, q("owner"));
  addParam(
    d,
    q("listId", {
      "x-ms-dynamic-values": {
        operationId: "ListLists",
        "value-collection": "value",
        "value-path": "id",
        "value-title": "name",
        parameters: { owner: { parameter: "owner" } },
      },
    }),
  );
});
add("OperationParametersAreNotUnique", "duplicate query param", (d) => {
  addParam(d, q("top"));
  addParam(d, q("top"));
});
add("OperationParametersContainDuplicateParameter", "duplicate query param", (d) => {
  addParam(d, q("top"));
  addParam(d, q("top"));
});
add("OperationParametersContainMultipleBodyParameters", "2 body params", (d) => {
  d.paths["/items"].post = op("CreateItem", {
    parameters: [
      { name: "a", in: "body", schema: { type: "object" } },
      { name: "b", in: "body", schema: { type: "object" } },
    ],
  });
});
add("OperationParameterStaticTypeMismatch", "static string for integer", (d) => {
  const l = addLists(d);
  l.parameters = [q("top", { type: "integer" })];
  addParam(
    d,
    q("listId", {
      "x-ms-dynamic-values": {
        operationId: "ListLists",
        "value-collection": "value",
        "value-path": "id",
        "value-title": "name",
        parameters: { top: { value: "ten" } },
      },
    }),
  );
});
add("OperationParameterTypeMismatch", "string param feeds integer", (d) => {
  const l = addLists(d);
  l.parameters = [q("top", { type: "integer" })];
  addParam(d, q("count"));
  addParam(
    d,
    q("listId", {
      "x-ms-dynamic-values": {
        operationId: "ListLists",
        "value-collection": "value",
        "value-path": "id",
        "value-title": "name",
        parameters: { top: { parameter: "count" } },
      },
    }),
  );
});
add("OperationPathContainsUnsupportedCharacters", "path /items/*", (d) => {
  d.paths["/items/*"] = { get: op("GetAll") };
});
add("OperationPathMayNotContainQueryOrFragment", "path /items?x=1", (d) => {
  d.paths["/items?active=true"] = { get: op("GetActive") };
});
add("OperationPathMayNotContainQueryOrFragment", "path /items#top", (d) => {
  d.paths["/items#top"] = { get: op("GetTop") };
});
add("OperationPathMustStartWithSlash", "path items/all", (d) => {
  d.paths["items/all"] = { get: op("GetAll") };
});
add("OperationPathTemplateNotValid", "path /items/{id", (d) => {
  d.paths["/items/{id"] = { get: op("GetItem", { parameters: [pathParam("id")] }) };
});
add("OperationPathTemplateNotValid", "path /items/{a/b}", (d) => {
  d.paths["/items/{id/x}"] = { get: op("GetItem") };
});
add("OperationPathVariablesContainDefaults", "path /items/{id=1}", (d) => {
  d.paths["/items/{id=1}"] = { get: op("GetItem", { parameters: [pathParam("id")] }) };
});
add("OperationRevisionEmpty", "family without revision", (d) => {
  getOp(d)["x-ms-api-annotation"] = { family: "ListItems", revision: 1 };
  getOp(d).deprecated = true;
  fam(d, "/v2/items", "ListItemsV2", {});
});
add("OperationShouldHaveSuccessfulResponse", "only 400", (d) => {
  getOp(d).responses = { "400": { description: "Bad" } };
});
add("OperationStatusAheadOfConnector", "op Production, connector Preview", (d) => {
  d.info["x-ms-api-annotation"] = { status: "Preview" };
  getOp(d)["x-ms-api-annotation"] = { status: "Production" };
});
add("OperationSummaryTooLong", "150-char summary", (d) => {
  getOp(d).summary = "List items " + "a".repeat(139);
});
add("PartialDuplicateOperationPath", "/items/{id} & /items/latest", (d) => {
  d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [pathParam("id")] }) };
  d.paths["/items/latest"] = { get: op("GetLatest") };
});
add("PathParameterMustBeRequired", "path param required:false", (d) => {
  d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [pathParam("id", { required: false })] }) };
});
add("PathParameterNotDefinedInTemplate", "in:path id on /items", (d) => {
  addParam(d, pathParam("id"));
});
add("PathParametersContainDuplicateParameter", "path-level dup", (d) => {
  d.paths["/items"].parameters = [q("top"), q("top")];
});
add("PathParametersContainMultipleBodyParameters", "path-level 2 body", (d) => {
  d.paths["/things"] = {
    parameters: [
      { name: "a", in: "body", schema: { type: "object" } },
      { name: "b", in: "body", schema: { type: "object" } },
    ],
    post: op("CreateThing"),
  };
});
add("PathRedefined", "/items & /Items", (d) => {
  d.paths["/Items"] = { post: op("CreateItem") };
});
add("RestrictedCharactersInSummary", "summary with <>", (d) => {
  getOp(d).summary = "List <items>";
});
add("RestrictedCharactersInSummary", "summary with / and newline", (d) => {
  getOp(d).summary = "List items/folders\nnow";
});
add("SelectedItemValuePathNotAllowedInThisPosition", "selectedItemValuePath in open", (d) => {
  addLists(d);
  addParam(
    d,
    q("folder", {
      "x-ms-dynamic-tree": {
        settings: { canSelectParentNodes: true, canSelectLeafNodes: true },
        open: { operationId: "ListLists", itemValuePath: "id", itemTitlePath: "name", itemIsParent: "(true)", selectedItemValuePath: "id", itemsPath: "value" },
        browse: { operationId: "ListLists", itemValuePath: "id", itemTitlePath: "name", itemIsParent: "(true)", itemsPath: "value" },
      },
    }),
  );
});
add("StringBinaryNotSupportedForFormUrlEncoded", "formData string/binary urlencoded", (d) => {
  d.paths["/items"].post = op("Upload", {
    consumes: ["application/x-www-form-urlencoded"],
    parameters: [{ name: "content", in: "formData", type: "string", format: "binary" }],
  });
});
add("UnrecognizedTypeFormat", "string/foobar", (d) => {
  addParam(d, q("x", { format: "foobar" }));
});
add("UnrecognizedTypeFormat", "integer/uuid", (d) => {
  addParam(d, q("x", { type: "integer", format: "uuid" }));
});
add("WebhookOperationsMissingNotificationUrlProperty", "webhook without url prop", (d) => {
  const w = addWebhook(d);
  w.parameters[0].schema = objSchema({ name: { type: "string" } });
});

// ---- Arrays
add("ArrayHasNoItems", "array param no items", (d) => {
  addParam(d, q("ids", { type: "array" }));
});
add("ArrayHasNoItems", "array schema no items", (d) => {
  d.definitions.ItemList.properties.value = { type: "array" };
});
add("RequiredPropertyArrayEmpty", "required []", (d) => {
  d.definitions.Item.required = [];
});
add("SchemesArrayEmpty", "schemes []", (d) => {
  d.schemes = [];
});
// ---- Not supported
add("CollectionFormatValueNotSupported", "tsv", (d) => {
  addParam(d, q("ids", { type: "array", items: { type: "string" }, collectionFormat: "tsv" }));
});
add("CollectionFormatValueNotSupported", "pipes", (d) => {
  addParam(d, q("ids", { type: "array", items: { type: "string" }, collectionFormat: "pipes" }));
});
add("MimeTypeNotSupported", "produces application/xml", (d) => {
  d.produces = ["application/xml"];
});
add("MimeTypeNotSupported", "consumes application/xml on POST", (d) => {
  d.paths["/items"].post = post("CreateItem", { $ref: "#/definitions/Item" }, { consumes: ["application/xml"] });
});
add("PathItemRefNotSuppored", "path item $ref", (d) => {
  d.paths["/other"] = { $ref: "#/paths/~1items" };
});
add("SwaggerKeywordNotSupported", "uniqueItems on query array", (d) => {
  addParam(d, q("ids", { type: "array", items: { type: "string" }, uniqueItems: true }));
});
add("SwaggerKeywordNotSupported", "uniqueItems in schema", (d) => {
  d.definitions.ItemList.properties.value.uniqueItems = true;
});
// ---- Parameters
add("FileParameterMustBeInFormData", "query type file", (d) => {
  addParam(d, q("f", { type: "file" }));
});
add("ParameterListContainsFormDataAndBody", "body + formData", (d) => {
  d.paths["/items"].post = op("CreateItem", {
    consumes: ["multipart/form-data"],
    parameters: [
      { name: "body", in: "body", schema: { type: "object" } },
      { name: "f", in: "formData", type: "string" },
    ],
  });
});
add("ParameterReferenceNotFound", "#/parameters/missing", (d) => {
  addParam(d, { $ref: "#/parameters/missing" });
});
add("ParameterReferenceNotValid", "#/definitions/Item as param ref", (d) => {
  addParam(d, { $ref: "#/definitions/Item" });
});
add("ParameterReferenceNotValid", "external file ref", (d) => {
  addParam(d, { $ref: "common.json#/parameters/top" });
});
add("ParameterRefLoopNotAllowed", "param def -> param def", (d) => {
  d.parameters = { top: { $ref: "#/parameters/top2" }, top2: q("top") };
  addParam(d, { $ref: "#/parameters/top" });
});
add("ParamtersWithSameNameMustHaveSameTypeAndVisibility", "fetch/subscribe param type mismatch", (d) => {
  const w = addWebhook(d);
  w.parameters.push(q("folder", { type: "string" }));
  d.paths["/changes"] = {
    get: op("PollItems", { "x-ms-trigger": "batch", parameters: [q("folder", { type: "integer" })], "x-ms-notification": { operationId: "OnItemCreated" } }),
  };
});
add("PathParameterMissingEncoding", "path param no x-ms-url-encoding", (d) => {
  const p = pathParam("id");
  delete p["x-ms-url-encoding"];
  d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [p] }) };
});
add("QueryParameterEncodingNotSupported", "query double encoding", (d) => {
  addParam(d, q("x", { "x-ms-url-encoding": "double" }));
});
add("ReservedParameterIsUsed", "header Authorization", (d) => {
  addParam(d, { name: "Authorization", in: "header", type: "string" });
});
add("ReservedParameterIsUsed", "header Content-Type", (d) => {
  addParam(d, { name: "Content-Type", in: "header", type: "string" });
});
add("ResponseRefLoopNotAllowed", "response def -> response def", (d) => {
  d.responses = { A: { $ref: "#/responses/B" }, B: { description: "OK" } };
  getOp(d).responses["200"] = { $ref: "#/responses/A" };
});
add("SourcePropertyInternal", "dyn-values refs internal param", (d) => {
  const l = addLists(d);
  l.parameters = [q("owner")];
  addParam(d, q("owner", { "x-ms-visibility": "internal", default: "me", required: true }));
  addParam(
    d,
    q("listId", {
      "x-ms-dynamic-values": {
        operationId: "ListLists",
        "value-collection": "value",
        "value-path": "id",
        "value-title": "name",
        parameters: { owner: { parameter: "owner" } },
      },
    }),
  );
});
// ---- Properties
add("AdditionalPropertyNotAllowed", "operation unknown key 'foo'", (d) => {
  getOp(d).foo = "bar";
});
add("AdditionalPropertyNotAllowed", "info unknown key 'owner'", (d) => {
  d.info.owner = "me";
});
add("AdditionalPropertyNotAllowedAdjacentToRef", "$ref + description", (d) => {
  getOp(d).responses["200"].schema = { $ref: "#/definitions/ItemList", description: "The list" };
});
add("BasePathNotValid", "basePath 'api'", (d) => {
  d.basePath = "api/v1";
});
add("BodyParameterPropertyNotValid", "body param with type", (d) => {
  d.paths["/items"].post = op("CreateItem", { parameters: [{ name: "body", in: "body", type: "string", schema: { type: "string" } }] });
});
add(
  "ConnectorMetadataPropertiesMissing",
  "no Privacy policy",
  (d) => {
    d["x-ms-connector-metadata"] = d["x-ms-connector-metadata"].filter((x: J) => x.propertyName !== "Privacy policy");
  },
  true,
);
add(
  "ConnectorMetadataPropertiesMissing",
  "no x-ms-connector-metadata",
  (d) => {
    delete d["x-ms-connector-metadata"];
  },
  true,
);
add("ContactEmailNotValid", "email 'support-at-contoso'", (d) => {
  d.info.contact = { name: "C", email: "support-at-contoso" };
});
add("DefaultValueMustMatchType", "integer default 'ten'", (d) => {
  addParam(d, q("top", { type: "integer", default: "ten" }));
});
add("EnumMustContainAtLeastOneElement", "enum []", (d) => {
  addParam(d, q("sort", { enum: [] }));
});
add("ExtensionNameNotValid", "op key 'ms-visibility'", (d) => {
  getOp(d)["ms-visibility"] = "important";
});
add("HostNameNotValid", "host with scheme", (d) => {
  d.host = "https://api.contoso.com/";
});
add("HostNameNotValid", "host with path", (d) => {
  d.host = "api.contoso.com/v1";
});
add("InternalPropertyWithDefaultOptional", "internal param default optional", (d) => {
  addParam(d, q("apiVersion", { "x-ms-visibility": "internal", default: "1", required: false }));
});
add("InternalPropertyWithDefaultOptional", "internal schema prop default optional", (d) => {
  d.paths["/items"].post = post("CreateItem", objSchema({ kind: { type: "string", default: "a", "x-ms-visibility": "internal" }, name: { type: "string" } }));
});
add(
  "InvalidConnectorCategory",
  "Categories Foo",
  (d) => {
    d["x-ms-connector-metadata"][2].propertyValue = "Foo";
  },
  true,
);
add("InvalidStringBinaryProperty", "nested string/binary in body", (d) => {
  d.paths["/items"].post = post("CreateItem", objSchema({ file: { type: "string", format: "binary" } }));
});
add("InvalidStringBinaryProperty", "nested string/binary in response", (d) => {
  d.definitions.Item.properties.blob = { type: "string", format: "binary" };
});
add("JsonTypeIncorrect", "summary: 5", (d) => {
  getOp(d).summary = 5;
});
add("JsonTypeIncorrect", "required: 'yes' on param", (d) => {
  addParam(d, q("x", { required: "yes" }));
});
add("JsonValueNotInEnum", "x-ms-visibility hidden", (d) => {
  getOp(d)["x-ms-visibility"] = "hidden";
});
add("JsonValueNotInEnum", "param in: cookie", (d) => {
  addParam(d, q("x", { in: "cookie" }));
});
add("MimeTypeNotValid", "produces 'json'", (d) => {
  d.produces = ["json"];
});
add("MissingEnumValuesDisplayName", "x-ms-enum-values no displayName", (d) => {
  addParam(d, q("sort", { enum: ["asc", "desc"], "x-ms-enum-values": [{ value: "asc" }, { value: "desc", displayName: "Desc" }] }));
});
add("MultipleOfMustBeGreaterThanZero", "multipleOf 0", (d) => {
  addParam(d, q("top", { type: "integer", multipleOf: 0 }));
});
add("MultipleOfMustBeGreaterThanZero", "multipleOf -2 schema", (d) => {
  d.definitions.Item.properties.count = { type: "integer", multipleOf: -2 };
});
add("OneOfPropertiesRequired", "query param no type", (d) => {
  const p = q("x");
  delete p.type;
  addParam(d, p);
});
add("ProductionStatusOnBetaService", "connector Production", (d) => {
  d.info["x-ms-api-annotation"] = { status: "Production" };
  d.host = "beta.contoso.com";
});
add("PropertyMustBeRequired", "internal param default optional", (d) => {
  addParam(d, q("apiVersion", { "x-ms-visibility": "internal", default: "1", required: false }));
});
add("PropertyMustBeRequired", "internal schema prop default optional", (d) => {
  d.paths["/items"].post = post("CreateItem", objSchema({ kind: { type: "string", default: "a", "x-ms-visibility": "internal" }, name: { type: "string" } }));
});
add("RequiredPropertyDefinitionMissing", "required [missing]", (d) => {
  d.definitions.Item.required = ["missing"];
});
add("RequiredPropertyMissing", "response w/o description", (d) => {
  delete getOp(d).responses["200"].description;
});
add("RequiredPropertyMissing", "info w/o version", (d) => {
  delete d.info.version;
});
add("RequiredPropertyNotOnObject", "required on string", (d) => {
  d.definitions.Item.properties.name.required = ["x"];
});
add("RequiredReadOnlyPropertyNotAllowedAsInput", "readOnly + required in body", (d) => {
  d.paths["/items"].post = post("CreateItem", objSchema({ id: { type: "string", readOnly: true }, name: { type: "string" } }, { required: ["id"] }));
});
add("SchemeNotValid", "schemes ftp", (d) => {
  d.schemes = ["ftp"];
});
add("SecuritySchemePropertyNotValid", "apiKey with flow", (d) => {
  d.securityDefinitions = { api_key: { type: "apiKey", in: "header", name: "X-Key", flow: "implicit" } };
});
add("SecuritySchemePropertyNotValid", "basic with name", (d) => {
  d.securityDefinitions = { basic: { type: "basic", name: "x" } };
});
add("SecuritySchemePropertyRequired", "apiKey no in", (d) => {
  d.securityDefinitions = { api_key: { type: "apiKey", name: "X-Key" } };
});
add("SecuritySchemePropertyRequired", "oauth2 accessCode no tokenUrl", (d) => {
  d.securityDefinitions = { oauth: { type: "oauth2", flow: "accessCode", authorizationUrl: "https://login.contoso.com/authorize", scopes: {} } };
});
add("SpecificationVersionIncorrect", "swagger '2'", (d) => {
  d.swagger = "2";
});
add("SpecificationVersionIncorrect", "swagger 2.0 number", (d) => {
  d.swagger = 2.0;
});
add("TagRedefined", "tags dup", (d) => {
  d.tags = [{ name: "Items" }, { name: "Items" }];
});
add(
  "TooManyConnectorCategories",
  "6 categories",
  (d) => {
    d["x-ms-connector-metadata"][2].propertyValue = "AI;Data;Productivity;Collaboration;Communication;Content and Files";
  },
  true,
);
add("UrlNotValid", "contact url 'not a url'", (d) => {
  d.info.contact = { name: "C", url: "not a url" };
});
add("UrlNotValid", "externalDocs url relative", (d) => {
  d.externalDocs = { url: "/docs" };
});
// ---- Response
add("BodyParameterSchemaRequired", "body w/o schema", (d) => {
  d.paths["/items"].post = op("CreateItem", { parameters: [{ name: "body", in: "body", required: true }] });
});
add("DefaultResponseHasSchema", "default with schema", (d) => {
  getOp(d).responses.default = { description: "Error", schema: { type: "object" } };
});
add("InvalidCustomEditorExtensionDictionaryValue", "x-ms-editor dictionary on string", (d) => {
  d.definitions.Item.properties.name["x-ms-editor"] = "dictionary";
});
add("InvalidCustomEditorExtensionDictionaryValue", "dictionary on object w/o additionalProperties", (d) => {
  d.definitions.Item.properties.tags = { type: "object", "x-ms-editor": "dictionary", additionalProperties: false };
});
add("JsonPointerNotValid", "$ref '#/definitions/~2Item'", (d) => {
  getOp(d).responses["200"].schema = { $ref: "#/definitions/~2Item" };
});
add("JsonPointerNotValid", "$ref '#definitions/Item'", (d) => {
  getOp(d).responses["200"].schema = { $ref: "#definitions/Item" };
});
add("NonBodyParameterSchemaNotValid", "query with schema", (d) => {
  addParam(d, { name: "x", in: "query", type: "string", schema: { type: "string" } });
});
add("RequiredLoopInSchemaNotAllowed", "A req b:B, B req a:A", (d) => {
  d.definitions.A = objSchema({ b: { $ref: "#/definitions/B" } }, { required: ["b"] });
  d.definitions.B = objSchema({ a: { $ref: "#/definitions/A" } }, { required: ["a"] });
  getOp(d).responses["200"].schema = { $ref: "#/definitions/A" };
});
add("ResponseExampleMustBeProducedByOperation", "example application/xml", (d) => {
  getOp(d).responses["200"].examples = { "application/xml": "<item/>" };
});
add("ResponseHeadersAreNotUnique", "headers X-Id & x-id", (d) => {
  getOp(d).responses["200"].headers = { "X-Id": { type: "string" }, "x-id": { type: "string" } };
});
add("ResponseMustBeDefaultOrHttpStatusCode", "response 'ok'", (d) => {
  getOp(d).responses = { ok: { description: "OK" } };
});
add("ResponseMustBeDefaultOrHttpStatusCode", "response '999'", (d) => {
  getOp(d).responses["999"] = { description: "?" };
});
add("ResponseReferenceNotFound", "#/responses/Missing", (d) => {
  getOp(d).responses["200"] = { $ref: "#/responses/Missing" };
});
add("ResponseReferenceNotValid", "#/definitions/Item as response ref", (d) => {
  getOp(d).responses["200"] = { $ref: "#/definitions/Item" };
});
add("SchemaDefinitionSetIncorrectly", "trigger w/o 200 schema", (d) => {
  getOp(d)["x-ms-trigger"] = "batch";
  getOp(d).responses = { "200": { description: "OK" } };
});
add("SchemaDefinitionSetIncorrectly", "webhook notif-content w/o schema", (d) => {
  addWebhook(d);
  d.paths["/hooks"]["x-ms-notification-content"] = { description: "x" };
});
add("SchemaReferenceNotFound", "#/definitions/Missing", (d) => {
  getOp(d).responses["200"].schema = { $ref: "#/definitions/Missing" };
});
add("SchemaReferenceNotValid", "#/parameters/x as schema ref", (d) => {
  d.parameters = { x: q("x") };
  getOp(d).responses["200"].schema = { $ref: "#/parameters/x" };
});
add("SchemaReferenceNotValid", "external schema ref", (d) => {
  getOp(d).responses["200"].schema = { $ref: "models.json#/definitions/Item" };
});
add("SchemaRefLoopNotAllowed", "A->$ref B->$ref A", (d) => {
  d.definitions.A = { $ref: "#/definitions/B" };
  d.definitions.B = { $ref: "#/definitions/A" };
  getOp(d).responses["200"].schema = { $ref: "#/definitions/A" };
});
add("SchemaRefLoopNotAllowed", "A = $ref Item (alias)", (d) => {
  d.definitions.A = { $ref: "#/definitions/Item" };
  getOp(d).responses["200"].schema = { $ref: "#/definitions/A" };
});
add("SchemaTooDeep", "100-level nested", (d) => {
  let s: J = { type: "string" };
  for (let i = 0; i < 100; i++) s = objSchema({ c: s });
  d.definitions.Deep = s;
  getOp(d).responses["200"].schema = { $ref: "#/definitions/Deep" };
});
add("SchemaTypeFileNotValid", "body property type file", (d) => {
  d.paths["/items"].post = post("CreateItem", objSchema({ f: { type: "file" } }));
});
add("SchemaTypeFileNotValid", "nested response property file", (d) => {
  d.definitions.Item.properties.f = { type: "file" };
});
add("SchemeNotSupported", "schemes wss", (d) => {
  d.schemes = ["wss"];
});
// ---- Security
const oauth = (d: J) => {
  d.securityDefinitions = {
    oauth: {
      type: "oauth2",
      flow: "accessCode",
      authorizationUrl: "https://login.contoso.com/authorize",
      tokenUrl: "https://login.contoso.com/token",
      scopes: { read: "Read" },
    },
  };
};
add("CONTROL", "oauth security", (d) => {
  oauth(d);
  d.security = [{ oauth: ["read"] }];
});
add("OAuthSecurityRequirementValueMustBeScopeName", "scope write undefined", (d) => {
  oauth(d);
  d.security = [{ oauth: ["write"] }];
});
add("SecurityRequirementMustBeDefined", "security foo", (d) => {
  d.security = [{ foo: [] }];
});
add("SecurityRequirementMustHaveEmptyValue", "apiKey with scopes", (d) => {
  d.securityDefinitions = { api_key: { type: "apiKey", in: "header", name: "X-Key" } };
  d.security = [{ api_key: ["read"] }];
});
add("SecurityRequirementMustHaveValue", "requirement null", (d) => {
  d.securityDefinitions = { api_key: { type: "apiKey", in: "header", name: "X-Key" } };
  d.security = [{ api_key: null }];
});
// ---- Webhooks
add("NotificationUrlNotAllowedInThisPosition", "notification-url in response", (d) => {
  d.definitions.Item.properties.cb = { type: "string", "x-ms-notification-url": true };
});
add("NotificationUrlNotAllowedInThisPosition", "notification-url on query param", (d) => {
  addWebhook(d);
  addParam(d, q("cb", { "x-ms-notification-url": true, "x-ms-visibility": "internal" }));
});
add("NotificationUrlNotInternal", "url not internal", (d) => {
  const w = addWebhook(d);
  delete w.parameters[0].schema.properties.callbackUrl["x-ms-visibility"];
});
add("NotificationUrlNotRequired", "url not required", (d) => {
  const w = addWebhook(d);
  delete w.parameters[0].schema.required;
});
add("NotificationUrlNotString", "url integer", (d) => {
  const w = addWebhook(d);
  w.parameters[0].schema.properties.callbackUrl.type = "integer";
});
// ---- Metadata (certification mode)
const M = (code: string, label: string, m: (d: J, p: J) => void) => add(code, label, m, true);
M("AllowEmptyValueOnlyValidForQueryFormData", "header allowEmptyValue", (d) => {
  addParam(d, { name: "X-Trace", in: "header", type: "string", allowEmptyValue: true });
});
M("DiscriminatorMustBeARequiredStringProperty", "discriminator not required", (d) => {
  d.definitions.Item.discriminator = "name";
});
M("DiscriminatorMustBeARequiredStringProperty", "discriminator missing prop", (d) => {
  d.definitions.Item.discriminator = "kind";
  d.definitions.Item.required = ["id"];
});
M("ExclusiveMaximumRequiresMaximum", "exclusiveMaximum only", (d) => {
  addParam(d, q("top", { type: "integer", exclusiveMaximum: true }));
});
M("ExclusiveMinimumRequiresMinimum", "exclusiveMinimum only", (d) => {
  addParam(d, q("top", { type: "integer", exclusiveMinimum: true }));
});
M("FieldLengthExceeded", "title 45 chars", (d) => {
  d.info.title = "Contoso Items Management Service For Workers";
});
M("FieldLengthExceeded", "description 600 chars", (d) => {
  d.info.description = "Lists items. ".repeat(50);
});
M("FieldLengthNotInRange", "description 10 chars", (d) => {
  d.info.description = "Items app.";
});
M("MaxItemsMustBeGreaterThanOrEqualToZero", "maxItems -1", (d) => {
  addParam(d, q("ids", { type: "array", items: { type: "string" }, maxItems: -1 }));
});
M("MaxLengthMustBeGreaterThanOrEqualToZero", "maxLength -1", (d) => {
  addParam(d, q("x", { maxLength: -1 }));
});
M("MaxPropertiesMustBeGreaterThanOrEqualToZero", "maxProperties -1", (d) => {
  d.definitions.Item.maxProperties = -1;
});
M("MinimumShouldBeLessThanOrEqualToMaximum", "min 10 max 5", (d) => {
  addParam(d, q("top", { type: "integer", minimum: 10, maximum: 5 }));
});
M("MinItemsMustBeGreaterThanOrEqualToZero", "minItems -1", (d) => {
  addParam(d, q("ids", { type: "array", items: { type: "string" }, minItems: -1 }));
});
M("MinItemsShouldBeLessThanOrEqualToMaxItems", "minItems 5 maxItems 2", (d) => {
  addParam(d, q("ids", { type: "array", items: { type: "string" }, minItems: 5, maxItems: 2 }));
});
M("MinLengthMustBeGreaterThanOrEqualToZero", "minLength -1", (d) => {
  addParam(d, q("x", { minLength: -1 }));
});
M("MinLengthShouldBeLessThanOrEqualToMaxLength", "minLength 5 maxLength 2", (d) => {
  addParam(d, q("x", { minLength: 5, maxLength: 2 }));
});
M("MinPropertiesMustBeGreaterThanOrEqualToZero", "minProperties -1", (d) => {
  d.definitions.Item.minProperties = -1;
});
M("PatternShouldBeValidRegularExpression", "pattern '[a-'", (d) => {
  addParam(d, q("x", { pattern: "[a-" }));
});
M("RequiredValueEmpty", "summary ''", (d) => {
  getOp(d).summary = "";
});
M("RequiredValueEmpty", "title ''", (d) => {
  d.info.title = "";
});
M("ValueContainsRestrictedWords", "title 'Contoso API'", (d) => {
  d.info.title = "Contoso API";
});
M("ValueContainsRestrictedWords", "title 'Contoso Connector'", (d) => {
  d.info.title = "Contoso Connector";
});
M("ValueMustBeInEnglish", "description Chinese", (d) => {
  d.info.description = "列出工作区中存储的所有项目，以便流程可以读取它们并进行处理。";
});
M("ValueMustBeInEnglish", "title Chinese", (d) => {
  d.info.title = "康托索项目";
});
M("ValueMustEndWithAlphanumeric", "title 'Contoso Items!'", (d) => {
  d.info.title = "Contoso Items!";
});
M("ValueMustEndWithAlphanumeric", "title 'Contoso Items.'", (d) => {
  d.info.title = "Contoso Items.";
});

// ---- Follow-up probes (written after reading rules; not counted)
if (process.env.PROBES) {
  C.length = 0;
  add("DuplicateOperationPath", "probe: same method GET", (d) => {
    d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [pathParam("id")] }) };
    d.paths["/items/{key}"] = { get: op("GetItem2", { parameters: [pathParam("key")] }) };
  });
  add("OperationParametersAreNotUnique", "probe: same name query+header", (d) => {
    addParam(d, q("top"));
    addParam(d, { ...q("top"), in: "header" });
  });
  add("ParameterRefLoopNotAllowed", "probe: a->b->a", (d) => {
    d.parameters = { a: { $ref: "#/parameters/b" }, b: { $ref: "#/parameters/a" } };
    addParam(d, { $ref: "#/parameters/a" });
  });
  add("OperationPathVariablesContainDefaults", "probe: path param default", (d) => {
    d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [pathParam("id", { default: "1" })] }) };
  });
  add("PathParameterMissingEncoding", "probe: encoding 'triple'", (d) => {
    d.paths["/items/{id}"] = { get: op("GetItem", { parameters: [pathParam("id", { "x-ms-url-encoding": "triple" })] }) };
  });
  add("DynamicExtensionDefinitionNotAllowedInParameter", "probe: dyn-schema on query", (d) => {
    addLists(d);
    addParam(d, q("x", { "x-ms-dynamic-schema": { operationId: "ListLists", parameters: {}, "value-path": "schema" } }));
  });
  add("SecurityRequirementMustHaveValue", "probe: oauth []", (d) => {
    oauth(d);
    d.security = [{ oauth: [] }];
  });
  add("NotificationExtensionSupportedForTriggerOnly", "probe: notif-content on non-trigger path", (d) => {
    d.paths["/items"]["x-ms-notification-content"] = { description: "x", schema: { type: "object" } };
  });
  add("SwaggerKeywordNotSupported", "probe: oneOf", (d) => {
    d.definitions.Item.properties.v = { oneOf: [{ type: "string" }, { type: "integer" }] };
  });
  add("InvalidNextLinkNameValue", "probe: nextLinkName ''", (d) => {
    getOp(d)["x-ms-pageable"] = { nextLinkName: "" };
  });
  add("AdditionalPropertyNotAllowedAdjacentToRef", "probe: param $ref + description", (d) => {
    d.parameters = { top: q("top") };
    addParam(d, { $ref: "#/parameters/top", description: "x" });
  });
  add("OneOfPropertiesRequired", "probe: dyn-values w/o operationId", (d) => {
    addDynamic(d, { operationId: undefined });
  });
}

// ---------------- runner ----------------
const fmt = (fs: J[]) =>
  fs
    .map((f) => `${f.code}(${f.severity[0]})`)
    .filter((v, i, a) => a.indexOf(v) === i)
    .join(", ");
for (const cert of [false, true]) {
  const d = clone(BASE),
    p = clone(PROPS);
  if (cert) certify(d, p);
  const r = run(d, p, cert);
  console.log(
    `BASE cert=${cert}: errors=${r.summary.errors} warnings=${r.summary.warnings} :: ${r.findings.map((f: J) => `${f.code}(${f.severity[0]})@${f.path}`).join("; ")}`,
  );
}
const baseCodes = (cert: boolean) => {
  const d = clone(BASE),
    p = clone(PROPS);
  if (cert) certify(d, p);
  return new Set(run(d, p, cert).findings.map((f: J) => f.code));
};
const B = { false: baseCodes(false), true: baseCodes(true) } as J;
const rows: J[] = [];
for (const c of C) {
  const d = clone(BASE),
    p = clone(PROPS);
  if (c.cert) certify(d, p);
  c.m(d, p);
  const r = run(d, p, !!c.cert);
  const hit = r.findings.filter((f: J) => f.code === c.code);
  let row: J = {
    code: c.code,
    label: c.label,
    cert: !!c.cert,
    caught: hit.length > 0,
    sev: [...new Set(hit.map((f: J) => f.severity))].join("/"),
    fired: fmt(r.findings.filter((f: J) => !B[String(!!c.cert)].has(f.code) || f.code === c.code)),
  };
  if (!row.caught && !c.cert && c.code !== "CONTROL") {
    const d2 = clone(BASE),
      p2 = clone(PROPS);
    certify(d2, p2);
    c.m(d2, p2);
    const r2 = run(d2, p2, true);
    const h2 = r2.findings.filter((f: J) => f.code === c.code);
    row.certCaught = h2[0]?.severity ?? "";
  }
  if (c.code === "CONTROL") row.fired = fmt(r.findings);
  rows.push(row);
}
for (const r of rows)
  console.log(
    `${r.code === "CONTROL" ? "CTRL" : r.caught ? "HIT " : "MISS"} | ${r.code} | ${r.label} | cert=${r.cert} | sev=${r.sev} | fired: ${r.fired}${r.certCaught ? ` | certMode→${r.certCaught}` : ""}`,
  );
const real = rows.filter((r) => r.code !== "CONTROL");
const codes = new Set(real.map((r) => r.code));
const caughtCodes = new Set(real.filter((r) => r.caught).map((r) => r.code));
console.log(
  `\ncases=${real.length} caught=${real.filter((r) => r.caught).length} missed=${real.filter((r) => !r.caught).length}; codes=${codes.size} codesCaught(any case)=${caughtCodes.size}`,
);
if (process.env.SHOW) {
  const c = C.find((x) => x.label === process.env.SHOW)!;
  const d = clone(BASE),
    p = clone(PROPS);
  if (c.cert) certify(d, p);
  c.m(d, p);
  console.log(
    JSON.stringify(
      run(d, p, !!c.cert).findings.map((f: J) => [f.code, f.severity, f.path, f.message]),
      null,
      1,
    ),
  );
}
