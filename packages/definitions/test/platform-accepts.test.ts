import { describe, expect, it } from "vitest";
import { validateConnector } from "../src/index.ts";
import { findingsOf as findings, minimalDefinition as base, type Doc } from "./support/minimal-definition.ts";

/**
 * Shapes the platform accepts (each seen in certified connectors it published) that the validator once
 * reported as errors. Each case compares the exact list of findings.
 */

function webhook(doc: Doc, bodySchema: Doc): Doc {
  doc.paths["/hooks"] = {
    "x-ms-notification-content": { description: "The item", schema: { $ref: "#/definitions/Item" } },
    post: {
      operationId: "OnItemCreated",
      summary: "When an item is created",
      "x-ms-trigger": "single",
      parameters: [{ name: "body", in: "body", required: true, schema: bodySchema }],
      responses: { "201": { description: "Subscribed" } },
    },
  };
  return doc;
}

const CALLBACK = { type: "string", "x-ms-notification-url": true, "x-ms-visibility": "internal" };

describe("shapes the platform accepts", () => {
  it("an empty x-ms-visibility", () => {
    const doc = base();
    doc.definitions.Item.properties.id["x-ms-visibility"] = "";
    doc.paths["/items"].get["x-ms-visibility"] = "";
    expect(findings(doc)).toEqual([]);
  });

  it("x-ms-visibility and x-ms-trigger in another letter case", () => {
    const doc = base();
    doc.definitions.Item.properties.id["x-ms-visibility"] = "Advanced";
    expect(findings(doc)).toEqual([]);
  });

  it("a webhook whose callback property is a $ref", () => {
    const doc = webhook(base(), { $ref: "#/definitions/Subscription" });
    doc.definitions.Subscription = { type: "object", required: ["callbackUrl"], properties: { callbackUrl: { $ref: "#/definitions/CallbackUrl" } } };
    doc.definitions.CallbackUrl = CALLBACK;
    expect(findings(doc)).toEqual([]);
  });

  it("a webhook whose callback property is nested in an allOf and an object", () => {
    const doc = webhook(base(), {
      allOf: [
        { $ref: "#/definitions/Base" },
        { type: "object", required: ["notification"], properties: { notification: { type: "object", required: ["url"], properties: { url: CALLBACK } } } },
      ],
    });
    doc.definitions.Base = { type: "object", properties: { name: { type: "string" } } };
    expect(findings(doc)).toEqual([]);
  });

  it("a POST trigger with neither a callback URL nor x-ms-notification-content (a polling trigger)", () => {
    const doc = base();
    doc.paths["/search"] = {
      post: {
        operationId: "OnNewResults",
        summary: "When results arrive",
        "x-ms-trigger": "batch",
        parameters: [{ name: "body", in: "body", schema: { type: "object", properties: { query: { type: "string" } } } }],
        responses: { "200": { description: "OK", schema: { type: "array", items: { type: "object" } } } },
      },
    };
    expect(findings(doc)).toEqual([]);
  });

  it("an operation with an empty responses object (a warning, not an error)", () => {
    const doc = base();
    doc.paths["/items"].get.responses = {};
    expect(findings(doc)).toEqual([["warning", "OperationMustHaveResponse", "/paths/~1items/get"]]);
  });

  it("a definition of 1.05 MB (a warning)", () => {
    const doc = base();
    doc.definitions.Item.description = "x".repeat(1_100_000);
    expect(findings(doc)).toEqual([["warning", "DefinitionSizeExceedsMaxAllowed", ""]]);
  });

  it("a placeholder host and base path (warnings that say to fill them in)", () => {
    const doc = base();
    doc.host = "{{replace_with_your_domain}}";
    doc.basePath = "/{{base_path}}";
    expect(findings(doc)).toEqual([
      ["warning", "HostNameNotValid", "/host"],
      ["warning", "BasePathNotValid", "/basePath"],
    ]);
  });

  it('connection parameter "type": "oAuthSetting"', () => {
    const doc = base();
    doc.securityDefinitions = {
      oauth2: {
        type: "oauth2",
        flow: "accessCode",
        authorizationUrl: "https://login.accepted-service.net/authorize",
        tokenUrl: "https://login.accepted-service.net/token",
        scopes: {},
      },
    };
    doc.security = [{ oauth2: [] }];
    const props = {
      properties: {
        connectionParameters: {
          token: { type: "oAuthSetting", oAuthSettings: { identityProvider: "oauth2", clientId: "x", scopes: [], redirectMode: "GlobalPerConnector" } },
        },
        iconBrandColor: "#0f6cbd",
      },
    };
    expect(findings(doc, props)).toEqual([]);
  });

  it("exclusiveMaximum and exclusiveMinimum set to false without a bound", () => {
    const doc = base();
    doc.paths["/items"].get.parameters = [{ name: "top", in: "query", type: "integer", exclusiveMaximum: false, exclusiveMinimum: false }];
    expect(findings(doc)).toEqual([]);
  });

  it("two operationIds that differ only in letter case (a warning: the platform's handling is not documented)", () => {
    const doc = base();
    doc.paths["/items"].post = { operationId: "listItems", responses: { "200": { description: "OK" } } };
    expect(findings(doc)).toEqual([["warning", "OperationIdNotUnique", "/paths/~1items/post/operationId"]]);
    doc.paths["/items"].put = { operationId: "ListItems", responses: { "200": { description: "OK" } } };
    expect(findings(doc)).toEqual([
      ["warning", "OperationIdNotUnique", "/paths/~1items/post/operationId"],
      ["error", "OperationIdNotUnique", "/paths/~1items/put/operationId"],
    ]);
  });

  it("an OAuth requirement of [] while the scheme declares scopes (the fix Microsoft's page gives)", () => {
    const doc = base();
    doc.securityDefinitions = {
      oauth: {
        type: "oauth2",
        flow: "accessCode",
        authorizationUrl: "https://login.accepted-service.net/a",
        tokenUrl: "https://login.accepted-service.net/t",
        scopes: { read: "Read" },
      },
    };
    doc.security = [{ oauth: [] }];
    expect(
      findings(doc, {
        properties: { iconBrandColor: "#0f6cbd", connectionParameters: { token: { type: "oauthSetting", oAuthSettings: { identityProvider: "oauth2" } } } },
      }),
    ).toEqual([]);
  });

  it("a security definition with a property its type does not take, and a parameter definition that is only a $ref (warnings)", () => {
    const doc = base();
    doc.securityDefinitions = { key: { type: "apiKey", in: "header", name: "X-Key", flow: "implicit" } };
    doc.parameters = { top: { $ref: "#/parameters/limit" }, limit: { name: "top", in: "query", type: "integer" } };
    doc.paths["/items"].get.parameters = [{ $ref: "#/parameters/top" }];
    expect(findings(doc, { properties: { iconBrandColor: "#0f6cbd", connectionParameters: { key: { type: "securestring" } } } })).toEqual([
      ["warning", "SecuritySchemePropertyNotValid", "/securityDefinitions/key/flow"],
      ["warning", "ParameterRefLoopNotAllowed", "/parameters/top/$ref"],
    ]);
  });

  it(".NET regular expressions that JavaScript writes differently", () => {
    const doc = base();
    doc.definitions.Item.properties.id.pattern = "(?i)^[\\w-]+$";
    doc.definitions.Item.properties.code = { type: "string", pattern: "\\A(?>[A-Z]{2})\\d+\\z" };
    expect(findings(doc)).toEqual([]);
  });
  it("a path parameter with a plain default (an internal segment such as v1); a default with '=' is reported", () => {
    const doc = base();
    doc.paths["/{version}/items"] = {
      get: {
        operationId: "ListVersionedItems",
        summary: "List items",
        parameters: [
          { name: "version", in: "path", required: true, type: "string", default: "v1", "x-ms-visibility": "internal", "x-ms-url-encoding": "single" },
        ],
        responses: { "200": { description: "OK", schema: { $ref: "#/definitions/Item" } } },
      },
    };
    expect(findings(doc)).toEqual([]);
    doc.paths["/{version}/items"].get.parameters[0].default = "api-version=1";
    expect(findings(doc)).toEqual([["warning", "OperationPathVariablesContainDefaults", "/paths/~1{version}~1items/get/parameters/0/default"]]);
  });

  it("dynamic extensions that fill the called operation's body by property name, or by a path into it (certified connectors)", () => {
    const doc = base();
    doc.paths["/schemas"] = {
      post: {
        operationId: "ResolveSchema",
        summary: "Resolve a schema",
        "x-ms-visibility": "internal",
        parameters: [
          {
            name: "body",
            in: "body",
            required: true,
            schema: { type: "object", properties: { fullName: { type: "string" }, phase: { type: "integer" } }, required: ["fullName"] },
          },
        ],
        responses: { "200": { description: "OK", schema: { type: "object" } } },
      },
    };
    doc.paths["/items"].get.parameters = [{ name: "entity", in: "query", type: "string" }];
    doc.paths["/items"].get.responses["200"].schema = {
      type: "object",
      "x-ms-dynamic-schema": { operationId: "ResolveSchema", parameters: { fullName: { parameter: "entity" }, phase: 1 }, "value-path": "schema" },
      "x-ms-dynamic-properties": { operationId: "ResolveSchema", parameters: { "body/fullName": { parameterReference: "entity" } }, itemValuePath: "schema" },
    };
    expect(findings(doc).filter(([, code]) => code === "OperationParameterNameNotFound")).toEqual([]);
  });
});

describe("documented refusals the validator reports with Microsoft's code", () => {
  it("an invalid x-ms-trigger is JsonValueNotInEnum", () => {
    const doc = base();
    doc.paths["/items"].get["x-ms-trigger"] = "multiple";
    expect(findings(doc)).toEqual([["error", "JsonValueNotInEnum", "/paths/~1items/get/x-ms-trigger"]]);
  });

  it("range checks apply to non-body parameters, not only to schemas", () => {
    const doc = base();
    doc.paths["/items"].get.parameters = [{ name: "top", in: "query", type: "integer", minimum: 10, maximum: 1, exclusiveMaximum: true }];
    expect(findings(doc)).toEqual([["error", "MinimumShouldBeLessThanOrEqualToMaximum", "/paths/~1items/get/parameters/0"]]);
  });

  it("a security requirement that is not a list is SecurityRequirementMustHaveValue", () => {
    const doc = base();
    doc.securityDefinitions = { key: { type: "apiKey", in: "header", name: "X-Key" } };
    doc.security = [{ key: null }];
    expect(findings(doc, { properties: { iconBrandColor: "#0f6cbd", connectionParameters: { key: { type: "securestring" } } } })).toEqual([
      ["error", "SecurityRequirementMustHaveValue", "/security/0/key"],
    ]);
  });

  it("uniqueItems and an unsupported nextLinkName are reported under the codes Microsoft's page gives for them", () => {
    const doc = base();
    doc.paths["/items"].get.parameters = [{ name: "ids", in: "query", type: "array", items: { type: "string" }, uniqueItems: true }];
    doc.paths["/items"].get["x-ms-pageable"] = { nextLinkName: "next" };
    expect(findings(doc)).toEqual([
      ["warning", "SwaggerKeywordNotSupported", "/paths/~1items/get/parameters/0/uniqueItems"],
      ["warning", "InvalidNextLinkNameValue", "/paths/~1items/get/x-ms-pageable/nextLinkName"],
    ]);
  });

  it("a trigger with no output schema and a callback URL marked in a response are reported under Microsoft's codes", () => {
    const doc = base();
    doc.paths["/items"].get["x-ms-trigger"] = "single";
    doc.paths["/items"].get.responses = { "200": { description: "OK" } };
    doc.paths["/items"].post = {
      operationId: "AddItem",
      responses: { "200": { description: "OK", schema: { type: "object", properties: { hook: { type: "string", "x-ms-notification-url": true } } } } },
    };
    expect(findings(doc)).toEqual([
      ["warning", "SchemaDefinitionSetIncorrectly", "/paths/~1items/get/responses"],
      ["warning", "NotificationUrlNotAllowedInThisPosition", "/paths/~1items/post/responses/200/schema/properties/hook"],
    ]);
  });

  it("a schema $ref with a sibling, and a definition that is only a $ref, are warnings under Microsoft's codes (x- siblings are not)", () => {
    const doc = base();
    doc.definitions.Alias = { $ref: "#/definitions/Item" };
    doc.paths["/items"].get.responses["200"].schema = { $ref: "#/definitions/Alias", description: "The item", "x-ms-summary": "Item" };
    expect(findings(doc)).toEqual([
      ["warning", "AdditionalPropertyNotAllowedAdjacentToRef", "/paths/~1items/get/responses/200/schema/description"],
      ["warning", "SchemaRefLoopNotAllowed", "/definitions/Alias/$ref"],
    ]);
  });

  it("a path with the wildcard character the platform refuses", () => {
    const doc = base();
    doc.paths["/items/*"] = { get: { operationId: "ListAll", responses: { "200": { description: "OK" } } } };
    expect(findings(doc)).toEqual([["error", "OperationPathContainsUnsupportedCharacters", "/paths/~1items~1*"]]);
  });

  it("a path with a character a URL cannot hold, whose refusal is not documented, is a warning", () => {
    const doc = base();
    doc.paths["/items/[all]"] = { get: { operationId: "ListAll", responses: { "200": { description: "OK" } } } };
    doc.paths["/items list"] = { get: { operationId: "ListMore", responses: { "200": { description: "OK" } } } };
    expect(findings(doc)).toEqual([
      ["warning", "OperationPathContainsUnsupportedCharacters", "/paths/~1items~1[all]"],
      ["warning", "OperationPathContainsUnsupportedCharacters", "/paths/~1items list"],
    ]);
  });

  it("a callback URL marked on a property of a response's list items is NotificationUrlNotAllowedInThisPosition", () => {
    const doc = base();
    doc.definitions.Item.properties.hook = { type: "string", "x-ms-notification-url": true };
    doc.paths["/items"].get.responses["200"].schema = { type: "array", items: { $ref: "#/definitions/Item" } };
    expect(findings(doc)).toEqual([["warning", "NotificationUrlNotAllowedInThisPosition", "/definitions/Item/properties/hook"]]);
  });

  it("two paths with one template and different methods are a DuplicateOperationPath warning; with one method, an error", () => {
    const doc = base();
    const param = (name: string) => [{ name, in: "path", required: true, type: "string", "x-ms-url-encoding": "single" }];
    doc.paths["/items/{id}"] = { get: { operationId: "GetItem", parameters: param("id"), responses: { "200": { description: "OK" } } } };
    doc.paths["/items/{key}"] = { delete: { operationId: "DeleteItem", parameters: param("key"), responses: { "204": { description: "Deleted" } } } };
    expect(findings(doc)).toEqual([["warning", "DuplicateOperationPath", "/paths/~1items~1{key}"]]);
    doc.paths["/items/{key}"].get = { operationId: "GetItemByKey", parameters: param("key"), responses: { "200": { description: "OK" } } };
    expect(findings(doc)).toEqual([["error", "DuplicateOperationPath", "/paths/~1items~1{key}"]]);
  });

  it("an operationId with a hyphen is OperationIdSanitized (a warning); one with an underscore is not", () => {
    const doc = base();
    doc.paths["/items"].get.operationId = "List-Items";
    doc.paths["/other"] = { get: { operationId: "List_Other", responses: { "200": { description: "OK" } } } };
    const result = validateConnector({ definition: JSON.stringify(doc) }).findings;
    expect(result.map((f) => [f.severity, f.code, f.path])).toEqual([["warning", "OperationIdSanitized", "/paths/~1items/get/operationId"]]);
    expect(result[0]?.message).toContain('"ListItems"');
  });

  it("an operation that produces only XML while its response schema describes JSON outputs is MimeTypeNotSupported", () => {
    const doc = base();
    doc.produces = ["application/xml"];
    doc.paths["/report"] = {
      get: { operationId: "GetReport", produces: ["text/plain"], responses: { "200": { description: "OK", schema: { type: "string" } } } },
    };
    expect(findings(doc)).toEqual([["warning", "MimeTypeNotSupported", "/paths/~1items/get"]]);
  });

  it("the same parameter listed twice is both OperationParametersContainDuplicateParameter and OperationParametersAreNotUnique", () => {
    const doc = base();
    const top = { name: "top", in: "query", type: "integer" };
    doc.paths["/items"].get.parameters = [top, { ...top }];
    expect(findings(doc)).toEqual([
      ["error", "OperationParametersContainDuplicateParameter", "/paths/~1items/get/parameters/1"],
      ["warning", "OperationParametersAreNotUnique", "/paths/~1items/get/parameters/1"],
    ]);
    doc.paths["/items"].get.parameters = [top, { ...top, type: "string" }];
    expect(findings(doc)).toEqual([["error", "OperationParametersContainDuplicateParameter", "/paths/~1items/get/parameters/1"]]);
  });

  it("an internal optional value with a default is reported under both of Microsoft's codes, as a parameter and as a body property", () => {
    const doc = base();
    doc.paths["/items"].get.parameters = [{ name: "api-version", in: "query", type: "string", default: "1", "x-ms-visibility": "internal" }];
    doc.definitions.NewItem = { type: "object", properties: { kind: { type: "string", default: "a", "x-ms-visibility": "internal" } } };
    doc.paths["/items"].post = {
      operationId: "AddItem",
      parameters: [{ name: "body", in: "body", required: true, schema: { type: "array", items: { $ref: "#/definitions/NewItem" } } }],
      responses: { "200": { description: "OK" } },
    };
    expect(findings(doc)).toEqual([
      ["warning", "InternalPropertyWithDefaultOptional", "/paths/~1items/get/parameters/0"],
      ["warning", "PropertyMustBeRequired", "/paths/~1items/get/parameters/0"],
      ["warning", "InternalPropertyWithDefaultOptional", "/definitions/NewItem/properties/kind"],
      ["warning", "PropertyMustBeRequired", "/definitions/NewItem/properties/kind"],
    ]);
    // A shared parameter is reported once, where it is defined, however many operations use it.
    doc.parameters = { format: { name: "format", in: "query", type: "string", default: "json", "x-ms-visibility": "internal" } };
    doc.paths["/items"].get.parameters = [{ $ref: "#/parameters/format" }];
    doc.paths["/items"].post.parameters.push({ $ref: "#/parameters/format" });
    expect(findings(doc).filter(([, code]) => code === "PropertyMustBeRequired")).toEqual([
      ["warning", "PropertyMustBeRequired", "/definitions/NewItem/properties/kind"],
      ["warning", "PropertyMustBeRequired", "/parameters/format"],
    ]);
  });

  it("release status: an operation ahead of its connector, two Production revisions of a family, Production on a beta service", () => {
    const doc = base();
    doc.info["x-ms-api-annotation"] = { status: "Preview" };
    doc.paths["/items"].get["x-ms-api-annotation"] = { family: "ListItems", revision: 1, status: "Production" };
    doc.paths["/v2/items"] = {
      get: {
        operationId: "ListItemsV2",
        "x-ms-api-annotation": { family: "ListItems", revision: 2, status: "Production" },
        responses: { "200": { description: "OK" } },
      },
    };
    expect(findings(doc)).toEqual([
      ["error", "OperationStatusAheadOfConnector", "/paths/~1items/get/x-ms-api-annotation/status"],
      ["warning", "OperationFamilyHasManyActiveProductionOperations", "/paths/~1v2~1items/get/x-ms-api-annotation/status"],
      ["error", "OperationStatusAheadOfConnector", "/paths/~1v2~1items/get/x-ms-api-annotation/status"],
    ]);
    const beta = base();
    beta.info["x-ms-api-annotation"] = { status: "Production" };
    beta.host = "graph.microsoft.com";
    beta.basePath = "/beta";
    expect(findings(beta)).toEqual([["warning", "ProductionStatusOnBetaService", "/info/x-ms-api-annotation/status"]]);
    beta.info["x-ms-api-annotation"] = { status: "Preview" };
    expect(findings(beta)).toEqual([]);
  });

  it("operation-level schemes and consumes are held to the document's rules; a default response alone is not a success", () => {
    const doc = base();
    doc.paths["/items"].get.schemes = ["https", "smtp"];
    doc.paths["/items"].get.responses = { default: { description: "Error" } };
    doc.paths["/items"].post = {
      operationId: "AddItem",
      schemes: [],
      consumes: [],
      parameters: [{ name: "body", in: "body", required: true, schema: { $ref: "#/definitions/Item" } }],
      responses: { "201": { description: "Created" } },
    };
    expect(findings(doc)).toEqual([
      ["warning", "OperationShouldHaveSuccessfulResponse", "/paths/~1items/get/responses"],
      ["error", "SchemeNotValid", "/paths/~1items/get/schemes/1"],
      ["error", "SchemesArrayEmpty", "/paths/~1items/post/schemes"],
      ["warning", "ConsumesMissing", "/paths/~1items/post/consumes"],
    ]);
  });

  it("references: '#parameters/x' is not a parameter reference, and '%' must start an escape", () => {
    const doc = base();
    doc.parameters = { top: { name: "top", in: "query", type: "integer" } };
    doc.paths["/items"].get.parameters = [{ $ref: "#parameters/top" }];
    doc.paths["/items"].get.responses["200"].schema = { $ref: "#/definitions/Item%zz" };
    expect(findings(doc).map(([, code, path]) => [code, path])).toEqual([
      ["JsonPointerNotValid", "/paths/~1items/get/responses/200/schema/$ref"],
      ["SchemaReferenceNotFound", "/paths/~1items/get/responses/200/schema/$ref"],
      ["JsonPointerNotValid", "/paths/~1items/get/parameters/0/$ref"],
      ["ParameterReferenceNotValid", "/paths/~1items/get/parameters/0/$ref"],
    ]);
  });

  it("a webhook's callback URL: required and internal through its parents, and only in the body", () => {
    const doc = webhook(base(), {
      type: "object",
      "x-ms-visibility": "internal",
      properties: { target: { type: "object", properties: { callbackUrl: { type: "string", "x-ms-notification-url": true } }, required: ["callbackUrl"] } },
    });
    doc.paths["/hooks"].post.parameters[0].required = false;
    doc.paths["/hooks"].post.parameters.push({
      name: "cb",
      in: "query",
      type: "string",
      required: true,
      "x-ms-notification-url": true,
      "x-ms-visibility": "internal",
    });
    expect(findings(doc).map(([, code, path]) => [code, path])).toEqual([
      ["NotificationUrlNotRequired", "/paths/~1hooks/post/parameters/0/schema/properties/target/properties/callbackUrl"],
      ["NotificationUrlNotAllowedInThisPosition", "/paths/~1hooks/post/parameters/1"],
      ["InternalRequiredParameterWithoutDefault", "/paths/~1hooks/post/parameters/1"],
    ]);
  });

  it("body checks at any depth: a file body, a nested required readOnly property, a schema default of another type", () => {
    const doc = base();
    doc.paths["/items"].post = {
      operationId: "AddItem",
      parameters: [
        {
          name: "body",
          in: "body",
          required: true,
          schema: {
            type: "object",
            properties: {
              urgent: { type: "boolean", default: "yes" },
              owner: { type: "object", required: ["email"], properties: { email: { type: "string", readOnly: true } } },
            },
          },
        },
      ],
      responses: { "201": { description: "Created" } },
    };
    doc.paths["/files"] = {
      post: {
        operationId: "Upload",
        parameters: [{ name: "file", in: "body", required: true, schema: { type: "file" } }],
        responses: { "201": { description: "Created" } },
      },
    };
    expect(findings(doc).map(([, code, path]) => [code, path])).toEqual([
      ["DefaultValueMustMatchType", "/paths/~1items/post/parameters/0/schema/properties/urgent/default"],
      ["RequiredReadOnlyPropertyNotAllowedAsInput", "/paths/~1items/post/parameters/0/schema/properties/owner/properties/email"],
      ["SchemaTypeFileNotValid", "/paths/~1files/post/parameters/0/schema/type"],
    ]);
  });

  it("metadata: a Production operation of a connector with no status, a beta version, a Host header, a non-ASCII email, metadata URLs", () => {
    const doc = base();
    doc.paths["/items"].get["x-ms-api-annotation"] = { status: "Production" };
    doc.paths["/items"].get.parameters = [{ name: "Host", in: "header", type: "string" }];
    doc.info.contact = { email: "sùpport@accepted-service.net" };
    doc["x-ms-connector-metadata"] = [
      { propertyName: "Website", propertyValue: "https://https://accepted-service.net" },
      { propertyName: "Privacy policy", propertyValue: "" },
    ];
    expect(findings(doc)).toEqual([
      ["warning", "ContactEmailNotValid", "/info/contact/email"],
      ["warning", "OperationStatusAheadOfConnector", "/paths/~1items/get/x-ms-api-annotation/status"],
      ["warning", "ReservedParameterIsUsed", "/paths/~1items/get/parameters/0/name"],
      ["warning", "UrlNotValid", "/x-ms-connector-metadata/0/propertyValue"],
      ["warning", "RequiredValueEmpty", "/x-ms-connector-metadata/1/propertyValue"],
    ]);
    const beta = base();
    beta.info = { ...beta.info, version: "1.0-beta", "x-ms-api-annotation": { status: "Production" } };
    expect(findings(beta)).toEqual([["warning", "ProductionStatusOnBetaService", "/info/x-ms-api-annotation/status"]]);
  });

  it("a known extension's name without its prefix is ExtensionNameNotValid; another unknown key stays AdditionalPropertyNotAllowed", () => {
    const doc = base();
    doc.paths["/items"].get.visibility = "internal";
    doc.paths["/items"].get.owner = "me";
    const result = validateConnector({ definition: JSON.stringify(doc, null, 2) }).findings;
    expect(result.map((f) => [f.code, f.path])).toEqual([
      ["ExtensionNameNotValid", "/paths/~1items/get/visibility"],
      ["AdditionalPropertyNotAllowed", "/paths/~1items/get/owner"],
    ]);
    expect(result[0]?.message).toContain('"x-ms-visibility"');
  });

  it("x-ms-dynamic-list is held to what x-ms-dynamic-values is: its list path, the parameters it passes; and a text body of an object", () => {
    const doc = base();
    doc.paths["/agents"] = {
      get: {
        operationId: "ListAgents",
        parameters: [{ name: "team", in: "query", type: "string" }],
        responses: {
          "200": {
            description: "OK",
            schema: { type: "object", properties: { count: { type: "integer" }, value: { type: "array", items: { $ref: "#/definitions/Item" } } } },
          },
        },
      },
    };
    doc.paths["/items"].post = {
      operationId: "AddItem",
      consumes: ["text/plain"],
      parameters: [
        {
          name: "assignee",
          in: "query",
          type: "string",
          "x-ms-dynamic-values": {
            operationId: "ListAgents",
            "value-collection": "value",
            "value-path": "id",
            parameters: { team: { selectedItemValuePath: "id" } },
          },
          "x-ms-dynamic-list": { operationId: "ListAgents", itemsPath: "count", itemValuePath: "id", parameters: { region: { value: "EU" } } },
        },
        { name: "folder", in: "query", type: "string", "x-ms-dynamic-values": { capability: "file-picker", "value-path": "Id" } },
        { name: "body", in: "body", required: true, schema: { $ref: "#/definitions/Item" } },
      ],
      responses: { "201": { description: "Created" } },
    };
    const codes = findings(doc).map(([, code, path]) => [code, path]);
    const at = "/paths/~1items/post/parameters/0";
    expect(codes).toEqual(
      expect.arrayContaining([
        ["SelectedItemValuePathNotAllowedInThisPosition", `${at}/x-ms-dynamic-values/parameters/team/selectedItemValuePath`],
        ["InvokedOperationShouldProduceArray", `${at}/x-ms-dynamic-list/itemsPath`],
        ["OperationParameterNameNotFound", `${at}/x-ms-dynamic-list/parameters/region`],
        ["DynamicTreeExtensionMissing", "/paths/~1items/post/parameters/1/x-ms-dynamic-values/capability"],
        ["MimeTypeNotCompatibleWithRequestContentSchemaType", "/paths/~1items/post/consumes"],
      ]),
    );
  });

  it("apiProperties.json's shape is reported under Microsoft's codes, in that file, as warnings", () => {
    const props = {
      displayName: "Accepted",
      properties: {
        capabilities: "actions",
        website: "https://accepted-service.net",
        connectionParameters: { api_key: { type: "password" }, gateway: { type: "GatewaySetting" } },
        scriptOperations: ["ListItems"],
      },
    };
    const result = validateConnector({ definition: JSON.stringify(base()), apiProperties: JSON.stringify(props, null, 2) }).findings;
    expect(result.map((f) => [f.severity, f.code, f.path, f.file])).toEqual([
      ["warning", "AdditionalPropertyNotAllowed", "/displayName", "apiProperties.json"],
      ["warning", "RequiredPropertyMissing", "/properties", "apiProperties.json"],
      ["warning", "JsonTypeIncorrect", "/properties/capabilities", "apiProperties.json"],
      ["warning", "AdditionalPropertyNotAllowed", "/properties/website", "apiProperties.json"],
      ["warning", "JsonValueNotInEnum", "/properties/connectionParameters/api_key/type", "apiProperties.json"],
    ]);
  });

  it("extension objects paconn's schema closes take no other key; a definition's dynamic extensions are read for the body that uses it", () => {
    const doc = base();
    doc.paths["/items"].get["x-ms-pageable"] = { nextLinkName: "@odata.nextLink", pageSize: 50 };
    doc.paths["/teams"] = {
      get: {
        operationId: "ListTeams",
        parameters: [{ name: "team", in: "query", type: "string" }],
        responses: {
          "200": { description: "OK", schema: { type: "object", properties: { value: { type: "array", items: { $ref: "#/definitions/Item" } } } } },
        },
      },
    };
    doc.definitions.NewItem = {
      type: "object",
      required: ["team"],
      properties: {
        team: { type: "string", default: "support", "x-ms-visibility": "internal" },
        owner: {
          type: "string",
          "x-ms-dynamic-list": { operationId: "ListTeams", itemsPath: "value", itemValuePath: "id", parameters: { team: { parameterReference: "body/team" } } },
        },
      },
    };
    doc.paths["/items"].post = {
      operationId: "AddItem",
      parameters: [{ name: "body", in: "body", required: true, schema: { $ref: "#/definitions/NewItem" } }],
      responses: { "201": { description: "Created" } },
    };
    expect(findings(doc).map(([, code, path]) => [code, path])).toEqual([
      ["AdditionalPropertyNotAllowed", "/paths/~1items/get/x-ms-pageable/pageSize"],
      ["SourcePropertyInternal", "/definitions/NewItem/properties/owner/x-ms-dynamic-list/parameters/team/parameterReference"],
    ]);
  });

  it("the third reading: a trailing-slash twin, an unknown notification target, a made-up type, an empty description, a marker in the payload", () => {
    const doc = webhook(base(), { type: "object", properties: { callbackUrl: CALLBACK }, required: ["callbackUrl"] });
    doc.info.description = "";
    doc.paths["/items/"] = { get: { operationId: "ListItemsAgain", responses: { "200": { description: "OK" } } } };
    doc.paths["/items"].get.parameters = [{ name: "top", in: "query", type: "int" }];
    doc.paths["/items"].get["x-ms-trigger"] = "batch";
    doc.paths["/items"].get["x-ms-notification"] = { operationId: "Nowhere" };
    doc.paths["/hooks"]["x-ms-notification-content"].schema = { type: "object", properties: { hook: { type: "string", "x-ms-notification-url": true } } };
    const codes = findings(doc).map(([severity, code, path]) => [severity, code, path]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ["warning", "RequiredValueEmpty", "/info/description"],
        ["error", "UnrecognizedTypeFormat", "/paths/~1items/get/parameters/0/type"],
        ["warning", "OperationIdNotFound", "/paths/~1items/get/x-ms-notification/operationId"],
        ["warning", "DuplicateOperationPath", "/paths/~1items~1"],
        ["warning", "NotificationUrlNotAllowedInThisPosition", "/paths/~1hooks/x-ms-notification-content/schema/properties/hook"],
      ]),
    );
    expect(codes.map(([, code]) => code)).not.toContain("NotificationOperationMustBeWebhook");
  });

  it("filterFunctions in a property's x-ms-capabilities: empty, duplicated, unknown, or on an input-only property", () => {
    const doc = base();
    doc.definitions.Item.properties.id["x-ms-capabilities"] = { filterFunctions: ["eq", "like", "eq"] };
    doc.definitions.Item.properties.name = { type: "string", "x-ms-capabilities": { filterFunctions: [] } };
    doc.definitions.NewItem = { type: "object", properties: { title: { type: "string", "x-ms-capabilities": { filterFunctions: ["eq"] } } } };
    doc.paths["/items"].post = {
      operationId: "AddItem",
      parameters: [{ name: "body", in: "body", required: true, schema: { $ref: "#/definitions/NewItem" } }],
      responses: { "201": { description: "Created" } },
    };
    expect(findings(doc).map(([, code, path]) => [code, path])).toEqual([
      ["FilterFunctionsPropertyHasDuplicates", "/definitions/Item/properties/id/x-ms-capabilities/filterFunctions"],
      ["FilterFunctionsPropertyInvalidValue", "/definitions/Item/properties/id/x-ms-capabilities/filterFunctions"],
      ["FilterFunctionsPropertyEmpty", "/definitions/Item/properties/name/x-ms-capabilities/filterFunctions"],
      ["FilterFunctionsPropertyInInputSchema", "/definitions/NewItem/properties/title/x-ms-capabilities/filterFunctions"],
    ]);
  });

  it("x-ms-dynamic-list's arguments are held to the called operation's parameters, and to this operation's", () => {
    const doc = base();
    doc.paths["/agents"] = {
      get: {
        operationId: "ListAgents",
        parameters: [
          { name: "team", in: "query", type: "string", required: true },
          { name: "limit", in: "query", type: "integer" },
        ],
        responses: {
          "200": { description: "OK", schema: { type: "object", properties: { value: { type: "array", items: { $ref: "#/definitions/Item" } } } } },
        },
      },
    };
    doc.paths["/items"].get.parameters = [
      {
        name: "owner",
        in: "query",
        type: "string",
        "x-ms-dynamic-list": { operationId: "ListAgents", itemsPath: "value", itemValuePath: "id", parameters: { limit: { value: "ten" } } },
        "x-ms-dynamic-values": { operationId: "ListAgents", "value-collection": "value", "value-path": "id", parameters: { team: { parameter: "group" } } },
      },
    ];
    const codes = findings(doc).map(([, code, path]) => [code, path]);
    const at = "/paths/~1items/get/parameters/0";
    expect(codes).toEqual(
      expect.arrayContaining([
        ["OperationMissingRequiredProperty", `${at}/x-ms-dynamic-list`],
        ["OperationParameterStaticTypeMismatch", `${at}/x-ms-dynamic-list/parameters/limit`],
        ["OperationParameterNameNotFound", `${at}/x-ms-dynamic-values/parameters/team`],
      ]),
    );
  });
  it("the fourth reading: the webhook payload and response headers are checked as schemas; a misplaced payload is reported as such", () => {
    const doc = webhook(base(), { type: "object", properties: { callbackUrl: CALLBACK }, required: ["callbackUrl"] });
    doc.paths["/hooks"]["x-ms-notification-content"].schema = { $ref: "#/definitions/Event" };
    doc.paths["/items"].get.responses["200"].headers = {
      "X-Ids": { type: "array", description: "The ids." },
      "X-Tags": { type: "array", items: { type: "string" }, uniqueItems: true },
    };
    doc.paths["/items"].get.responses["200"].schema = { type: "array", items: { type: "file" } };
    expect(findings(doc)).toEqual([
      ["warning", "SchemaTypeFileNotValid", "/paths/~1items/get/responses/200/schema/items/type"],
      ["warning", "ArrayHasNoItems", "/paths/~1items/get/responses/200/headers/X-Ids"],
      ["warning", "SwaggerKeywordNotSupported", "/paths/~1items/get/responses/200/headers/X-Tags/uniqueItems"],
      ["error", "SchemaReferenceNotFound", "/paths/~1hooks/x-ms-notification-content/schema/$ref"],
    ]);
    // x-ms-notification-content written on the operation: reported as misplaced; the platform reads it from the path
    // item, so the trigger is not taken for a webhook (and no missing callback URL is reported).
    const misplaced = base();
    misplaced.paths["/hooks"] = {
      post: {
        operationId: "OnItemCreated",
        summary: "When an item is created",
        "x-ms-trigger": "single",
        "x-ms-notification-content": { description: "The item", schema: { $ref: "#/definitions/Item" } },
        responses: { "201": { description: "Subscribed" } },
      },
    };
    const codes = findings(misplaced).map(([, code]) => code);
    expect(codes).toContain("NotificationExtensionNotSupportedInWebhookOperation");
    expect(codes).not.toContain("WebhookOperationsMissingNotificationUrlProperty");
  });

  it("the fourth reading: Microsoft's codes for security definitions, empty values, binary parameters, file pickers and unsendable bodies", () => {
    const doc = base();
    doc.securityDefinitions = {
      bearer: { type: "bearer" },
      key: { type: "apiKey", name: "key", in: "cookie" },
      oauth: { type: "oauth2", flow: "accessCode", authorizationUrl: "/authorize", tokenUrl: "https://login.accepted-service.net/{tenant}/token" },
    };
    doc.paths["/items"].get.operationId = "";
    doc.paths["/items"].get.parameters = [
      { name: "raw", in: "query", type: "string", format: "binary" },
      { name: "Content-Length", in: "header", type: "integer" },
    ];
    doc.paths["/items"].post = {
      operationId: "CreateItem",
      summary: "Create an item",
      consumes: ["application/xml"],
      parameters: [
        {
          name: "body",
          in: "body",
          schema: { type: "object", properties: { file: { type: "string", "x-ms-dynamic-values": { operationId: "ListItems", capability: "file-picker" } } } },
        },
      ],
      responses: { "200": { description: "OK" } },
    };
    doc.definitions.Item.properties.id.summary = "ID";
    const result = findings(doc);
    expect(result).toEqual(
      expect.arrayContaining([
        ["error", "JsonValueNotInEnum", "/securityDefinitions/bearer/type"],
        ["error", "JsonValueNotInEnum", "/securityDefinitions/key/in"],
        ["warning", "SecuritySchemePropertyRequired", "/securityDefinitions/oauth"],
        ["warning", "UrlNotValid", "/securityDefinitions/oauth/authorizationUrl"],
        ["error", "RequiredValueEmpty", "/paths/~1items/get/operationId"],
        ["warning", "InvalidStringBinaryProperty", "/paths/~1items/get/parameters/0/format"],
        ["warning", "ReservedParameterIsUsed", "/paths/~1items/get/parameters/1/name"],
        ["warning", "ConsumesMissing", "/paths/~1items/post/consumes"],
        ["warning", "MimeTypeNotSupported", "/paths/~1items/post/consumes"],
        ["warning", "DynamicTreeExtensionMissing", "/paths/~1items/post/parameters/0/schema/properties/file/x-ms-dynamic-values/capability"],
        ["warning", "ExtensionNameNotValid", "/definitions/Item/properties/id/summary"],
      ]),
    );
    const codes = result.map(([, code, path]) => `${code} ${path}`);
    // A {tenant} placeholder in an OAuth address is filled in at sign-in; an empty operationId is not also "missing".
    expect(codes).not.toContain("UrlNotValid /securityDefinitions/oauth/tokenUrl");
    expect(codes).not.toContain("OperationIdRequired /paths/~1items/get");
  });

  it("the fourth reading: apiProperties' connection parameters and policy templates under Microsoft's codes", () => {
    const props = {
      properties: {
        iconBrandColor: "#0f6cbd",
        connectionParameters: {
          key: { uiDefinition: { displayName: "Key" } },
          token: { type: "oauthSetting", oAuthSettings: { identityProvider: "oauth2", redirectMode: "Local" } },
        },
        policyTemplateInstances: [{ parameters: {} }, { templateId: "", parameters: "x-ms-apimTemplateParameter.name" }],
      },
    };
    const result = validateConnector({ definition: JSON.stringify(base()), apiProperties: JSON.stringify(props, null, 2) }).findings;
    expect(result.filter((f) => f.file === "apiProperties.json").map((f) => [f.severity, f.code, f.path])).toEqual([
      ["warning", "RequiredPropertyMissing", "/properties/connectionParameters/key"],
      ["warning", "OAuthConnectionRequiresOAuth2Security", "/properties/connectionParameters/token"],
      ["warning", "JsonValueNotInEnum", "/properties/connectionParameters/token/oAuthSettings/redirectMode"],
      ["warning", "RequiredPropertyMissing", "/properties/policyTemplateInstances/0"],
      ["warning", "RequiredValueEmpty", "/properties/policyTemplateInstances/1/templateId"],
      ["warning", "JsonTypeIncorrect", "/properties/policyTemplateInstances/1/parameters"],
    ]);
  });

  it("a chain of $ref definitions deeper than the limit is SchemaTooDeep at its top; a recursive definition is not", () => {
    const doc = base();
    for (let i = 0; i < 40; i++)
      doc.definitions[`Level${i}`] = { type: "object", properties: { next: i < 39 ? { $ref: `#/definitions/Level${i + 1}` } : { type: "string" } } };
    doc.definitions.Node = { type: "object", properties: { children: { type: "array", items: { $ref: "#/definitions/Node" } } } };
    // Forty definitions that refer round in a ring are recursive together, not 40 levels deep.
    for (let i = 0; i < 40; i++) doc.definitions[`Ring${i}`] = { type: "object", properties: { next: { $ref: `#/definitions/Ring${(i + 1) % 40}` } } };
    const deep = findings(doc).filter(([, code]) => code === "SchemaTooDeep");
    expect(deep).toEqual([["warning", "SchemaTooDeep", "/definitions/Level0"]]);
  });
  it("the fifth reading: restricted summary characters, a parameter with neither type nor schema, extension types and values, a default response through $ref", () => {
    const doc = base();
    doc.responses = { Failure: { description: "The error", schema: { type: "object", properties: { message: { type: "string" } } } } };
    const get = doc.paths["/items"].get;
    get.summary = "List items & tags";
    get.parameters = [
      { name: "q", in: "query" },
      { name: "id", in: "query", type: "string", "x-ms-url-encoding": "triple" },
    ];
    get["x-ms-pageable"] = "yes";
    get.responses.default = { $ref: "#/responses/Failure" };
    expect(findings(doc)).toEqual([
      ["warning", "RestrictedCharactersInSummary", "/paths/~1items/get/summary"],
      ["warning", "DefaultResponseHasSchema", "/paths/~1items/get/responses/default/$ref"],
      ["error", "RequiredPropertyMissing", "/paths/~1items/get/parameters/0"],
      ["warning", "OneOfPropertiesRequired", "/paths/~1items/get/parameters/0"],
      ["warning", "QueryParameterEncodingNotSupported", "/paths/~1items/get/parameters/1/x-ms-url-encoding"],
      ["warning", "JsonValueNotInEnum", "/paths/~1items/get/parameters/1/x-ms-url-encoding"],
      ["warning", "InvalidNextLinkNameValue", "/paths/~1items/get/x-ms-pageable"],
      ["warning", "JsonTypeIncorrect", "/paths/~1items/get/x-ms-pageable"],
    ]);
  });

  it("the fifth reading: a connection parameter's unknown key, and a product name in a certified description", () => {
    const props = { properties: { iconBrandColor: "#0f6cbd", connectionParameters: { api_key: { type: "securestring", hint: "Your key" } } } };
    const result = validateConnector({ definition: JSON.stringify(base()), apiProperties: JSON.stringify(props, null, 2) }).findings;
    expect(result.map((f) => [f.severity, f.code, f.path])).toEqual([
      ["warning", "AdditionalPropertyNotAllowed", "/properties/connectionParameters/api_key/hint"],
    ]);
    const doc = base();
    doc.info.description = "Lists the items of a workspace so that makers can use them in Power Automate flows.";
    const cert = validateConnector({ definition: JSON.stringify(doc), certification: true }).findings;
    expect(cert.map((f) => [f.severity, f.code, f.path])).toEqual(expect.arrayContaining([["warning", "ValueContainsRestrictedWords", "/info/description"]]));
  });

  it("a body parameter named with a space (certified E-goi, SendSMS) is a warning; an empty name, or a blank one that is sent, is still an error", () => {
    const doc = base();
    doc.paths["/messages"] = {
      post: {
        operationId: "SendMessage",
        summary: "Send a message",
        parameters: [{ name: " ", in: "body", required: true, schema: { type: "object", properties: { to: { type: "string" } } } }],
        responses: { "200": { description: "OK" } },
      },
    };
    expect(findings(doc)).toEqual([["warning", "RequiredValueEmpty", "/paths/~1messages/post/parameters/0/name"]]);
    doc.paths["/messages"].post.parameters[0].name = "";
    expect(findings(doc)).toEqual([["error", "RequiredValueEmpty", "/paths/~1messages/post/parameters/0/name"]]);
    doc.paths["/messages"].post.parameters[0].name = "body";
    doc.paths["/messages"].post.parameters.push({ name: " ", in: "query", type: "string" });
    expect(findings(doc)).toEqual(expect.arrayContaining([["error", "RequiredValueEmpty", "/paths/~1messages/post/parameters/1/name"]]));
    doc.paths["/messages"].post.parameters.pop();
    doc.paths["/messages"].post.operationId = " ";
    expect(findings(doc)).toEqual(expect.arrayContaining([["error", "RequiredValueEmpty", "/paths/~1messages/post/operationId"]]));
  });
});
