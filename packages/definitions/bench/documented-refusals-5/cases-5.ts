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
  addPolling,
  PT,
  depotParam,
  dynVals,
  respOp,
  bodyOp,
  wide,
  clone,
} from "./cases.ts";

const meta = (d: any, name: string) => d["x-ms-connector-metadata"].find((m: any) => m.propertyName === name);
const err = { description: "An error occurred." };

// ---- MimeTypeNotValid ----
T("MimeTypeNotValid", "CreateVehicle consumes ['json']", (d) => {
  CV(d).consumes = ["json"];
});
T("MimeTypeNotValid", "global produces ['application json']", (d) => {
  d.produces = ["application json"];
});
T("MimeTypeNotValid", "GetVehicle produces ['text']", (d) => {
  GV(d).produces = ["text"];
});

// ---- MissingEnumValuesDisplayName ----
T("MissingEnumValuesDisplayName", "query x-ms-enum-values without displayName", (d) => {
  LV(d).parameters[1]["x-ms-enum-values"] = [{ value: "active" }, { value: "inShop" }, { value: "retired" }];
});
T("MissingEnumValuesDisplayName", "schema x-ms-enum-values one entry lacks displayName", (d) => {
  VH(d).properties.status["x-ms-enum-values"] = [{ value: "active", displayName: "Active" }, { value: "inShop" }, { value: "retired", displayName: "Retired" }];
});

// ---- MultipleOfMustBeGreaterThanZero ----
T("MultipleOfMustBeGreaterThanZero", "schema multipleOf 0", (d) => {
  VI(d).properties.mileage.multipleOf = 0;
});
T("MultipleOfMustBeGreaterThanZero", "query multipleOf -5", (d) => {
  LV(d).parameters.push(qp("minMileage", { type: "integer", multipleOf: -5 }));
});

// ---- OneOfPropertiesRequired ----
T("OneOfPropertiesRequired", "query dynamic-values without operationId/builtInOperation/capability", (d) => {
  depotParam(d)["x-ms-dynamic-values"] = { "value-collection": "value", "value-path": "id", "value-title": "name" };
});
T("OneOfPropertiesRequired", "schema dynamic-values without operationId", (d) => {
  VI(d).properties.depotId["x-ms-dynamic-values"] = { "value-path": "id" };
});
T("OneOfPropertiesRequired", "query parameter with neither type nor schema", (d) => {
  const q: any = qp("odometer");
  delete q.type;
  LV(d).parameters.push(q);
});

// ---- ProductionStatusOnBetaService ----
T("ProductionStatusOnBetaService", "Production connector on host beta.*", (d) => {
  d.info["x-ms-api-annotation"] = { status: "Production" };
  d.host = "beta.fleetwise-maintenance.com";
});
T("ProductionStatusOnBetaService", "Production connector with basePath /beta", (d) => {
  d.info["x-ms-api-annotation"] = { status: "Production" };
  d.basePath = "/beta";
});
T("ProductionStatusOnBetaService", "Production connector with version 1.2.0-beta", (d) => {
  d.info["x-ms-api-annotation"] = { status: "Production" };
  d.info.version = "1.2.0-beta";
});

// ---- RequiredPropertyDefinitionMissing ----
T("RequiredPropertyDefinitionMissing", "VehicleInput requires undefined 'plate'", (d) => {
  VI(d).required = ["vin", "model", "plate"];
});
T("RequiredPropertyDefinitionMissing", "inline response schema requires undefined 'total'", (d) => {
  GW(d).responses["200"].schema = { type: "object", required: ["total"], properties: { id: { type: "string" } } };
});
T("RequiredPropertyDefinitionMissing", "allOf member requires undefined 'inspector'", (d) => {
  bodyOp(d, { allOf: [{ $ref: "#/definitions/Part" }, { type: "object", required: ["inspector"], properties: { notes: { type: "string" } } }] });
});

// ---- RequiredPropertyMissing ----
T("RequiredPropertyMissing", "info.title missing", (d) => {
  delete d.info.title;
});
T("RequiredPropertyMissing", "info.version missing", (d) => {
  delete d.info.version;
});
T("RequiredPropertyMissing", "response without description", (d) => {
  delete DV(d).responses["204"].description;
});
T("RequiredPropertyMissing", "parameter without 'in'", (d) => {
  const q: any = qp("odometer");
  delete q.in;
  LV(d).parameters.push(q);
});

// ---- RequiredPropertyNotOnObject ----
T("RequiredPropertyNotOnObject", "string property with required", (d) => {
  VH(d).properties.vin.required = ["value"];
});
T("RequiredPropertyNotOnObject", "array schema with required", (d) => {
  d.definitions.DepotList.properties.value.required = ["id"];
});

// ---- RequiredReadOnlyPropertyNotAllowedAsInput ----
T("RequiredReadOnlyPropertyNotAllowedAsInput", "VehicleInput.vin readOnly and required", (d) => {
  VI(d).properties.vin.readOnly = true;
});
T("RequiredReadOnlyPropertyNotAllowedAsInput", "inline body property readOnly and required", (d) => {
  bodyOp(d, { type: "object", required: ["id"], properties: { id: { type: "string", readOnly: true }, result: { type: "string" } } });
});

// ---- schemes ----
T("SchemeNotValid", "schemes ['ftp']", (d) => {
  d.schemes = ["ftp"];
});
T("SchemeNotValid", "schemes ['https','file']", (d) => {
  d.schemes = ["https", "file"];
});

// ---- security scheme properties ----
T("SecuritySchemePropertyNotValid", "apiKey with 'flow'", (d) => {
  d.securityDefinitions.api_key.flow = "implicit";
});
T("SecuritySchemePropertyNotValid", "basic with 'name'", (d) => {
  d.securityDefinitions = { basic_auth: { type: "basic", name: "Authorization" } };
  d.security = [{ basic_auth: [] }];
});
T("SecuritySchemePropertyNotValid", "oauth2 with 'in'", (d) => {
  d.securityDefinitions = {
    oauth2_auth: {
      type: "oauth2",
      flow: "accessCode",
      authorizationUrl: "https://login.fleetwise-maintenance.com/authorize",
      tokenUrl: "https://login.fleetwise-maintenance.com/token",
      scopes: {},
      in: "header",
    },
  };
  d.security = [{ oauth2_auth: [] }];
});
T("SecuritySchemePropertyRequired", "apiKey without 'in'", (d) => {
  delete d.securityDefinitions.api_key.in;
});
T("SecuritySchemePropertyRequired", "apiKey without 'name'", (d) => {
  delete d.securityDefinitions.api_key.name;
});
T("SecuritySchemePropertyRequired", "oauth2 accessCode without tokenUrl", (d) => {
  d.securityDefinitions = {
    oauth2_auth: { type: "oauth2", flow: "accessCode", authorizationUrl: "https://login.fleetwise-maintenance.com/authorize", scopes: {} },
  };
  d.security = [{ oauth2_auth: [] }];
});

// ---- SpecificationVersionIncorrect ----
T("SpecificationVersionIncorrect", "swagger '3.0'", (d) => {
  d.swagger = "3.0";
});
T("SpecificationVersionIncorrect", "swagger number 2.0", (d) => {
  d.swagger = 2.0;
});
T("SpecificationVersionIncorrect", "swagger '2.0.0'", (d) => {
  d.swagger = "2.0.0";
});

// ---- TagRedefined ----
T("TagRedefined", "tag Vehicles twice", (d) => {
  d.tags = [
    { name: "Vehicles", description: "Vehicle records." },
    { name: "Vehicles", description: "Vehicle records." },
  ];
});
T("TagRedefined", "tag Depots twice with different descriptions", (d) => {
  d.tags = [{ name: "Depots" }, { name: "Work orders" }, { name: "Depots", description: "Depots again." }];
});

// ---- UrlNotValid ----
T("UrlNotValid", "contact url 'support page'", (d) => {
  d.info.contact.url = "support page";
});
T("UrlNotValid", "license url relative '/license'", (d) => {
  d.info.license = { name: "Proprietary", url: "/license" };
});
T("UrlNotValid", "externalDocs url 'docs/fleet'", (d) => {
  d.externalDocs = { description: "Docs.", url: "docs/fleet" };
});
T(
  "UrlNotValid",
  "metadata Website without scheme",
  (d) => {
    meta(d, "Website").propertyValue = "www.fleetwise-maintenance.com";
  },
  true,
);

// ================= Response group (part 1) =================
T("BodyParameterSchemaRequired", "CreateVehicle body without schema", (d) => {
  delete CV(d).parameters[0].schema;
});
T("BodyParameterSchemaRequired", "global body parameter without schema", (d) => {
  d.parameters.Note = { name: "note", in: "body", required: true, description: "A note." };
  GW(d).parameters.push({ $ref: "#/parameters/Note" });
});
T("BodySchemaCountExceedsMaxAllowed", "body schema with 6000 properties", (d) => {
  CV(d).parameters[0].schema = wide(6000);
});
T("BodySchemaCountExceedsMaxAllowed", "VehicleInput definition with 12000 properties", (d) => {
  d.definitions.VehicleInput = wide(12000);
});
T("DefaultResponseHasSchema", "GetVehicle default response with schema", (d) => {
  GV(d).responses.default = { description: "Error.", schema: { type: "object", properties: { message: { type: "string" } } } };
});
T("DefaultResponseHasSchema", "default response via global $ref with schema", (d) => {
  d.responses.Error = { description: "Error.", schema: { $ref: "#/definitions/Part" } };
  LV(d).responses.default = { $ref: "#/responses/Error" };
});
T("DefaultResponseHasSchema", "webhook default response with schema", (d) => {
  addWebhook(d);
  WH(d).responses.default = { description: "Error.", schema: { type: "string" } };
});
T("InvalidCustomEditorExtensionDictionaryValue", "x-ms-editor dictionary on string property", (d) => {
  VI(d).properties.model["x-ms-editor"] = "dictionary";
});
T("InvalidCustomEditorExtensionDictionaryValue", "x-ms-editor dictionary on object with additionalProperties false", (d) => {
  VI(d).properties.labels = { type: "object", additionalProperties: false, "x-ms-editor": "dictionary", description: "Labels." };
});
T("InvalidCustomEditorExtensionDictionaryValue", "x-ms-editor dictionary on array", (d) => {
  VI(d).properties.labels = { type: "array", items: { type: "string" }, "x-ms-editor": "dictionary", description: "Labels." };
});
T("JsonPointerNotValid", "$ref with bad escape ~2", (d) => {
  GV(d).responses["200"].schema = { $ref: "#/definitions/Vehi~2cle" };
});
T("JsonPointerNotValid", "$ref with trailing ~", (d) => {
  d.definitions.WorkOrder.properties.parts.items = { $ref: "#/definitions/Part~" };
});
T("JsonPointerNotValid", "$ref with bad percent escape", (d) => {
  LD(d).responses["200"].schema = { $ref: "#/definitions/Depot%ZZList" };
});
T("NonBodyParameterSchemaNotValid", "query param with schema", (d) => {
  LV(d).parameters.push(qp("filter", { schema: { type: "string" } }));
});
T("NonBodyParameterSchemaNotValid", "header param with schema", (d) => {
  CV(d).parameters.push(hp("X-Meta", { schema: { $ref: "#/definitions/Part" } }));
});
T("NonBodyParameterSchemaNotValid", "global path param with schema", (d) => {
  d.parameters.WorkOrderId.schema = { type: "string" };
});
