import type { TEdit } from "./fixtures/edit-definition.ts";

// Pointers into fixtures/make-definition.ts.
const LIST = "/paths/~1items/get";
const CREATE = "/paths/~1items/post";
const GET = "/paths/~1items~1{id}/get";
const DELETE = "/paths/~1items~1{id}/delete";
const HOOK = "/paths/~1hooks/post";
const POLL = "/paths/~1poll/get";
const ITEM_USERS = ["ListItems", "CreateItem", "GetItem", "OnNewItems"];

export interface TCase {
  name: string;
  before?: TEdit[];
  after: TEdit[];
  /** [code, path, operationId] of every change expected, in any order. */
  expected: Array<[string, string, string?]>;
}

export const BREAKING_CASES: TCase[] = [
  { name: "an operation is removed", after: [{ remove: DELETE }], expected: [["OperationRemoved", DELETE, "DeleteItem"]] },
  {
    name: "an operationId changes",
    after: [{ set: `${LIST}/operationId`, value: "ListAllItems" }],
    expected: [["OperationIdChanged", `${LIST}/operationId`, "ListAllItems"]],
  },
  {
    name: "an operationId changes along with a path parameter's name",
    after: [
      { move: "/paths/~1items~1{id}", to: "/paths/~1items~1{itemId}" },
      { set: "/parameters/ItemId/name", value: "itemId" },
      { set: "/paths/~1items~1{itemId}/get/operationId", value: "ReadItem" },
    ],
    expected: [
      ["OperationIdChanged", "/paths/~1items~1{itemId}/get/operationId", "ReadItem"],
      ["ParameterRenamed", "/parameters/ItemId/name", "ReadItem"],
      ["ParameterRenamed", "/parameters/ItemId/name", "DeleteItem"],
    ],
  },
  {
    name: "an operation's method changes",
    after: [{ move: DELETE, to: "/paths/~1items~1{id}/post" }],
    expected: [["OperationMethodChanged", "/paths/~1items~1{id}/post", "DeleteItem"]],
  },
  {
    name: "an operation's path changes",
    after: [{ move: "/paths/~1poll", to: "/paths/~1polling" }],
    expected: [["OperationPathChanged", "/paths/~1polling/get", "OnNewItems"]],
  },
  {
    name: "an action becomes a trigger",
    after: [{ set: `${GET}/x-ms-trigger`, value: "single" }],
    expected: [["ActionBecameTrigger", `${GET}/x-ms-trigger`, "GetItem"]],
  },
  { name: "a trigger becomes an action", after: [{ remove: `${POLL}/x-ms-trigger` }], expected: [["TriggerBecameAction", POLL, "OnNewItems"]] },
  {
    name: "a webhook trigger becomes polling",
    after: [{ remove: `${HOOK}/parameters/0/schema/properties/callbackUrl/x-ms-notification-url` }],
    expected: [["TriggerTypeChanged", HOOK, "OnItemCreated"]],
  },
  {
    name: "a batch trigger becomes single",
    after: [{ set: `${POLL}/x-ms-trigger`, value: "single" }],
    expected: [["TriggerCardinalityChanged", `${POLL}/x-ms-trigger`, "OnNewItems"]],
  },
  {
    name: "a required query parameter is added",
    after: [{ set: `${LIST}/parameters/-`, value: { name: "region", in: "query", type: "string", required: true } }],
    expected: [["RequiredParameterAdded", `${LIST}/parameters/2`, "ListItems"]],
  },
  {
    name: "a required body property is added",
    after: [
      { set: "/definitions/ItemInput/properties/color", value: { type: "string" } },
      { set: "/definitions/ItemInput/required", value: ["name", "color"] },
    ],
    expected: [["RequiredParameterAdded", "/definitions/ItemInput/properties/color", "CreateItem"]],
  },
  {
    name: "an optional parameter becomes required",
    after: [{ set: `${LIST}/parameters/0/required`, value: true }],
    expected: [["ParameterMadeRequired", `${LIST}/parameters/0/required`, "ListItems"]],
  },
  { name: "a parameter is removed", after: [{ remove: `${GET}/parameters/0` }], expected: [["ParameterRemoved", `${GET}/parameters/0`, "GetItem"]] },
  {
    name: "a parameter is renamed",
    after: [{ set: `${LIST}/parameters/0/name`, value: "limit" }],
    expected: [["ParameterRenamed", `${LIST}/parameters/0/name`, "ListItems"]],
  },
  {
    name: "a body property is renamed",
    after: [{ move: "/definitions/ItemInput/properties/note", to: "/definitions/ItemInput/properties/comment" }],
    expected: [["ParameterRenamed", "/definitions/ItemInput/properties/comment", "CreateItem"]],
  },
  {
    name: "a parameter moves from header to query",
    after: [{ set: `${GET}/parameters/0/in`, value: "query" }],
    expected: [["ParameterLocationChanged", `${GET}/parameters/0/in`, "GetItem"]],
  },
  {
    name: "a parameter's type is narrowed",
    after: [{ set: `${LIST}/parameters/0/type`, value: "boolean" }],
    expected: [["ParameterTypeNarrowed", `${LIST}/parameters/0`, "ListItems"]],
  },
  {
    name: "a shared parameter gets a narrower format",
    after: [{ set: "/parameters/ItemId/format", value: "uuid" }],
    expected: [
      ["ParameterTypeNarrowed", "/parameters/ItemId", "GetItem"],
      ["ParameterTypeNarrowed", "/parameters/ItemId", "DeleteItem"],
    ],
  },
  {
    name: "an enum value is removed from a parameter",
    after: [{ set: `${LIST}/parameters/1/enum`, value: ["open"] }],
    expected: [["ParameterEnumValueRemoved", `${LIST}/parameters/1/enum`, "ListItems"]],
  },
  {
    name: "a body property gets an enum",
    after: [{ set: "/definitions/ItemInput/properties/note/enum", value: ["short"] }],
    expected: [["ParameterEnumValueRemoved", "/definitions/ItemInput/properties/note/enum", "CreateItem"]],
  },
  {
    name: "a parameter without default becomes internal",
    after: [{ set: `${LIST}/parameters/0/x-ms-visibility`, value: "internal" }],
    expected: [["ParameterMadeInternal", `${LIST}/parameters/0`, "ListItems"]],
  },
  {
    name: "a response property is removed",
    after: [{ remove: "/definitions/Item/properties/count" }],
    expected: ITEM_USERS.map((id) => ["ResponsePropertyRemoved", "/definitions/Item/properties/count", id]),
  },
  {
    name: "a response property's type changes inside a cyclic definition",
    after: [{ set: "/definitions/User/properties/name/type", value: "integer" }],
    expected: ITEM_USERS.map((id) => ["ResponsePropertyTypeChanged", "/definitions/User/properties/name", id]),
  },
  {
    name: "a success status code is removed",
    after: [{ move: `${CREATE}/responses/201`, to: `${CREATE}/responses/200` }],
    expected: [["SuccessStatusCodeRemoved", `${CREATE}/responses/201`, "CreateItem"]],
  },
  {
    name: "a success response loses its schema",
    after: [{ remove: `${POLL}/responses/200/schema` }],
    expected: [["ResponseSchemaRemoved", `${POLL}/responses/200/schema`, "OnNewItems"]],
  },
  { name: "the host changes", after: [{ set: "/host", value: "api.example.org" }], expected: [["HostChanged", "/host"]] },
  { name: "the basePath changes", after: [{ set: "/basePath", value: "/v2" }], expected: [["BasePathChanged", "/basePath"]] },
  { name: "https is dropped", after: [{ set: "/schemes", value: ["http"] }], expected: [["SchemeRemoved", "/schemes/0"]] },
  {
    name: "the API key moves to the query",
    after: [{ set: "/securityDefinitions/api_key/in", value: "query" }],
    expected: [["SecuritySchemeChanged", "/securityDefinitions/api_key"]],
  },
  {
    name: "API key is replaced by OAuth",
    after: [
      { remove: "/securityDefinitions/api_key" },
      {
        set: "/securityDefinitions/oauth",
        value: {
          type: "oauth2",
          flow: "accessCode",
          authorizationUrl: "https://login.example.com/authorize",
          tokenUrl: "https://login.example.com/token",
          scopes: {},
        },
      },
    ],
    expected: [
      ["SecuritySchemeRemoved", "/securityDefinitions/api_key"],
      ["SecuritySchemeAdded", "/securityDefinitions/oauth"],
    ],
  },
  {
    name: "an OAuth scheme asks for a new scope",
    before: [
      {
        set: "/securityDefinitions/api_key",
        value: { type: "oauth2", flow: "accessCode", authorizationUrl: "https://l/a", tokenUrl: "https://l/t", scopes: { read: "Read" } },
      },
    ],
    after: [
      {
        set: "/securityDefinitions/api_key",
        value: { type: "oauth2", flow: "accessCode", authorizationUrl: "https://l/a", tokenUrl: "https://l/t", scopes: { read: "Read", write: "Write" } },
      },
    ],
    expected: [["SecuritySchemeChanged", "/securityDefinitions/api_key/scopes"]],
  },
];

export const NON_BREAKING_CASES: TCase[] = [
  { name: "nothing changes", after: [], expected: [] },
  {
    name: "an operation is added",
    after: [{ set: "/paths/~1tags", value: { get: { operationId: "ListTags", responses: { "200": { description: "OK" } } } } }],
    expected: [["OperationAdded", "/paths/~1tags/get", "ListTags"]],
  },
  {
    name: "a new revision of an operation family is added and the old one deprecated",
    before: [{ set: `${LIST}/x-ms-api-annotation`, value: { family: "ListItems", revision: 1 } }],
    after: [
      { set: `${LIST}/deprecated`, value: true },
      {
        set: "/paths/~1v2~1items",
        value: {
          get: { operationId: "ListItemsV2", "x-ms-api-annotation": { family: "ListItems", revision: 2 }, responses: { "200": { description: "OK" } } },
        },
      },
    ],
    expected: [
      ["OperationDeprecated", `${LIST}/deprecated`, "ListItems"],
      ["OperationRevisionAdded", "/paths/~1v2~1items/get", "ListItemsV2"],
    ],
  },
  {
    name: "an operation is deprecated",
    after: [{ set: `${DELETE}/deprecated`, value: true }],
    expected: [["OperationDeprecated", `${DELETE}/deprecated`, "DeleteItem"]],
  },
  {
    name: "an operation is no longer deprecated",
    before: [{ set: `${DELETE}/deprecated`, value: true }],
    after: [{ set: `${DELETE}/deprecated`, value: false }],
    expected: [["OperationUndeprecated", DELETE, "DeleteItem"]],
  },
  {
    name: "an operation becomes advanced",
    after: [{ set: `${DELETE}/x-ms-visibility`, value: "advanced" }],
    expected: [["OperationVisibilityChanged", `${DELETE}/x-ms-visibility`, "DeleteItem"]],
  },
  {
    name: "an optional parameter is added",
    after: [{ set: `${LIST}/parameters/-`, value: { name: "skip", in: "query", type: "integer" } }],
    expected: [["OptionalParameterAdded", `${LIST}/parameters/2`, "ListItems"]],
  },
  {
    name: "a required internal parameter with a default is added",
    after: [
      {
        set: `${LIST}/parameters/-`,
        value: { name: "api-version", in: "query", type: "string", required: true, default: "2024-01-01", "x-ms-visibility": "internal" },
      },
    ],
    expected: [["OptionalParameterAdded", `${LIST}/parameters/2`, "ListItems"]],
  },
  {
    name: "a required header loses its required flag",
    before: [{ set: `${GET}/parameters/0/required`, value: true }],
    after: [{ remove: `${GET}/parameters/0/required` }],
    expected: [["ParameterMadeOptional", `${GET}/parameters/0`, "GetItem"]],
  },
  {
    name: "a required body property becomes optional",
    after: [{ set: "/definitions/ItemInput/required", value: [] }],
    expected: [["ParameterMadeOptional", "/definitions/ItemInput/properties/name", "CreateItem"]],
  },
  {
    name: "an integer parameter accepts decimals",
    after: [{ set: `${LIST}/parameters/0/type`, value: "number" }],
    expected: [["ParameterTypeWidened", `${LIST}/parameters/0`, "ListItems"]],
  },
  {
    name: "an enum value is added",
    after: [{ set: `${LIST}/parameters/1/enum`, value: ["open", "closed", "archived"] }],
    expected: [["ParameterEnumValueAdded", `${LIST}/parameters/1/enum`, "ListItems"]],
  },
  {
    name: "a parameter becomes advanced",
    after: [{ set: `${LIST}/parameters/0/x-ms-visibility`, value: "advanced" }],
    expected: [["ParameterVisibilityChanged", `${LIST}/parameters/0`, "ListItems"]],
  },
  {
    name: "a parameter with a default becomes internal",
    after: [
      { set: `${LIST}/parameters/0/x-ms-visibility`, value: "internal" },
      { set: `${LIST}/parameters/0/default`, value: 10 },
    ],
    expected: [["ParameterVisibilityChanged", `${LIST}/parameters/0`, "ListItems"]],
  },
  {
    name: "a response property is added",
    after: [{ set: "/definitions/Item/properties/color", value: { type: "string" } }],
    expected: ITEM_USERS.map((id) => ["ResponsePropertyAdded", "/definitions/Item/properties/color", id]),
  },
  {
    name: "a response property's format changes",
    after: [{ set: "/definitions/Item/properties/created/format", value: "date" }],
    expected: ITEM_USERS.map((id) => ["ResponsePropertyFormatChanged", "/definitions/Item/properties/created", id]),
  },
  {
    name: "a response gets a schema",
    after: [{ set: `${HOOK}/responses/201/schema`, value: { type: "object", properties: { id: { type: "string" } } } }],
    expected: [["ResponseSchemaAdded", `${HOOK}/responses/201/schema`, "OnItemCreated"]],
  },
  {
    name: "summaries and descriptions change",
    after: [
      { set: `${LIST}/summary`, value: "List all items" },
      { set: "/info/description", value: "Manage items and tags." },
      { set: `${LIST}/parameters/0/x-ms-summary`, value: "Number of items" },
    ],
    expected: [
      ["TextChanged", `${LIST}/summary`, "ListItems"],
      ["TextChanged", "/info/description"],
      ["TextChanged", `${LIST}/parameters/0/x-ms-summary`, "ListItems"],
    ],
  },
  {
    name: "the security scheme is renamed",
    after: [{ move: "/securityDefinitions/api_key", to: "/securityDefinitions/apiKey" }],
    expected: [["SecuritySchemeRenamed", "/securityDefinitions/apiKey"]],
  },
  { name: "a readOnly property leaves a request body", after: [{ remove: "/definitions/ItemInput/properties/id" }], expected: [] },
  {
    name: "a path parameter is renamed in the template (the URL flows call is the same)",
    after: [
      { move: "/paths/~1items~1{id}", to: "/paths/~1items~1{itemId}" },
      { set: "/parameters/ItemId/name", value: "itemId" },
    ],
    expected: [
      ["ParameterRenamed", "/parameters/ItemId/name", "GetItem"],
      ["ParameterRenamed", "/parameters/ItemId/name", "DeleteItem"],
    ],
  },
];
