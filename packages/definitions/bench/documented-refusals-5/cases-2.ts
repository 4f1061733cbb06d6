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
  withRegion,
  dynVals,
  addSchemaOp,
  wide,
  clone,
} from "./cases.ts";

// ---- operation families ----
const fam = (o: any, family: string, revision?: number, extra: any = {}) => {
  o["x-ms-api-annotation"] = { family, ...(revision !== undefined ? { revision } : {}), ...extra };
};
const addV = (d: any, id: string, prefix: string) => {
  d.paths[`/${prefix}/vehicles/{vehicleId}`] = { get: { ...clone(GV(d)), operationId: id } };
  return d.paths[`/${prefix}/vehicles/{vehicleId}`].get;
};
T("OperationFamilyHasDuplicateRevisions", "GetVehicle and GetVehicleV2 both revision 1", (d) => {
  fam(GV(d), "GetVehicle", 1);
  fam(addV(d, "GetVehicleV2", "v2"), "GetVehicle", 1);
});
T("OperationFamilyHasDuplicateRevisions", "V2 and V3 both revision 2", (d) => {
  fam(GV(d), "GetVehicle", 1);
  fam(addV(d, "GetVehicleV2", "v2"), "GetVehicle", 2);
  const v3 = addV(d, "GetVehicleV3", "v3");
  fam(v3, "GetVehicle", 2);
});
T("OperationFamilyHasManyActiveOperations", "three non-deprecated ops in family GetVehicle", (d) => {
  fam(GV(d), "GetVehicle", 1);
  fam(addV(d, "GetVehicleV2", "v2"), "GetVehicle", 2);
  fam(addV(d, "GetVehicleV3", "v3"), "GetVehicle", 3);
});
T("OperationFamilyHasManyActiveOperations", "four ops, only one deprecated", (d) => {
  GV(d).deprecated = true;
  fam(GV(d), "GetVehicle", 1);
  fam(addV(d, "GetVehicleV2", "v2"), "GetVehicle", 2);
  fam(addV(d, "GetVehicleV3", "v3"), "GetVehicle", 3);
  fam(addV(d, "GetVehicleV4", "v4"), "GetVehicle", 4);
});
T("OperationFamilyHasManyActiveProductionOperations", "two active Production ops in family (connector Production)", (d) => {
  d.info["x-ms-api-annotation"] = { status: "Production" };
  fam(GV(d), "GetVehicle", 1, { status: "Production" });
  fam(addV(d, "GetVehicleV2", "v2"), "GetVehicle", 2, { status: "Production" });
});
T("OperationFamilyHasManyActiveProductionOperations", "two active Production ops, no info annotation", (d) => {
  fam(GV(d), "GetVehicle", 1, { status: "Production" });
  fam(addV(d, "GetVehicleV2", "v2"), "GetVehicle", 2, { status: "Production" });
});
T("OperationFamilyHasManyEmptyRevisions", "two ops in family without revision", (d) => {
  fam(GV(d), "GetVehicle");
  fam(addV(d, "GetVehicleV2", "v2"), "GetVehicle");
});
T("OperationFamilyHasManyEmptyRevisions", "two empty + one revised", (d) => {
  fam(GV(d), "GetVehicle");
  fam(addV(d, "GetVehicleV2", "v2"), "GetVehicle");
  fam(addV(d, "GetVehicleV3", "v3"), "GetVehicle", 3);
});
T("OperationRevisionEmpty", "single op in family without revision", (d) => {
  fam(GV(d), "GetVehicle");
});
T("OperationRevisionEmpty", "family with one revised and one unrevised op", (d) => {
  fam(GV(d), "GetVehicle");
  fam(addV(d, "GetVehicleV2", "v2"), "GetVehicle", 2);
});
T("OperationIdShouldEndWithRevision", "revision 2 op named GetVehicleNew", (d) => {
  fam(GV(d), "GetVehicle", 1);
  fam(addV(d, "GetVehicleNew", "v2"), "GetVehicle", 2);
});
T("OperationIdShouldEndWithRevision", "revision 3 op named GetVehicleV2", (d) => {
  fam(GV(d), "GetVehicle", 1);
  fam(addV(d, "GetVehicleV2", "v3"), "GetVehicle", 3);
});
T("OperationStatusAheadOfConnector", "connector Preview, GetVehicle Production", (d) => {
  d.info["x-ms-api-annotation"] = { status: "Preview" };
  GV(d)["x-ms-api-annotation"] = { status: "Production" };
});
T("OperationStatusAheadOfConnector", "connector Preview, family op Production", (d) => {
  d.info["x-ms-api-annotation"] = { status: "Preview" };
  fam(LV(d), "ListVehicles", 1, { status: "Production" });
});

// ---- OperationHasManyResponsesWithSchema ----
T("OperationHasManyResponsesWithSchema", "GetVehicle 200 and 201 both with schema", (d) => {
  GV(d).responses["201"] = ok({ $ref: "#/definitions/Vehicle" });
});
T("OperationHasManyResponsesWithSchema", "CreateVehicle 201 and 200 with different schemas", (d) => {
  CV(d).responses["200"] = ok({ $ref: "#/definitions/Part" });
});
T("OperationHasManyResponsesWithSchema", "GetWorkOrder 200 and 206 with schema", (d) => {
  GW(d).responses["206"] = ok({ type: "object", properties: { partial: { type: "boolean" } } });
});

// ---- OperationIdNotFound ----
T("OperationIdNotFound", "dynamic-values operationId ListGarages not defined", (d) => {
  depotParam(d)["x-ms-dynamic-values"] = dynVals({ operationId: "ListGarages" });
});
T("OperationIdNotFound", "dynamic-schema operationId not defined", (d) => {
  VI(d).properties.attributes = { type: "object", "x-ms-dynamic-schema": { operationId: "GetAttributeSchema", "value-path": "schema" } };
});
T("OperationIdNotFound", "dynamic-list operationId not defined", (d) => {
  depotParam(d)["x-ms-dynamic-list"] = { operationId: "ListYards", itemsPath: "value", itemValuePath: "id", itemTitlePath: "name" };
});

// ---- OperationIdNotUnique ----
T("OperationIdNotUnique", "CreateVehicle renamed ListVehicles", (d) => {
  CV(d).operationId = "ListVehicles";
});
T("OperationIdNotUnique", "DeleteVehicle renamed GetWorkOrder (other path)", (d) => {
  DV(d).operationId = "GetWorkOrder";
});

// ---- OperationIdRequired ----
T("OperationIdRequired", "DeleteVehicle without operationId", (d) => {
  delete DV(d).operationId;
});
T("OperationIdRequired", "webhook trigger without operationId", (d) => {
  addWebhook(d);
  delete WH(d).operationId;
});

// ---- OperationIdSanitized ----
T("OperationIdSanitized", "operationId Get-Vehicle", (d) => {
  GV(d).operationId = "Get-Vehicle";
});
T("OperationIdSanitized", "operationId 'list vehicles' with space", (d) => {
  LV(d).operationId = "list vehicles";
});
T("OperationIdSanitized", "operationId GetWorkOrder.v1", (d) => {
  GW(d).operationId = "GetWorkOrder.v1";
});

// ---- OperationIdTooLong ----
T("OperationIdTooLong", "operationId of 150 characters", (d) => {
  GV(d).operationId = "GetVehicle" + "A".repeat(140);
});
T("OperationIdTooLong", "operationId of 400 characters", (d) => {
  DV(d).operationId = "DeleteVehicle" + "B".repeat(387);
});

// ---- OperationMissingPathParameter ----
T("OperationMissingPathParameter", "GetVehicle has no vehicleId parameter", (d) => {
  GV(d).parameters = [];
});
T("OperationMissingPathParameter", "/vehicles/{vehicleId}/parts/{partId} defines only vehicleId", (d) => {
  d.paths["/vehicles/{vehicleId}/parts/{partId}"] = { get: mkOp("GetVehiclePart", { parameters: [pp("vehicleId")] }) };
});
T("OperationMissingPathParameter", "GetWorkOrder drops its $ref'd global path parameter", (d) => {
  GW(d).parameters = [qp("expand")];
});

// ---- OperationMissingRequiredProperty ----
T("OperationMissingRequiredProperty", "ListDepots requires region; dynamic-values passes nothing", (d) => {
  LD(d).parameters[0].required = true;
  depotParam(d)["x-ms-dynamic-values"] = dynVals();
});
T("OperationMissingRequiredProperty", "schema op requires vehicleType; dynamic-schema passes nothing", (d) => {
  addSchemaOp(d, [qp("vehicleType", { required: true })]);
  VI(d).properties.attributes = { type: "object", "x-ms-dynamic-schema": { operationId: "GetVehicleTypeSchema", "value-path": "schema" } };
});

// ---- OperationMustHaveNotificationContentExtension ----
T("OperationMustHaveNotificationContentExtension", "webhook without x-ms-notification-content", (d) => {
  delete addWebhook(d)["x-ms-notification-content"];
});
T("OperationMustHaveNotificationContentExtension", "notification content placed on the operation, not path item", (d) => {
  const pi = addWebhook(d);
  WH(d)["x-ms-notification-content"] = pi["x-ms-notification-content"];
  delete pi["x-ms-notification-content"];
});

// ---- OperationMustHaveResponse ----
T("OperationMustHaveResponse", "DeleteVehicle responses {}", (d) => {
  DV(d).responses = {};
});
T("OperationMustHaveResponse", "webhook delete op responses {}", (d) => {
  addWebhook(d);
  d.paths["/hooks/{hookId}"].delete.responses = {};
});

// ---- OperationParameterNameIsAmbiguous ----
T("OperationParameterNameIsAmbiguous", "dynamic-values 'region' matches query param and body property", (d) => {
  CV(d).parameters.push(qp("region"));
  VI(d).properties.region = { type: "string", description: "Region.", "x-ms-summary": "Region" };
  VI(d).properties.depotId["x-ms-dynamic-values"] = dynVals({ parameters: { region: { parameter: "region" } } });
});
T("OperationParameterNameIsAmbiguous", "dynamic-list parameterReference 'region' matches query param and body property", (d) => {
  CV(d).parameters.push(qp("region"));
  VI(d).properties.region = { type: "string", description: "Region.", "x-ms-summary": "Region" };
  VI(d).properties.depotId["x-ms-dynamic-list"] = {
    operationId: "ListDepots",
    itemsPath: "value",
    itemValuePath: "id",
    itemTitlePath: "name",
    parameters: { region: { parameterReference: "region" } },
  };
});

// ---- OperationParameterNameNotFound ----
T("OperationParameterNameNotFound", "dynamic-values passes 'garage' which ListDepots lacks", (d) => {
  withRegion(d);
  depotParam(d)["x-ms-dynamic-values"] = dynVals({ parameters: { garage: { parameter: "regionCode" } } });
});
T("OperationParameterNameNotFound", "dynamic-list passes static 'garageCode'", (d) => {
  depotParam(d)["x-ms-dynamic-list"] = {
    operationId: "ListDepots",
    itemsPath: "value",
    itemValuePath: "id",
    itemTitlePath: "name",
    parameters: { garageCode: { value: "north" } },
  };
});

// ---- OperationParameterRequiredMismatch ----
T("OperationParameterRequiredMismatch", "required region fed from optional regionCode", (d) => {
  withRegion(d);
  LD(d).parameters[0].required = true;
  depotParam(d)["x-ms-dynamic-values"] = dynVals({ parameters: { region: { parameter: "regionCode" } } });
});
T("OperationParameterRequiredMismatch", "dynamic-schema required vehicleType fed from optional query", (d) => {
  addSchemaOp(d, [qp("vehicleType", { required: true })]);
  CV(d).parameters.push(qp("kind"));
  VI(d).properties.attributes = {
    type: "object",
    "x-ms-dynamic-schema": { operationId: "GetVehicleTypeSchema", parameters: { vehicleType: { parameter: "kind" } }, "value-path": "schema" },
  };
});

// ---- OperationParametersAreNotUnique / duplicates ----
T("OperationParametersAreNotUnique", "GetVehicle lists the same vehicleId parameter twice", (d) => {
  GV(d).parameters.push(clone(GV(d).parameters[0]));
});
T("OperationParametersAreNotUnique", "GetWorkOrder lists the same $ref twice", (d) => {
  GW(d).parameters.push({ $ref: "#/parameters/WorkOrderId" });
});
T("OperationParametersContainDuplicateParameter", "ListVehicles has two 'status' query params", (d) => {
  LV(d).parameters.push(qp("status", { description: "Another status filter." }));
});
T("OperationParametersContainDuplicateParameter", "GetWorkOrder $ref and inline workOrderId path", (d) => {
  GW(d).parameters.push(pp("workOrderId", { description: "Duplicate." }));
});
T("OperationParametersContainDuplicateParameter", "CreateVehicle has two X-Request-Id headers", (d) => {
  CV(d).parameters.push(hp("X-Request-Id"), hp("X-Request-Id", { type: "integer" }));
});
T("OperationParametersContainMultipleBodyParameters", "CreateVehicle with a second body 'notes'", (d) => {
  CV(d).parameters.push(bodyP({ type: "string" }, { name: "notes", required: false }));
});
T("OperationParametersContainMultipleBodyParameters", "CreateVehicle inline body plus global $ref body", (d) => {
  d.parameters.PartBody = bodyP({ $ref: "#/definitions/Part" }, { name: "part" });
  CV(d).parameters.push({ $ref: "#/parameters/PartBody" });
});

// ---- static / type mismatches in dynamic calls ----
const addLimit = (d: any, type = "integer") => {
  LD(d).parameters.push(qp("limit", { type, "x-ms-summary": "Limit", description: "Maximum results." }));
};
T("OperationParameterStaticTypeMismatch", "integer limit given static string 'fifty'", (d) => {
  addLimit(d);
  depotParam(d)["x-ms-dynamic-values"] = dynVals({ parameters: { limit: "fifty" } });
});
T("OperationParameterStaticTypeMismatch", "boolean param given static number via dynamic-list value", (d) => {
  addLimit(d, "boolean");
  depotParam(d)["x-ms-dynamic-list"] = { operationId: "ListDepots", itemsPath: "value", itemValuePath: "id", parameters: { limit: { value: 25 } } };
});
T("OperationParameterTypeMismatch", "integer limit fed from string regionCode", (d) => {
  addLimit(d);
  withRegion(d);
  depotParam(d)["x-ms-dynamic-values"] = dynVals({ parameters: { limit: { parameter: "regionCode" } } });
});
T("OperationParameterTypeMismatch", "boolean limit fed from integer param", (d) => {
  addLimit(d, "boolean");
  withRegion(d, { type: "integer" });
  depotParam(d)["x-ms-dynamic-values"] = dynVals({ parameters: { limit: { parameter: "regionCode" } } });
});

// ---- path syntax ----
const mv = (d: any, from: string, to: string) => {
  d.paths[to] = d.paths[from];
  delete d.paths[from];
};
T("OperationPathContainsUnsupportedCharacters", "path /vehicles/*", (d) => {
  mv(d, "/depots", "/depots/*");
});
T("OperationPathContainsUnsupportedCharacters", "path /vehicles/{vehicleId}/files/*", (d) => {
  d.paths["/vehicles/{vehicleId}/files/*"] = { get: mkOp("ListVehicleFiles", { parameters: [pp("vehicleId")] }) };
});
T("OperationPathMayNotContainQueryOrFragment", "path /depots?active=true", (d) => {
  mv(d, "/depots", "/depots?active=true");
});
T("OperationPathMayNotContainQueryOrFragment", "path /depots#summary", (d) => {
  mv(d, "/depots", "/depots#summary");
});
T("OperationPathMustStartWithSlash", "path 'depots'", (d) => {
  mv(d, "/depots", "depots");
});
T("OperationPathMustStartWithSlash", "path 'workorders/{workOrderId}'", (d) => {
  mv(d, "/workorders/{workOrderId}", "workorders/{workOrderId}");
});
T("OperationPathTemplateNotValid", "unclosed brace /workorders/{workOrderId", (d) => {
  mv(d, "/workorders/{workOrderId}", "/workorders/{workOrderId");
});
T("OperationPathTemplateNotValid", "variable spanning segments /workorders/{work/OrderId}", (d) => {
  mv(d, "/workorders/{workOrderId}", "/workorders/{work/OrderId}");
});
T("OperationPathTemplateNotValid", "stray closing brace /depots/}list", (d) => {
  mv(d, "/depots", "/depots/}list");
});
T("OperationPathVariablesContainDefaults", "/workorders/{workOrderId=latest}", (d) => {
  mv(d, "/workorders/{workOrderId}", "/workorders/{workOrderId=latest}");
});
T("OperationPathVariablesContainDefaults", "/depots/{depotId=main}/vehicles", (d) => {
  d.paths["/depots/{depotId=main}/vehicles"] = { get: mkOp("ListDepotVehicles", { parameters: [pp("depotId")] }) };
});

// ---- size / responses / summary ----
T("OperationSchemaCountExceedsMaxAllowed", "response schema with 6000 properties", (d) => {
  GV(d).responses["200"].schema = wide(6000);
});
T("OperationSchemaCountExceedsMaxAllowed", "response 3000 props + body 3000 props", (d) => {
  CV(d).parameters[0].schema = wide(3000);
  CV(d).responses["201"].schema = wide(3000);
});
T("OperationShouldHaveSuccessfulResponse", "GetVehicle only 404 and default", (d) => {
  delete GV(d).responses["200"];
});
T("OperationShouldHaveSuccessfulResponse", "DeleteVehicle only default", (d) => {
  DV(d).responses = { default: { description: "Anything." } };
});
T("OperationShouldHaveSuccessfulResponse", "ListDepots only 302 redirect and 400", (d) => {
  LD(d).responses = { "302": { description: "Moved." }, "400": { description: "Bad request." } };
});
T(
  "OperationSummaryTooLong",
  "summary of 130 characters",
  (d) => {
    GV(d).summary = "Get a vehicle " + "with its full service history ".repeat(4) + "x".repeat(2);
  },
  true,
);
T("OperationSummaryTooLong", "summary of 200 characters (non-cert)", (d) => {
  LV(d).summary = "List vehicles " + "and their depot assignments ".repeat(7);
});
