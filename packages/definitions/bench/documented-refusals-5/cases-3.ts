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
  depotParam,
  withRegion,
  dynVals,
  clone,
} from "./cases.ts";

// ---- PartialDuplicateOperationPath ----
T("PartialDuplicateOperationPath", "GET /vehicles/active next to GET /vehicles/{vehicleId}", (d) => {
  d.paths["/vehicles/active"] = { get: mkOp("ListActiveVehicles") };
});
T("PartialDuplicateOperationPath", "GET /workorders/open next to GET /workorders/{workOrderId}", (d) => {
  d.paths["/workorders/open"] = { get: mkOp("ListOpenWorkOrders") };
});

// ---- PathParameterMustBeRequired ----
T("PathParameterMustBeRequired", "GetVehicle vehicleId required:false", (d) => {
  GV(d).parameters[0].required = false;
});
T("PathParameterMustBeRequired", "DeleteVehicle vehicleId without required", (d) => {
  delete DV(d).parameters[0].required;
});
T("PathParameterMustBeRequired", "global WorkOrderId parameter required:false", (d) => {
  d.parameters.WorkOrderId.required = false;
});

// ---- PathParameterNotDefinedInTemplate ----
T("PathParameterNotDefinedInTemplate", "GetVehicle has extra path param fleetId", (d) => {
  GV(d).parameters.push(pp("fleetId"));
});
T("PathParameterNotDefinedInTemplate", "ListDepots has path param depotId", (d) => {
  LD(d).parameters.push(pp("depotId"));
});
T("PathParameterNotDefinedInTemplate", "path-level param tenant on /vehicles", (d) => {
  d.paths["/vehicles"].parameters = [pp("tenant")];
});

// ---- path-level parameter lists ----
T("PathParametersContainDuplicateParameter", "path-level vehicleId twice", (d) => {
  d.paths["/vehicles/{vehicleId}"].parameters = [pp("vehicleId"), pp("vehicleId", { description: "Again." })];
});
T("PathParametersContainDuplicateParameter", "path-level X-Fleet header twice", (d) => {
  d.paths["/vehicles"].parameters = [hp("X-Fleet"), hp("X-Fleet", { required: true })];
});
T("PathParametersContainMultipleBodyParameters", "path-level two body params on /vehicles", (d) => {
  d.paths["/vehicles"].parameters = [bodyP({ type: "object" }, { name: "a", required: false }), bodyP({ type: "object" }, { name: "b", required: false })];
});
T("PathParametersContainMultipleBodyParameters", "path-level two body params on new path", (d) => {
  d.paths["/inspections"] = {
    parameters: [bodyP({ $ref: "#/definitions/Part" }, { name: "part" }), bodyP({ $ref: "#/definitions/Vehicle" }, { name: "vehicle" })],
    post: mkOp("CreateInspection"),
  };
});

// ---- PathRedefined ----
T("PathRedefined", "/Vehicles next to /vehicles", (d) => {
  d.paths["/Vehicles"] = { put: mkOp("ReplaceVehicles") };
});
T("PathRedefined", "/DEPOTS next to /depots", (d) => {
  d.paths["/DEPOTS"] = { post: mkOp("CreateDepot") };
});

// ---- RestrictedCharactersInSummary ----
T(
  "RestrictedCharactersInSummary",
  "summary with '/'",
  (d) => {
    GV(d).summary = "Get vehicle / trailer";
  },
  true,
);
T(
  "RestrictedCharactersInSummary",
  "summary with '<' '>'",
  (d) => {
    LD(d).summary = "List <depots>";
  },
  true,
);
T("RestrictedCharactersInSummary", "summary with '%' and '&' (non-cert)", (d) => {
  LV(d).summary = "List 100% of vehicles & trailers";
});
T(
  "RestrictedCharactersInSummary",
  "webhook summary with '?'",
  (d) => {
    addWebhook(d);
    WH(d).summary = "Inspection done?";
  },
  true,
);

// ---- SelectedItemValuePathNotAllowedInThisPosition ----
const tree = (open: any, browse: any) => ({ settings: { canSelectParentNodes: true, canSelectLeafNodes: true }, open, browse });
const openStep = (params: any = {}) => ({
  operationId: "ListDepots",
  itemValuePath: "id",
  itemTitlePath: "name",
  itemIsParent: "(isRegion eq true)",
  parameters: params,
});
T("SelectedItemValuePathNotAllowedInThisPosition", "selectedItemValuePath in dynamic-tree open", (d) => {
  depotParam(d)["x-ms-dynamic-tree"] = tree(openStep({ region: { selectedItemValuePath: "id" } }), openStep({ region: { selectedItemValuePath: "id" } }));
});
T("SelectedItemValuePathNotAllowedInThisPosition", "selectedItemValuePath in dynamic-list parameters", (d) => {
  depotParam(d)["x-ms-dynamic-list"] = {
    operationId: "ListDepots",
    itemsPath: "value",
    itemValuePath: "id",
    itemTitlePath: "name",
    parameters: { region: { selectedItemValuePath: "id" } },
  };
});
T("SelectedItemValuePathNotAllowedInThisPosition", "selectedItemValuePath in dynamic-values on schema property", (d) => {
  VI(d).properties.depotId["x-ms-dynamic-values"] = dynVals({ parameters: { region: { selectedItemValuePath: "id" } } });
});

// ---- StringBinaryNotSupportedForFormUrlEncoded ----
const formOp = (d: any, params: any[]) => {
  d.paths["/vehicles/{vehicleId}/notes"] = {
    post: mkOp("AddVehicleNote", { consumes: ["application/x-www-form-urlencoded"], parameters: [pp("vehicleId"), ...params] }),
  };
};
T("StringBinaryNotSupportedForFormUrlEncoded", "urlencoded formData string/binary", (d) => {
  formOp(d, [{ name: "attachment", in: "formData", type: "string", format: "binary", required: true, "x-ms-summary": "Attachment", description: "The file." }]);
});
T("StringBinaryNotSupportedForFormUrlEncoded", "urlencoded formData type file", (d) => {
  formOp(d, [{ name: "attachment", in: "formData", type: "file", required: true, "x-ms-summary": "Attachment", description: "The file." }]);
});

// ---- TotalOperationsCountExceedsMaxAllowed ----
const many = (d: any, n: number) => {
  for (let i = 0; i < n; i++) d.paths[`/reports/r${i}`] = { get: mkOp(`GetReport${i}`) };
};
T("TotalOperationsCountExceedsMaxAllowed", "257+ operations (260 extra GETs)", (d) => {
  many(d, 260);
});
T("TotalOperationsCountExceedsMaxAllowed", "400 extra operations", (d) => {
  many(d, 400);
});

// ---- UnrecognizedTypeFormat ----
T("UnrecognizedTypeFormat", "query integer/int128", (d) => {
  LV(d).parameters.push(qp("minMileage", { type: "integer", format: "int128" }));
});
T("UnrecognizedTypeFormat", "schema string/datetime (typo)", (d) => {
  VH(d).properties.lastServiced.format = "datetime";
});
T("UnrecognizedTypeFormat", "schema number/decimal128 in Part", (d) => {
  d.definitions.Part.properties.price = { type: "number", format: "decimal128", description: "Unit price." };
});

// ---- WebhookOperationsMissingNotificationUrlProperty ----
T("WebhookOperationsMissingNotificationUrlProperty", "webhook callbackUrl without x-ms-notification-url", (d) => {
  addWebhook(d);
  delete whProp(d)["x-ms-notification-url"];
});
T("WebhookOperationsMissingNotificationUrlProperty", "webhook body has only an events property", (d) => {
  addWebhook(d);
  WH(d).parameters[1].schema = {
    type: "object",
    required: ["events"],
    properties: { events: { type: "string", default: "completed", "x-ms-visibility": "internal" } },
  };
});

// ---- Arrays ----
T("ArrayHasNoItems", "definition array property without items", (d) => {
  d.definitions.WorkOrder.properties.tags = { type: "array", description: "Tags." };
});
T("ArrayHasNoItems", "query array param without items", (d) => {
  LV(d).parameters.push(qp("ids", { type: "array", collectionFormat: "csv" }));
});
T("ArrayHasNoItems", "response header array without items", (d) => {
  CV(d).responses["201"].headers = { "X-Warnings": { type: "array", description: "Warnings." } };
});
T("RequiredPropertyArrayEmpty", "VehicleInput required []", (d) => {
  VI(d).required = [];
});
T("RequiredPropertyArrayEmpty", "inline response schema required []", (d) => {
  GW(d).responses["200"].schema = { type: "object", required: [], properties: { id: { type: "string" } } };
});
T("SchemesArrayEmpty", "schemes []", (d) => {
  d.schemes = [];
});

// ---- Not supported ----
T("CollectionFormatValueNotSupported", "query array collectionFormat tsv", (d) => {
  LV(d).parameters.push(qp("ids", { type: "array", items: { type: "string" }, collectionFormat: "tsv" }));
});
T("CollectionFormatValueNotSupported", "query array collectionFormat ssv", (d) => {
  LV(d).parameters.push(qp("ids", { type: "array", items: { type: "string" }, collectionFormat: "ssv" }));
});
T("CollectionFormatValueNotSupported", "header array collectionFormat pipes", (d) => {
  LV(d).parameters.push(hp("X-Tags", { type: "array", items: { type: "string" }, collectionFormat: "pipes" }));
});
T("MimeTypeNotSupported", "CreateVehicle consumes application/xml", (d) => {
  CV(d).consumes = ["application/xml"];
});
T("MimeTypeNotSupported", "global consumes application/soap+xml", (d) => {
  d.consumes = ["application/soap+xml"];
});
T("MimeTypeNotSupported", "CreateVehicle consumes text/csv", (d) => {
  CV(d).consumes = ["text/csv"];
});
T("PathItemRefNotSuppored", "path item $ref to another path", (d) => {
  d.paths["/fleet"] = { $ref: "#/paths/~1vehicles" };
});
T("PathItemRefNotSuppored", "path item $ref to external file", (d) => {
  d.paths["/garages"] = { $ref: "garages.json#/paths/~1garages" };
});
T("SwaggerKeywordNotSupported", "uniqueItems in definition array", (d) => {
  d.definitions.WorkOrder.properties.parts.uniqueItems = true;
});
T("SwaggerKeywordNotSupported", "uniqueItems in query array param", (d) => {
  LV(d).parameters.push(qp("ids", { type: "array", items: { type: "string" }, uniqueItems: true }));
});
T("SwaggerKeywordNotSupported", "uniqueItems in response header", (d) => {
  CV(d).responses["201"].headers = { "X-Ids": { type: "array", items: { type: "string" }, uniqueItems: true, description: "Ids." } };
});

// ---- Parameters ----
T("FileParameterMustBeInFormData", "query param type file", (d) => {
  LV(d).parameters.push(qp("manifest", { type: "file" }));
});
T("FileParameterMustBeInFormData", "header param type file", (d) => {
  CV(d).parameters.push(hp("X-Attachment", { type: "file" }));
});
T("FileParameterMustBeInFormData", "global path-level query file param", (d) => {
  d.parameters.Manifest = qp("manifest", { type: "file" });
  d.paths["/depots"].parameters = [{ $ref: "#/parameters/Manifest" }];
});
T("ParameterListContainsFormDataAndBody", "CreateVehicle body + formData", (d) => {
  CV(d).parameters.push({ name: "photo", in: "formData", type: "file", required: false, "x-ms-summary": "Photo", description: "Photo." });
});
T("ParameterListContainsFormDataAndBody", "path-level formData + operation body", (d) => {
  d.paths["/vehicles"].parameters = [{ name: "note", in: "formData", type: "string", required: false, "x-ms-summary": "Note", description: "Note." }];
});
T("ParameterReferenceNotFound", "GetWorkOrder $ref #/parameters/Missing", (d) => {
  GW(d).parameters.push({ $ref: "#/parameters/Missing" });
});
T("ParameterReferenceNotFound", "path-level $ref #/parameters/Tenant", (d) => {
  d.paths["/depots"].parameters = [{ $ref: "#/parameters/Tenant" }];
});
T("ParameterReferenceNotFound", "case-mismatched $ref #/parameters/workOrderId", (d) => {
  GW(d).parameters = [{ $ref: "#/parameters/workOrderId" }];
});
T("ParameterReferenceNotValid", "parameter $ref to #/definitions/Part", (d) => {
  LV(d).parameters.push({ $ref: "#/definitions/Part" });
});
T("ParameterReferenceNotValid", "parameter $ref to external common.json", (d) => {
  GW(d).parameters = [{ $ref: "common.json#/parameters/WorkOrderId" }];
});
T("ParameterReferenceNotValid", "parameter $ref missing slash #parameters/WorkOrderId", (d) => {
  GW(d).parameters = [{ $ref: "#parameters/WorkOrderId" }];
});
T("ParameterRefLoopNotAllowed", "global parameter aliasing another via $ref", (d) => {
  d.parameters.OrderAlias = { $ref: "#/parameters/WorkOrderId" };
  GW(d).parameters = [{ $ref: "#/parameters/OrderAlias" }];
});
T("ParameterRefLoopNotAllowed", "two global parameters referencing each other", (d) => {
  d.parameters.A = { $ref: "#/parameters/B" };
  d.parameters.B = { $ref: "#/parameters/A" };
  LV(d).parameters.push({ $ref: "#/parameters/A" });
});

const fetchSub = (d: any) => {
  addWebhook(d);
  addPolling(d);
  PT(d)["x-ms-notification"] = { operationId: "OnInspectionCompleted" };
};
T("ParamtersWithSameNameMustHaveSameTypeAndVisibility", "depotId integer in polling, string in webhook", (d) => {
  fetchSub(d);
  PT(d).parameters[0].type = "integer";
});
T("ParamtersWithSameNameMustHaveSameTypeAndVisibility", "depotId internal in webhook, visible in polling", (d) => {
  fetchSub(d);
  Object.assign(WH(d).parameters[0], { "x-ms-visibility": "internal", required: true, default: "main" });
});

T("PathParameterMissingEncoding", "GetVehicle vehicleId without x-ms-url-encoding", (d) => {
  delete GV(d).parameters[0]["x-ms-url-encoding"];
});
T("PathParameterMissingEncoding", "global WorkOrderId without encoding", (d) => {
  delete d.parameters.WorkOrderId["x-ms-url-encoding"];
});
T("PathParameterMissingEncoding", "path-level vehicleId without encoding", (d) => {
  const p0 = clone(GV(d).parameters[0]);
  delete p0["x-ms-url-encoding"];
  d.paths["/vehicles/{vehicleId}"].parameters = [p0];
  GV(d).parameters = [];
  DV(d).parameters = [];
});
T("QueryParameterEncodingNotSupported", "query depotId x-ms-url-encoding double", (d) => {
  depotParam(d)["x-ms-url-encoding"] = "double";
});
T("QueryParameterEncodingNotSupported", "query region x-ms-url-encoding single", (d) => {
  LD(d).parameters[0]["x-ms-url-encoding"] = "single";
});

T("ReservedParameterIsUsed", "header parameter Authorization", (d) => {
  LV(d).parameters.push(hp("Authorization"));
});
T("ReservedParameterIsUsed", "header parameter Content-Type", (d) => {
  CV(d).parameters.push(hp("Content-Type"));
});
T("ReservedParameterIsUsed", "header parameter Host", (d) => {
  GV(d).parameters.push(hp("Host"));
});

T("ResponseRefLoopNotAllowed", "global response aliasing NotFound via $ref", (d) => {
  d.responses.Gone = { $ref: "#/responses/NotFound" };
  GV(d).responses["410"] = { $ref: "#/responses/Gone" };
});
T("ResponseRefLoopNotAllowed", "two global responses referencing each other", (d) => {
  d.responses.A = { $ref: "#/responses/B" };
  d.responses.B = { $ref: "#/responses/A" };
  GW(d).responses["409"] = { $ref: "#/responses/A" };
});

T("SourcePropertyInternal", "dynamic-values references internal regionCode", (d) => {
  withRegion(d, { "x-ms-visibility": "internal", required: true, default: "north" });
  depotParam(d)["x-ms-dynamic-values"] = dynVals({ parameters: { region: { parameter: "regionCode" } } });
});
T("SourcePropertyInternal", "dynamic-list parameterReference to internal regionCode", (d) => {
  withRegion(d, { "x-ms-visibility": "internal", required: true, default: "north" });
  depotParam(d)["x-ms-dynamic-list"] = {
    operationId: "ListDepots",
    itemsPath: "value",
    itemValuePath: "id",
    itemTitlePath: "name",
    parameters: { region: { parameterReference: "regionCode" } },
  };
});
