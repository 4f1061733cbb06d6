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
  addSchemaOp,
  clone,
} from "./cases.ts";

const repl = (o: any, r: any, extra: any = {}) => {
  o["x-ms-api-annotation"] = { ...extra, replacement: r };
};

// ---- x-ms-api-annotation replacement ----
T("ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations", "replacement on non-deprecated GetVehicle", (d) =>
  repl(GV(d), { api: "fleetwise", operationId: "GetVehicleV2" }),
);
T("ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations", "replacement with deprecated:false on DeleteVehicle", (d) => {
  DV(d).deprecated = false;
  repl(DV(d), { api: "fleetwise", operationId: "RetireVehicle" }, { family: "DeleteVehicle", revision: 1 });
});
T("ApiAnnotationExtensionReplacementInfoMissingApiProperty", "deprecated GetVehicle replacement without api", (d) => {
  GV(d).deprecated = true;
  repl(GV(d), { operationId: "GetVehicleV2" });
});
T("ApiAnnotationExtensionReplacementInfoMissingApiProperty", "deprecated ListVehicles in family, replacement without api", (d) => {
  LV(d).deprecated = true;
  repl(LV(d), { operationId: "ListVehiclesV2" }, { family: "ListVehicles", revision: 1 });
});
T("ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty", "deprecated GetVehicle replacement without operationId", (d) => {
  GV(d).deprecated = true;
  repl(GV(d), { api: "fleetwise" });
});
T("ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty", "deprecated DeleteVehicle in family, replacement api only", (d) => {
  DV(d).deprecated = true;
  repl(DV(d), { api: "fleetwiseV2" }, { family: "DeleteVehicle", revision: 1 });
});

// ---- ArrayDuplicateValue ----
T("ArrayDuplicateValue", "definition required lists vin twice", (d) => {
  VI(d).required = ["vin", "model", "vin"];
});
T("ArrayDuplicateValue", "schemes lists https twice", (d) => {
  d.schemes = ["https", "https"];
});
T("ArrayDuplicateValue", "query param enum lists active twice", (d) => {
  LV(d).parameters[1].enum = ["active", "inShop", "active"];
});

// ---- Body/formData in GET ----
T("BodyOrFormDataParameterInFetchOperationNotAllowed", "GET GetVehicle with a body parameter", (d) => {
  GV(d).parameters.push(bodyP({ type: "object", properties: { fields: { type: "string" } } }, { required: false }));
});
T("BodyOrFormDataParameterInFetchOperationNotAllowed", "GET ListVehicles with a formData parameter", (d) => {
  LV(d).consumes = ["multipart/form-data"];
  LV(d).parameters.push({ name: "filter", in: "formData", type: "string", required: false, "x-ms-summary": "Filter", description: "A filter." });
});
T("BodyOrFormDataParameterInFetchOperationNotAllowed", "GET GetWorkOrder with $ref to global body parameter", (d) => {
  d.parameters.Query = bodyP({ $ref: "#/definitions/Part" }, { name: "query", required: false });
  GW(d).parameters.push({ $ref: "#/parameters/Query" });
});

// ---- connectionId ----
T("ConnectionIdParameterNotAllowed", "query parameter named connectionId", (d) => {
  LV(d).parameters.push(qp("connectionId"));
});
T("ConnectionIdParameterNotAllowed", "path-level header parameter connectionId", (d) => {
  d.paths["/vehicles/{vehicleId}"].parameters = [hp("connectionId")];
});
T("ConnectionIdParameterNotAllowed", "global parameter connectionId referenced by GetWorkOrder", (d) => {
  d.parameters.Conn = qp("connectionId");
  GW(d).parameters.push({ $ref: "#/parameters/Conn" });
});

// ---- ConsumesMissing ----
T("ConsumesMissing", "no global consumes; CreateVehicle has a body", (d) => {
  delete d.consumes;
});
T("ConsumesMissing", "CreateVehicle overrides consumes with []", (d) => {
  CV(d).consumes = [];
});
T("ConsumesMissing", "formData upload op with no consumes anywhere", (d) => {
  delete d.consumes;
  d.paths["/vehicles/{vehicleId}/photos"] = {
    post: mkOp("UploadVehiclePhoto", {
      parameters: [pp("vehicleId"), { name: "photo", in: "formData", type: "file", required: true, "x-ms-summary": "Photo", description: "The photo." }],
    }),
  };
});

// ---- DuplicateEnumValuesInExtension ----
T("DuplicateEnumValuesInExtension", "query status x-ms-enum-values maps active twice", (d) => {
  LV(d).parameters[1]["x-ms-enum-values"] = [
    { value: "active", displayName: "Active" },
    { value: "active", displayName: "In service" },
    { value: "retired", displayName: "Retired" },
  ];
});
T("DuplicateEnumValuesInExtension", "Vehicle.status schema x-ms-enum-values duplicate", (d) => {
  VH(d).properties.status["x-ms-enum-values"] = [
    { value: "active", displayName: "Active" },
    { value: "inShop", displayName: "In shop" },
    { value: "inShop", displayName: "At the garage" },
  ];
});

// ---- DuplicateOperationPath ----
T("DuplicateOperationPath", "GET /vehicles/{id} alongside GET /vehicles/{vehicleId}", (d) => {
  d.paths["/vehicles/{id}"] = { get: mkOp("GetVehicleById", { parameters: [pp("id")] }) };
});
T("DuplicateOperationPath", "GET /workorders/{orderId} alongside /workorders/{workOrderId}", (d) => {
  d.paths["/workorders/{orderId}"] = { get: mkOp("FetchWorkOrder", { parameters: [pp("orderId")] }) };
});

// ---- DynamicExtensionDefinitionNotAllowedInParameter ----
T("DynamicExtensionDefinitionNotAllowedInParameter", "x-ms-dynamic-schema on CreateVehicle body parameter", (d) => {
  addSchemaOp(d);
  CV(d).parameters[0]["x-ms-dynamic-schema"] = { operationId: "GetVehicleTypeSchema", "value-path": "schema" };
});
T("DynamicExtensionDefinitionNotAllowedInParameter", "x-ms-dynamic-properties on CreateVehicle body parameter", (d) => {
  addSchemaOp(d);
  CV(d).parameters[0]["x-ms-dynamic-properties"] = { operationId: "GetVehicleTypeSchema", itemValuePath: "schema" };
});

// ---- dynamic values with ambiguous / body-property references ----
const depotDV = (d: any, params: any) => {
  LD(d).parameters[0].required = false;
  VI(d).properties.depotId["x-ms-dynamic-values"] = dynVals({ parameters: params });
};
T("DynamicListExtensionRequiredForAmbiguousReferences", "dynamic-values param 'region' is both query param and body property", (d) => {
  CV(d).parameters.push(qp("region"));
  VI(d).properties.region = { type: "string", description: "Region.", "x-ms-summary": "Region" };
  depotDV(d, { region: { parameter: "region" } });
});
T("DynamicListExtensionRequiredForAmbiguousReferences", "dynamic-values on query param references 'model' (query and body)", (d) => {
  CV(d).parameters.push(qp("model"));
  CV(d).parameters.push(qp("depotHint", { "x-ms-dynamic-values": dynVals({ parameters: { region: { parameter: "model" } } }) }));
});
T("DynamicListExtensionRequiredForNonParameterReferences", "dynamic-values references body property 'model'", (d) => {
  depotDV(d, { region: { parameter: "model" } });
});
T("DynamicListExtensionRequiredForNonParameterReferences", "dynamic-values references 'body/model'", (d) => {
  depotDV(d, { region: { parameter: "body/model" } });
});

// ---- dynamic schema ----
const dynSchema = (d: any, ext: any, props?: any) => {
  addSchemaOp(d, [qp("vehicleType")]);
  VI(d).properties.attributes = {
    type: "object",
    description: "Type-specific attributes.",
    "x-ms-summary": "Attributes",
    "x-ms-dynamic-schema": { operationId: "GetVehicleTypeSchema", ...ext },
  };
  if (props) VI(d).properties.attributes["x-ms-dynamic-properties"] = { operationId: "GetVehicleTypeSchema", ...props };
};
T("DynamicPropertiesExtensionRequiredForAmbiguousReferences", "dynamic-schema param 'vehicleType' is query param and body property", (d) => {
  CV(d).parameters.push(qp("vehicleType"));
  VI(d).properties.vehicleType = { type: "string", description: "Type.", "x-ms-summary": "Vehicle type" };
  dynSchema(d, { parameters: { vehicleType: { parameter: "vehicleType" } }, "value-path": "schema" });
});
T("DynamicPropertiesExtensionRequiredForAmbiguousReferences", "dynamic-schema on response references ambiguous 'model'", (d) => {
  CV(d).parameters.push(qp("model"));
  addSchemaOp(d, [qp("vehicleType")]);
  CV(d).responses["201"].schema = {
    type: "object",
    "x-ms-dynamic-schema": { operationId: "GetVehicleTypeSchema", parameters: { vehicleType: { parameter: "model" } }, "value-path": "schema" },
  };
});
T("DynamicPropertiesExtensionRequiredForNonParameterReferences", "dynamic-schema references body property 'model'", (d) => {
  dynSchema(d, { parameters: { vehicleType: { parameter: "model" } }, "value-path": "schema" });
});
T("DynamicPropertiesExtensionRequiredForNonParameterReferences", "dynamic-schema references 'body/vin'", (d) => {
  dynSchema(d, { parameters: { vehicleType: { parameter: "body/vin" } }, "value-path": "schema" });
});
T("DynamicPropertiesExtensionRequiredForPropertiesValuePath", "dynamic-schema value-path 'schema/properties' without dynamic-properties", (d) => {
  dynSchema(d, { "value-path": "schema/properties" });
});
T("DynamicPropertiesExtensionRequiredForPropertiesValuePath", "dynamic-schema on response value-path 'properties'", (d) => {
  addSchemaOp(d);
  GV(d).responses["200"].schema = { type: "object", "x-ms-dynamic-schema": { operationId: "GetVehicleTypeSchema", "value-path": "properties" } };
});
T("DynamicPropertiesItemValuePathMismatch", "schema value-path 'schema/properties' vs properties itemValuePath 'fields'", (d) => {
  dynSchema(d, { "value-path": "schema/properties" }, { itemValuePath: "fields" });
});
T("DynamicPropertiesItemValuePathMismatch", "schema value-path 'schema/properties' vs itemValuePath 'schema/properties'", (d) => {
  dynSchema(d, { "value-path": "schema/properties" }, { itemValuePath: "schema/properties" });
});

// ---- DynamicTreeExtensionMissing ----
T("DynamicTreeExtensionMissing", "query param dynamic-values capability file-picker, no tree", (d) => {
  depotParam(d)["x-ms-dynamic-values"] = { capability: "file-picker", "value-path": "Id", parameters: { isFolder: true } };
});
T("DynamicTreeExtensionMissing", "body property dynamic-values capability file-picker, no tree", (d) => {
  VI(d).properties.manualFile = {
    type: "string",
    description: "The service manual.",
    "x-ms-summary": "Manual",
    "x-ms-dynamic-values": { capability: "file-picker", "value-path": "Id" },
  };
});

// ---- InvalidEnumValue ----
T("InvalidEnumValue", "string query enum contains a number", (d) => {
  LV(d).parameters[1].enum = ["active", 2, "retired"];
});
T("InvalidEnumValue", "integer schema property enum contains a string", (d) => {
  VH(d).properties.mileage.enum = [1000, "high"];
});
T("InvalidEnumValue", "boolean header param enum contains 'yes'", (d) => {
  LV(d).parameters.push(hp("X-Include-Retired", { type: "boolean", enum: [true, "yes"] }));
});

// ---- InvalidEnumValuesExtensionValue ----
T("InvalidEnumValuesExtensionValue", "query x-ms-enum-values value not in enum", (d) => {
  LV(d).parameters[1]["x-ms-enum-values"] = [
    { value: "active", displayName: "Active" },
    { value: "scrapped", displayName: "Scrapped" },
  ];
});
T("InvalidEnumValuesExtensionValue", "schema x-ms-enum-values value not in enum", (d) => {
  VH(d).properties.status["x-ms-enum-values"] = [
    { value: "active", displayName: "Active" },
    { value: "inShop", displayName: "In shop" },
    { value: "sold", displayName: "Sold" },
  ];
});

// ---- InvalidFormDataParameterName ----
const upload = (d: any, name: string, extra: any = {}) => {
  d.paths["/vehicles/{vehicleId}/photos"] = {
    post: mkOp("UploadVehiclePhoto", {
      consumes: ["multipart/form-data"],
      parameters: [pp("vehicleId"), { name, in: "formData", type: "file", required: true, "x-ms-summary": "Photo", description: "The photo." }],
      ...extra,
    }),
  };
  return d.paths["/vehicles/{vehicleId}/photos"].post;
};
T("InvalidFormDataParameterName", "formData name with umlaut", (d) => {
  upload(d, "fahrzeugfotö");
});
T("InvalidFormDataParameterName", "formData name in Japanese", (d) => {
  upload(d, "写真");
});

// ---- InvalidNextLinkNameValue ----
T("InvalidNextLinkNameValue", "nextLinkName 'next'", (d) => {
  LV(d)["x-ms-pageable"] = { nextLinkName: "next" };
});
T("InvalidNextLinkNameValue", "nextLinkName '@odata.next'", (d) => {
  LV(d)["x-ms-pageable"] = { nextLinkName: "@odata.next" };
});
T("InvalidNextLinkNameValue", "nextLinkName 'links/next' on ListDepots", (d) => {
  LD(d)["x-ms-pageable"] = { nextLinkName: "links/next" };
});

// ---- InvokedOperationShouldProduce* ----
T("InvokedOperationShouldProduceArray", "dynamic-values value-collection 'items' missing in ListDepots", (d) => {
  depotParam(d)["x-ms-dynamic-values"] = dynVals({ "value-collection": "items" });
});
T("InvokedOperationShouldProduceArray", "dynamic-list itemsPath 'depots' missing in ListDepots", (d) => {
  depotParam(d)["x-ms-dynamic-list"] = { operationId: "ListDepots", itemsPath: "depots", itemValuePath: "id", itemTitlePath: "name" };
});
T("InvokedOperationShouldProduceArray", "dynamic-values with no value-collection, ListDepots returns object", (d) => {
  depotParam(d)["x-ms-dynamic-values"] = { operationId: "ListDepots", "value-path": "id", "value-title": "name" };
});
T("InvokedOperationShouldProduceProperty", "dynamic-schema value-path 'definition' not in response", (d) => {
  dynSchema(d, { "value-path": "definition" });
});
T("InvokedOperationShouldProduceProperty", "dynamic-values value-path 'code' not in Depot", (d) => {
  depotParam(d)["x-ms-dynamic-values"] = dynVals({ "value-path": "code" });
});

// ---- MimeTypeNotCompatibleWithRequestContentSchemaType ----
T("MimeTypeNotCompatibleWithRequestContentSchemaType", "formData file with consumes application/json", (d) => {
  upload(d, "photo", { consumes: ["application/json"] });
});
T("MimeTypeNotCompatibleWithRequestContentSchemaType", "object body with consumes multipart/form-data", (d) => {
  CV(d).consumes = ["multipart/form-data"];
});

// ---- x-ms-notification ----
T("NotificationExtensionSupportedForTriggerOnly", "x-ms-notification on action GetVehicle", (d) => {
  addWebhook(d);
  GV(d)["x-ms-notification"] = { operationId: "OnInspectionCompleted" };
});
T("NotificationExtensionSupportedForTriggerOnly", "x-ms-notification on action CreateVehicle", (d) => {
  addWebhook(d);
  CV(d)["x-ms-notification"] = { operationId: "OnInspectionCompleted" };
});
T("NotificationExtensionNotSupportedInWebhookOperation", "x-ms-notification on the webhook itself", (d) => {
  addWebhook(d);
  WH(d)["x-ms-notification"] = { operationId: "OnInspectionCompleted" };
});
T("NotificationExtensionNotSupportedInWebhookOperation", "webhook has x-ms-notification to polling op", (d) => {
  addWebhook(d);
  addPolling(d);
  WH(d)["x-ms-notification"] = { operationId: "OnNewInspection" };
});
T("NotificationOperationMustBeWebhook", "polling trigger x-ms-notification -> GetVehicle", (d) => {
  addPolling(d);
  PT(d)["x-ms-notification"] = { operationId: "GetVehicle" };
});
T("NotificationOperationMustBeWebhook", "polling trigger x-ms-notification -> itself", (d) => {
  addPolling(d);
  PT(d)["x-ms-notification"] = { operationId: "OnNewInspection" };
});
