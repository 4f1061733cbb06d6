import {
  T,
  LV,
  CV,
  GV,
  DV,
  LD,
  GW,
  VI,
  VH,
  qp,
  hp,
  pp,
  bodyP,
  ok,
  mkOp,
  addWebhook,
  WH,
  whProp,
  addPolling,
  PT,
  respOp,
  bodyOp,
  wide,
  deep,
  clone,
} from "./cases.ts";

// ================= Response group (part 2) =================
T("RequiredLoopInSchemaNotAllowed", "A requires b:$ref B, B requires a:$ref A", (d) => {
  d.definitions.Trailer = { type: "object", required: ["tractor"], properties: { tractor: { $ref: "#/definitions/Tractor" } } };
  d.definitions.Tractor = { type: "object", required: ["trailer"], properties: { trailer: { $ref: "#/definitions/Trailer" } } };
  GV(d).responses["200"].schema = { $ref: "#/definitions/Trailer" };
});
T("RequiredLoopInSchemaNotAllowed", "Part requires replacement:$ref Part", (d) => {
  const pt = d.definitions.Part;
  pt.required = ["replacement"];
  pt.properties.replacement = { $ref: "#/definitions/Part" };
});
T("RequiredLoopInSchemaNotAllowed", "three-step required loop used in body", (d) => {
  d.definitions.A = { type: "object", required: ["b"], properties: { b: { $ref: "#/definitions/B" } } };
  d.definitions.B = { type: "object", required: ["c"], properties: { c: { $ref: "#/definitions/C" } } };
  d.definitions.C = { type: "object", required: ["a"], properties: { a: { $ref: "#/definitions/A" } } };
  bodyOp(d, { $ref: "#/definitions/A" });
});
T("ResponseExampleMustBeProducedByOperation", "example for application/xml, produces json", (d) => {
  GV(d).responses["200"].examples = { "application/xml": "<vehicle id='1'/>" };
});
T("ResponseExampleMustBeProducedByOperation", "example for text/csv on ListDepots", (d) => {
  LD(d).responses["200"].examples = { "text/csv": "id,name\n1,North" };
});
T("ResponseHeadersAreNotUnique", "Location and location headers", (d) => {
  CV(d).responses["201"].headers = { Location: { type: "string", description: "URL." }, location: { type: "string", description: "URL." } };
});
T("ResponseHeadersAreNotUnique", "X-Rate-Limit and x-rate-limit on webhook 201", (d) => {
  addWebhook(d);
  WH(d).responses["201"].headers = { Location: { type: "string" }, "X-Rate-Limit": { type: "integer" }, "x-rate-limit": { type: "integer" } };
});
T("ResponseMustBeDefaultOrHttpStatusCode", "response key 'Success'", (d) => {
  GV(d).responses.Success = { description: "Fine." };
});
T("ResponseMustBeDefaultOrHttpStatusCode", "response key '2XX'", (d) => {
  DV(d).responses = { "2XX": { description: "Deleted." }, default: { description: "Error." } };
});
T("ResponseMustBeDefaultOrHttpStatusCode", "response key '999'", (d) => {
  LD(d).responses["999"] = { description: "Odd." };
});
T("ResponseReferenceNotFound", "$ref #/responses/Missing", (d) => {
  GV(d).responses["409"] = { $ref: "#/responses/Missing" };
});
T("ResponseReferenceNotFound", "case-mismatched $ref #/responses/notFound", (d) => {
  GW(d).responses["404"] = { $ref: "#/responses/notFound" };
});
T("ResponseReferenceNotValid", "response $ref to #/definitions/Vehicle", (d) => {
  GV(d).responses["200"] = { $ref: "#/definitions/Vehicle" };
});
T("ResponseReferenceNotValid", "response $ref to external errors.json", (d) => {
  GW(d).responses["404"] = { $ref: "errors.json#/responses/NotFound" };
});
T("SchemaDefinitionSetIncorrectly", "polling trigger 200 without schema", (d) => {
  addPolling(d);
  delete PT(d).responses["200"].schema;
});
T("SchemaDefinitionSetIncorrectly", "webhook notification content without schema", (d) => {
  addWebhook(d)["x-ms-notification-content"] = { description: "The completed inspection." };
});
T("SchemaDefinitionSetIncorrectly", "polling trigger schema only on 202", (d) => {
  addPolling(d);
  const r = PT(d).responses;
  r["202"].schema = r["200"].schema;
  delete r["200"];
});
T("SchemaReferenceNotFound", "response $ref #/definitions/Missing", (d) => {
  GV(d).responses["200"].schema = { $ref: "#/definitions/Truck" };
});
T("SchemaReferenceNotFound", "allOf $ref to missing definition", (d) => {
  d.definitions.WorkOrder.allOf = [{ $ref: "#/definitions/AuditFields" }];
});
T("SchemaReferenceNotFound", "array items $ref missing in body", (d) => {
  VI(d).properties.tyres = { type: "array", items: { $ref: "#/definitions/Tyre" }, description: "Tyres." };
});
T("SchemaReferenceNotValid", "schema $ref to #/parameters/WorkOrderId", (d) => {
  GW(d).responses["200"].schema = { $ref: "#/parameters/WorkOrderId" };
});
T("SchemaReferenceNotValid", "schema $ref to external common.json", (d) => {
  d.definitions.WorkOrder.properties.parts.items = { $ref: "common.json#/definitions/Part" };
});
T("SchemaReferenceNotValid", "schema $ref to #/components/schemas/Part", (d) => {
  CV(d).parameters[0].schema = { $ref: "#/components/schemas/VehicleInput" };
});
T("SchemaRefLoopNotAllowed", "definition Truck is just $ref Vehicle", (d) => {
  d.definitions.Truck = { $ref: "#/definitions/Vehicle" };
  GV(d).responses["200"].schema = { $ref: "#/definitions/Truck" };
});
T("SchemaRefLoopNotAllowed", "definitions A and B $ref each other", (d) => {
  d.definitions.A = { $ref: "#/definitions/B" };
  d.definitions.B = { $ref: "#/definitions/A" };
  LD(d).responses["200"].schema = { $ref: "#/definitions/A" };
});
T("SchemaRefLoopNotAllowed", "alias definition used only in body", (d) => {
  d.definitions.NewVehicle = { $ref: "#/definitions/VehicleInput" };
  CV(d).parameters[0].schema = { $ref: "#/definitions/NewVehicle" };
});
T("SchemaTooDeep", "inline response schema nested 40 objects", (d) => {
  GV(d).responses["200"].schema = deep(40);
});
T("SchemaTooDeep", "chain of 60 definitions via $ref", (d) => {
  for (let i = 0; i < 60; i++)
    d.definitions["Level" + i] = { type: "object", properties: { next: i < 59 ? { $ref: "#/definitions/Level" + (i + 1) } : { type: "string" } } };
  LD(d).responses["200"].schema = { $ref: "#/definitions/Level0" };
});
T("SchemaTypeFileNotValid", "body schema type file", (d) => {
  CV(d).parameters[0].schema = { type: "file" };
});
T("SchemaTypeFileNotValid", "nested response property type file", (d) => {
  VH(d).properties.photo = { type: "file", description: "Photo." };
});
T("SchemaTypeFileNotValid", "array items type file in definition", (d) => {
  d.definitions.WorkOrder.properties.attachments = { type: "array", items: { type: "file" }, description: "Attachments." };
});
T("SchemeNotSupported", "schemes ['wss']", (d) => {
  d.schemes = ["wss"];
});
T("SchemeNotSupported", "schemes ['https','ws']", (d) => {
  d.schemes = ["https", "ws"];
});
T("TotalSchemaCountExceedsMaxAllowed", "80 operations each with 800-property response", (d) => {
  for (let i = 0; i < 80; i++) d.paths[`/reports/r${i}`] = { get: mkOp(`GetReport${i}`, { responses: { "200": ok(wide(800)) } }) };
});
T("TotalSchemaCountExceedsMaxAllowed", "200 definitions each with 500 properties, referenced", (d) => {
  for (let i = 0; i < 200; i++) d.definitions["Report" + i] = wide(500);
  d.definitions.AllReports = {
    type: "object",
    properties: Object.fromEntries(Array.from({ length: 200 }, (_, i) => ["r" + i, { $ref: "#/definitions/Report" + i }])),
  };
  d.paths["/reports"] = { get: mkOp("GetAllReports", { responses: { "200": ok({ $ref: "#/definitions/AllReports" }) } }) };
});

// ================= Security =================
const oauth = (d: any, req: any) => {
  d.securityDefinitions = {
    oauth2_auth: {
      type: "oauth2",
      flow: "accessCode",
      authorizationUrl: "https://login.fleetwise-maintenance.com/authorize",
      tokenUrl: "https://login.fleetwise-maintenance.com/token",
      scopes: { "fleet.read": "Read fleet data.", "fleet.write": "Change fleet data." },
    },
  };
  d.security = req;
};
T("OAuthSecurityRequirementValueMustBeScopeName", "global security requires undefined scope fleet.admin", (d) => {
  oauth(d, [{ oauth2_auth: ["fleet.read", "fleet.admin"] }]);
});
T("OAuthSecurityRequirementValueMustBeScopeName", "operation security requires undefined scope", (d) => {
  oauth(d, [{ oauth2_auth: ["fleet.read"] }]);
  DV(d).security = [{ oauth2_auth: ["fleet.delete"] }];
});
T("SecurityRequirementMustBeDefined", "global security names 'bearer'", (d) => {
  d.security = [{ bearer: [] }];
});
T("SecurityRequirementMustBeDefined", "operation security names 'oauth'", (d) => {
  GV(d).security = [{ oauth: [] }];
});
T("SecurityRequirementMustHaveEmptyValue", "apiKey requirement with scopes", (d) => {
  d.security = [{ api_key: ["read"] }];
});
T("SecurityRequirementMustHaveEmptyValue", "operation apiKey requirement with scopes", (d) => {
  CV(d).security = [{ api_key: ["vehicles.write"] }];
});
T("SecurityRequirementMustHaveValue", "global requirement value null", (d) => {
  d.security = [{ api_key: null }];
});
T("SecurityRequirementMustHaveValue", "operation requirement value null", (d) => {
  GV(d).security = [{ api_key: null }];
});

// ================= Webhooks =================
T("NotificationUrlNotAllowedInThisPosition", "x-ms-notification-url in response schema", (d) => {
  addWebhook(d);
  VH(d).properties.callback = { type: "string", "x-ms-notification-url": true, description: "Callback." };
});
T("NotificationUrlNotAllowedInThisPosition", "x-ms-notification-url on a query parameter", (d) => {
  addWebhook(d);
  WH(d).parameters[0] = qp("callback", { "x-ms-notification-url": true, "x-ms-visibility": "internal", required: true });
});
T("NotificationUrlNotAllowedInThisPosition", "x-ms-notification-url in notification content schema", (d) => {
  addWebhook(d);
  d.definitions.Inspection.properties.hookUrl = { type: "string", "x-ms-notification-url": true };
});
T("NotificationUrlNotInternal", "callbackUrl without x-ms-visibility internal", (d) => {
  addWebhook(d);
  delete whProp(d)["x-ms-visibility"];
});
T("NotificationUrlNotInternal", "callbackUrl visibility important", (d) => {
  addWebhook(d);
  whProp(d)["x-ms-visibility"] = "important";
});
T("NotificationUrlNotRequired", "callbackUrl not in schema required", (d) => {
  addWebhook(d);
  delete WH(d).parameters[1].schema.required;
});
T("NotificationUrlNotRequired", "webhook body parameter required:false", (d) => {
  addWebhook(d);
  WH(d).parameters[1].required = false;
});
T("NotificationUrlNotRequired", "callbackUrl nested in optional object", (d) => {
  addWebhook(d);
  WH(d).parameters[1].schema = {
    type: "object",
    properties: {
      delivery: { type: "object", required: ["url"], properties: { url: { type: "string", "x-ms-notification-url": true, "x-ms-visibility": "internal" } } },
    },
  };
});
T("NotificationUrlNotString", "callbackUrl type integer", (d) => {
  addWebhook(d);
  whProp(d).type = "integer";
});
T("NotificationUrlNotString", "callbackUrl type object", (d) => {
  addWebhook(d);
  whProp(d).type = "object";
});
