import {
  T,
  C,
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
  bodyOp,
  clone,
} from "./cases.ts";

// ================= Metadata =================
T("AllowEmptyValueOnlyValidForQueryFormData", "header param allowEmptyValue", (d) => {
  CV(d).parameters.push(hp("X-Note", { allowEmptyValue: true }));
});
T("AllowEmptyValueOnlyValidForQueryFormData", "path param allowEmptyValue", (d) => {
  GV(d).parameters[0].allowEmptyValue = true;
});
T("AllowEmptyValueOnlyValidForQueryFormData", "body param allowEmptyValue", (d) => {
  CV(d).parameters[0].allowEmptyValue = true;
});

const poly = (d: any, kindProp: any, required: string[]) => {
  d.definitions.Asset = { type: "object", discriminator: "kind", required, properties: { id: { type: "string" }, ...(kindProp ? { kind: kindProp } : {}) } };
  GV(d).responses["200"].schema = { $ref: "#/definitions/Asset" };
};
T("DiscriminatorMustBeARequiredStringProperty", "discriminator kind not required", (d) => {
  poly(d, { type: "string" }, ["id"]);
});
T("DiscriminatorMustBeARequiredStringProperty", "discriminator kind is an integer", (d) => {
  poly(d, { type: "integer" }, ["kind"]);
});
T("DiscriminatorMustBeARequiredStringProperty", "discriminator property does not exist", (d) => {
  poly(d, null, ["id"]);
});

T("ExclusiveMaximumRequiresMaximum", "schema exclusiveMaximum without maximum", (d) => {
  VI(d).properties.mileage.exclusiveMaximum = true;
});
T("ExclusiveMaximumRequiresMaximum", "query exclusiveMaximum without maximum", (d) => {
  LV(d).parameters.push(qp("maxMileage", { type: "integer", exclusiveMaximum: true }));
});
T("ExclusiveMinimumRequiresMinimum", "schema exclusiveMinimum without minimum", (d) => {
  VI(d).properties.mileage.exclusiveMinimum = true;
});
T("ExclusiveMinimumRequiresMinimum", "query exclusiveMinimum without minimum", (d) => {
  LV(d).parameters.push(qp("minMileage", { type: "integer", exclusiveMinimum: true }));
});

T(
  "FieldLengthExceeded",
  "title of 40 characters",
  (d) => {
    d.info.title = "Fleetwise Maintenance and Inspection Hub";
  },
  true,
);
T(
  "FieldLengthExceeded",
  "title of 70 characters",
  (d) => {
    d.info.title = "Fleetwise Maintenance Vehicle Depot Work Order and Inspection Planner";
  },
  true,
);
T("FieldLengthExceeded", "title of 100 characters (non-cert)", (d) => {
  d.info.title = "Fleetwise " + "Maintenance ".repeat(7) + "Hub";
});
T(
  "FieldLengthNotInRange",
  "description of 11 characters",
  (d) => {
    d.info.description = "Fleet data.";
  },
  true,
);
T(
  "FieldLengthNotInRange",
  "description of about 700 characters",
  (d) => {
    d.info.description = "Fleetwise Maintenance tracks vehicles and depots. ".repeat(14);
  },
  true,
);
T("FieldLengthNotInRange", "description of 20 characters (non-cert)", (d) => {
  d.info.description = "Fleet maintenance x.";
});

T("MaxItemsMustBeGreaterThanOrEqualToZero", "schema maxItems -1", (d) => {
  d.definitions.WorkOrder.properties.parts.maxItems = -1;
});
T("MaxItemsMustBeGreaterThanOrEqualToZero", "query array maxItems -3", (d) => {
  LV(d).parameters.push(qp("ids", { type: "array", items: { type: "string" }, maxItems: -3 }));
});
T("MaxLengthMustBeGreaterThanOrEqualToZero", "schema maxLength -1", (d) => {
  VI(d).properties.vin.maxLength = -1;
});
T("MaxLengthMustBeGreaterThanOrEqualToZero", "query maxLength -10", (d) => {
  depotParam(d).maxLength = -10;
});
T("MaxPropertiesMustBeGreaterThanOrEqualToZero", "definition maxProperties -1", (d) => {
  d.definitions.Part.maxProperties = -1;
});
T("MaxPropertiesMustBeGreaterThanOrEqualToZero", "inline body maxProperties -2", (d) => {
  bodyOp(d, { type: "object", maxProperties: -2, properties: { result: { type: "string" } } });
});
T("MinimumShouldBeLessThanOrEqualToMaximum", "schema minimum 10 maximum 5", (d) => {
  d.definitions.WorkOrder.properties.priority.minimum = 10;
});
T("MinimumShouldBeLessThanOrEqualToMaximum", "query minimum 100 maximum 1", (d) => {
  LV(d).parameters.push(qp("top", { type: "integer", minimum: 100, maximum: 1 }));
});
T("MinItemsMustBeGreaterThanOrEqualToZero", "schema minItems -1", (d) => {
  d.definitions.WorkOrder.properties.parts.minItems = -1;
});
T("MinItemsMustBeGreaterThanOrEqualToZero", "query array minItems -2", (d) => {
  LV(d).parameters.push(qp("ids", { type: "array", items: { type: "string" }, minItems: -2 }));
});
T("MinItemsShouldBeLessThanOrEqualToMaxItems", "schema minItems 5 maxItems 2", (d) => {
  Object.assign(d.definitions.WorkOrder.properties.parts, { minItems: 5, maxItems: 2 });
});
T("MinItemsShouldBeLessThanOrEqualToMaxItems", "query array minItems 3 maxItems 1", (d) => {
  LV(d).parameters.push(qp("ids", { type: "array", items: { type: "string" }, minItems: 3, maxItems: 1 }));
});
T("MinLengthMustBeGreaterThanOrEqualToZero", "schema minLength -1", (d) => {
  VI(d).properties.vin.minLength = -1;
});
T("MinLengthMustBeGreaterThanOrEqualToZero", "path param minLength -1", (d) => {
  GV(d).parameters[0].minLength = -1;
});
T("MinLengthShouldBeLessThanOrEqualToMaxLength", "schema vin minLength 17 maxLength 10", (d) => {
  Object.assign(VI(d).properties.vin, { minLength: 17, maxLength: 10 });
});
T("MinLengthShouldBeLessThanOrEqualToMaxLength", "query minLength 5 maxLength 2", (d) => {
  Object.assign(depotParam(d), { minLength: 5, maxLength: 2 });
});
T("MinPropertiesMustBeGreaterThanOrEqualToZero", "definition minProperties -1", (d) => {
  d.definitions.Part.minProperties = -1;
});
T("MinPropertiesMustBeGreaterThanOrEqualToZero", "response inline minProperties -3", (d) => {
  GW(d).responses["200"].schema = { type: "object", minProperties: -3, properties: { id: { type: "string" } } };
});
T("PatternShouldBeValidRegularExpression", "schema pattern '[A-Z'", (d) => {
  VI(d).properties.vin.pattern = "[A-HJ-NPR-Z0-9";
});
T("PatternShouldBeValidRegularExpression", "query pattern '(?<depot'", (d) => {
  depotParam(d).pattern = "(?<depot";
});
T("PatternShouldBeValidRegularExpression", "path pattern '*abc'", (d) => {
  GV(d).parameters[0].pattern = "*veh";
});

T(
  "RequiredValueEmpty",
  "info.title empty (cert)",
  (d) => {
    d.info.title = "";
  },
  true,
);
T("RequiredValueEmpty", "info.title empty (non-cert)", (d) => {
  d.info.title = "";
});
T("RequiredValueEmpty", "parameter name empty", (d) => {
  LV(d).parameters.push(qp(""));
});
T("RequiredValueEmpty", "info.version empty", (d) => {
  d.info.version = "";
});

T(
  "ValueContainsRestrictedWords",
  "title 'Fleetwise API'",
  (d) => {
    d.info.title = "Fleetwise API";
  },
  true,
);
T(
  "ValueContainsRestrictedWords",
  "title 'Fleetwise Connector'",
  (d) => {
    d.info.title = "Fleetwise Connector";
  },
  true,
);
T(
  "ValueContainsRestrictedWords",
  "title 'Fleetwise for Power Automate'",
  (d) => {
    d.info.title = "Fleetwise for Power Automate";
  },
  true,
);
T(
  "ValueContainsRestrictedWords",
  "description mentions Power Apps",
  (d) => {
    d.info.description = "Use Fleetwise Maintenance in Power Apps to track vehicles, depots and service work orders.";
  },
  true,
);
T(
  "ValueMustBeInEnglish",
  "title 'Flottenwartung Übersicht'",
  (d) => {
    d.info.title = "Flottenwartung Übersicht";
  },
  true,
);
T(
  "ValueMustBeInEnglish",
  "description in Japanese",
  (d) => {
    d.info.description = "フリートワイズは車両、車庫、整備作業指示を管理し、修理と点検の計画を支援するサービスです。";
  },
  true,
);
T(
  "ValueMustBeInEnglish",
  "title in Chinese",
  (d) => {
    d.info.title = "车队维护";
  },
  true,
);
T(
  "ValueMustEndWithAlphanumeric",
  "title 'Fleetwise!'",
  (d) => {
    d.info.title = "Fleetwise!";
  },
  true,
);
T(
  "ValueMustEndWithAlphanumeric",
  "title 'Fleetwise Maintenance.'",
  (d) => {
    d.info.title = "Fleetwise Maintenance.";
  },
  true,
);
T(
  "ValueMustEndWithAlphanumeric",
  "title 'Fleetwise -'",
  (d) => {
    d.info.title = "Fleetwise -";
  },
  true,
);

// ================= CONTROLS =================
C("base connector as-is", () => {});
C("base connector as-is", () => {}, true);
C("webhook trigger + polling trigger", (d) => {
  addWebhook(d);
  addPolling(d);
});
C(
  "webhook + polling (cert)",
  (d) => {
    addWebhook(d);
    addPolling(d);
  },
  true,
);
C("dynamic values on query param forwarding visible regionCode", (d) => {
  withRegion(d);
  depotParam(d)["x-ms-dynamic-values"] = dynVals({ parameters: { region: { parameter: "regionCode" } } });
});
C("dynamic-values + dynamic-list on body property", (d) => {
  VI(d).properties.depotId["x-ms-dynamic-values"] = dynVals();
  VI(d).properties.depotId["x-ms-dynamic-list"] = { operationId: "ListDepots", itemsPath: "value", itemValuePath: "id", itemTitlePath: "name" };
});
C("dynamic schema with matching dynamic properties", (d) => {
  addSchemaOp(d, [qp("vehicleType")]);
  CV(d).parameters.push(qp("vehicleType"));
  VI(d).properties.attributes = {
    type: "object",
    description: "Type-specific attributes.",
    "x-ms-summary": "Attributes",
    "x-ms-dynamic-schema": { operationId: "GetVehicleTypeSchema", parameters: { vehicleType: { parameter: "vehicleType" } }, "value-path": "schema" },
    "x-ms-dynamic-properties": {
      operationId: "GetVehicleTypeSchema",
      parameters: { vehicleType: { parameterReference: "vehicleType" } },
      itemValuePath: "schema",
    },
  };
});
C("file upload in formData (multipart)", (d) => {
  d.paths["/vehicles/{vehicleId}/photos"] = {
    post: mkOp("UploadVehiclePhoto", {
      summary: "Upload a vehicle photo",
      consumes: ["multipart/form-data"],
      parameters: [
        pp("vehicleId", { "x-ms-summary": "Vehicle ID", description: "The vehicle." }),
        { name: "photo", in: "formData", type: "file", required: true, "x-ms-summary": "Photo", description: "The photo file." },
        { name: "caption", in: "formData", type: "string", required: false, "x-ms-summary": "Caption", description: "A caption." },
      ],
      responses: { "200": ok({ $ref: "#/definitions/Vehicle" }), default: { description: "Error." } },
    }),
  };
});
C("policy templates set query parameter and route", (d, p) => {
  p.properties.policyTemplateInstances = [
    {
      templateId: "setqueryparameter",
      title: "Default page size",
      parameters: {
        "x-ms-apimTemplate-operationName": ["ListVehicles"],
        "x-ms-apimTemplateParameter.name": "pageSize",
        "x-ms-apimTemplateParameter.value": "50",
        "x-ms-apimTemplateParameter.existsAction": "skip",
      },
    },
    {
      templateId: "routerequesttoendpoint",
      title: "Route depots",
      parameters: { "x-ms-apimTemplate-operationName": ["ListDepots"], "x-ms-apimTemplateParameter.newPath": "/v2/depots" },
    },
  ];
});
C("operation family with deprecated predecessor and replacement", (d) => {
  GV(d).deprecated = true;
  GV(d)["x-ms-api-annotation"] = { family: "GetVehicle", revision: 1, replacement: { api: "fleetwise", operationId: "GetVehicleV2" } };
  d.paths["/v2/vehicles/{vehicleId}"] = {
    get: { ...clone(GV(d)), operationId: "GetVehicleV2", deprecated: false, "x-ms-api-annotation": { family: "GetVehicle", revision: 2 } },
  };
});
C("odata pagination, enum values, response headers", (d) => {
  LV(d)["x-ms-pageable"] = { nextLinkName: "@odata.nextLink" };
  d.definitions.VehicleList.properties["@odata.nextLink"] = { type: "string", description: "Next page." };
  delete d.definitions.VehicleList.properties.nextLink;
  LV(d).parameters[1]["x-ms-enum-values"] = [
    { value: "active", displayName: "Active" },
    { value: "inShop", displayName: "In shop" },
    { value: "retired", displayName: "Retired" },
  ];
  CV(d).responses["201"].headers = { Location: { type: "string", description: "The new vehicle URL." } };
});
C("OAuth 2.0 connector with oauthSetting", (d, p) => {
  d.securityDefinitions = {
    oauth2_auth: {
      type: "oauth2",
      flow: "accessCode",
      authorizationUrl: "https://login.fleetwise-maintenance.com/authorize",
      tokenUrl: "https://login.fleetwise-maintenance.com/token",
      scopes: { "fleet.read": "Read fleet data." },
    },
  };
  d.security = [{ oauth2_auth: ["fleet.read"] }];
  p.properties.connectionParameters = {
    token: {
      type: "oauthSetting",
      oAuthSettings: {
        identityProvider: "oauth2",
        clientId: "fleetwise-connector",
        scopes: ["fleet.read"],
        redirectMode: "Global",
        redirectUrl: "https://global.consent.azure-apim.net/redirect",
        properties: { IsFirstParty: "False" },
        customParameters: {
          authorizationUrl: { value: "https://login.fleetwise-maintenance.com/authorize" },
          tokenUrl: { value: "https://login.fleetwise-maintenance.com/token" },
          refreshUrl: { value: "https://login.fleetwise-maintenance.com/token" },
        },
      },
    },
  };
});
