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
  clone,
} from "./cases.ts";

const meta = (d: any, name: string) => d["x-ms-connector-metadata"].find((m: any) => m.propertyName === name);

// ---- AdditionalPropertyNotAllowed ----
T("AdditionalPropertyNotAllowed", "apiProperties.properties has unknown brandColor", (d, p) => {
  p.properties.brandColor = "#1f6f43";
});
T("AdditionalPropertyNotAllowed", "connection parameter has unknown key 'hint'", (d, p) => {
  p.properties.connectionParameters.api_key.hint = "Paste the key";
});
T("AdditionalPropertyNotAllowed", "apiProperties root has unknown 'connectionParams'", (d, p) => {
  p.connectionParams = {};
});
T("AdditionalPropertyNotAllowed", "x-ms-api-annotation has unknown key 'version'", (d) => {
  GV(d)["x-ms-api-annotation"] = { family: "GetVehicle", revision: 1, version: "2" };
});

// ---- AdditionalPropertyNotAllowedAdjacentToRef ----
T("AdditionalPropertyNotAllowedAdjacentToRef", "schema property $ref with description", (d) => {
  d.definitions.WorkOrder.properties.vehicle = { $ref: "#/definitions/Vehicle", description: "The vehicle." };
});
T("AdditionalPropertyNotAllowedAdjacentToRef", "parameter $ref with description", (d) => {
  GW(d).parameters = [{ $ref: "#/parameters/WorkOrderId", description: "Which work order." }];
});
T("AdditionalPropertyNotAllowedAdjacentToRef", "response $ref with description", (d) => {
  GV(d).responses["404"] = { $ref: "#/responses/NotFound", description: "No such vehicle." };
});
T("AdditionalPropertyNotAllowedAdjacentToRef", "items $ref with x-ms-summary", (d) => {
  d.definitions.DepotList.properties.value.items = { $ref: "#/definitions/Depot", "x-ms-summary": "Depot" };
});

// ---- BasePathNotValid ----
T("BasePathNotValid", "basePath 'v1'", (d) => {
  d.basePath = "v1";
});
T("BasePathNotValid", "basePath 'fleetwise-maintenance.com/v1'", (d) => {
  d.basePath = "fleetwise-maintenance.com/v1";
});

// ---- BodyParameterPropertyNotValid ----
T("BodyParameterPropertyNotValid", "body param with 'type' alongside schema", (d) => {
  CV(d).parameters[0].type = "object";
});
T("BodyParameterPropertyNotValid", "body param defined with type/items instead of schema", (d) => {
  const b = CV(d).parameters[0];
  delete b.schema;
  b.type = "array";
  b.items = { type: "string" };
});
T("BodyParameterPropertyNotValid", "body param with 'format'", (d) => {
  CV(d).parameters[0].format = "json";
});

// ---- ConnectorMetadataPropertiesMissing (cert) ----
T(
  "ConnectorMetadataPropertiesMissing",
  "no Categories entry",
  (d) => {
    d["x-ms-connector-metadata"] = d["x-ms-connector-metadata"].filter((m: any) => m.propertyName !== "Categories");
  },
  true,
);
T(
  "ConnectorMetadataPropertiesMissing",
  "no Privacy policy entry",
  (d) => {
    d["x-ms-connector-metadata"] = d["x-ms-connector-metadata"].filter((m: any) => m.propertyName !== "Privacy policy");
  },
  true,
);
T(
  "ConnectorMetadataPropertiesMissing",
  "no Website entry",
  (d) => {
    d["x-ms-connector-metadata"] = d["x-ms-connector-metadata"].filter((m: any) => m.propertyName !== "Website");
  },
  true,
);
T(
  "ConnectorMetadataPropertiesMissing",
  "no x-ms-connector-metadata at all",
  (d) => {
    delete d["x-ms-connector-metadata"];
  },
  true,
);

// ---- ContactEmailNotValid ----
T("ContactEmailNotValid", "email 'support(at)fleetwise-maintenance.com'", (d) => {
  d.info.contact.email = "support(at)fleetwise-maintenance.com";
});
T("ContactEmailNotValid", "email with non-ASCII 'suppört@...'", (d) => {
  d.info.contact.email = "suppört@fleetwise-maintenance.com";
});
T(
  "ContactEmailNotValid",
  "email without domain (cert)",
  (d) => {
    d.info.contact.email = "support@";
  },
  true,
);

// ---- DefaultValueMustMatchType ----
T("DefaultValueMustMatchType", "integer query default '10'", (d) => {
  LV(d).parameters.push(qp("top", { type: "integer", default: "10" }));
});
T("DefaultValueMustMatchType", "boolean schema property default 'true'", (d) => {
  VI(d).properties.electric = { type: "boolean", default: "true", description: "Electric vehicle.", "x-ms-summary": "Electric" };
});
T("DefaultValueMustMatchType", "string header default 5", (d) => {
  CV(d).parameters.push(hp("X-Source", { default: 5 }));
});

// ---- EnumMustContainAtLeastOneElement ----
T("EnumMustContainAtLeastOneElement", "query status enum []", (d) => {
  LV(d).parameters[1].enum = [];
});
T("EnumMustContainAtLeastOneElement", "schema status enum []", (d) => {
  VH(d).properties.status.enum = [];
});

// ---- ExtensionNameNotValid ----
T("ExtensionNameNotValid", "operation property 'ms-visibility'", (d) => {
  GV(d)["ms-visibility"] = "important";
});
T("ExtensionNameNotValid", "info property 'api-annotation'", (d) => {
  d.info["api-annotation"] = { status: "Preview" };
});
T("ExtensionNameNotValid", "root property 'connector-metadata'", (d) => {
  d["connector-metadata"] = [];
});
T("ExtensionNameNotValid", "path item property 'notification-content'", (d) => {
  d.paths["/depots"]["notification-content"] = { description: "x" };
});

// ---- filterFunctions ----
const ffResp = (d: any, ff: any) => {
  d.definitions.Depot.properties.name["x-ms-capabilities"] = { filterFunctions: ff };
};
T("FilterFunctionsPropertyEmpty", "response property filterFunctions []", (d) => {
  ffResp(d, []);
});
T("FilterFunctionsPropertyEmpty", "response array schema filterFunctions []", (d) => {
  d.definitions.VehicleList.properties.value["x-ms-capabilities"] = { filterFunctions: [] };
});
T("FilterFunctionsPropertyHasDuplicates", "filterFunctions [eq, eq]", (d) => {
  ffResp(d, ["eq", "eq"]);
});
T("FilterFunctionsPropertyHasDuplicates", "filterFunctions [startswith, eq, startswith]", (d) => {
  VH(d).properties.model["x-ms-capabilities"] = { filterFunctions: ["startswith", "eq", "startswith"] };
});
T("FilterFunctionsPropertyInInputSchema", "filterFunctions on VehicleInput property", (d) => {
  VI(d).properties.model["x-ms-capabilities"] = { filterFunctions: ["eq"] };
});
T("FilterFunctionsPropertyInInputSchema", "filterFunctions in inline body schema", (d) => {
  bodyOp(d, { type: "object", properties: { result: { type: "string", "x-ms-capabilities": { filterFunctions: ["eq", "ne"] } } } });
});
T("FilterFunctionsPropertyInvalidValue", "filterFunctions [like]", (d) => {
  ffResp(d, ["like"]);
});
T("FilterFunctionsPropertyInvalidValue", "filterFunctions [eq, regex]", (d) => {
  VH(d).properties.vin["x-ms-capabilities"] = { filterFunctions: ["eq", "regex"] };
});

// ---- HostNameNotValid ----
T("HostNameNotValid", "host with scheme https://", (d) => {
  d.host = "https://api.fleetwise-maintenance.com";
});
T("HostNameNotValid", "host with path /v1", (d) => {
  d.host = "api.fleetwise-maintenance.com/v1";
});
T("HostNameNotValid", "host with trailing slash and scheme", (d) => {
  d.host = "https://api.fleetwise-maintenance.com/";
});

// ---- internal + default + optional ----
const intQ = (d: any) => LV(d).parameters.push(qp("apiVersion", { "x-ms-visibility": "internal", default: "2024-01-01" }));
const intB = (d: any) => {
  VI(d).properties.source = { type: "string", "x-ms-visibility": "internal", default: "powerplatform", description: "Where the record came from." };
};
T("InternalPropertyWithDefaultOptional", "query param internal with default, optional", (d) => {
  intQ(d);
});
T("InternalPropertyWithDefaultOptional", "body schema property internal with default, not required", (d) => {
  intB(d);
});
T("InternalPropertyWithDefaultOptional", "header internal with default, required:false", (d) => {
  CV(d).parameters.push(hp("X-Client", { "x-ms-visibility": "internal", default: "connector", required: false }));
});
T("PropertyMustBeRequired", "query param internal with default, optional", (d) => {
  intQ(d);
});
T("PropertyMustBeRequired", "body schema property internal with default, not required", (d) => {
  intB(d);
});

// ---- categories (cert) ----
T(
  "InvalidConnectorCategory",
  "Categories 'Transportation'",
  (d) => {
    meta(d, "Categories").propertyValue = "Transportation";
  },
  true,
);
T(
  "InvalidConnectorCategory",
  "Categories 'IT Operations;Fleet'",
  (d) => {
    meta(d, "Categories").propertyValue = "IT Operations;Fleet";
  },
  true,
);
T(
  "TooManyConnectorCategories",
  "three categories",
  (d) => {
    meta(d, "Categories").propertyValue = "AI;Data;Productivity";
  },
  true,
);
T(
  "TooManyConnectorCategories",
  "four categories",
  (d) => {
    meta(d, "Categories").propertyValue = "IT Operations;Productivity;Data;Business Management";
  },
  true,
);

// ---- InvalidStringBinaryProperty ----
T("InvalidStringBinaryProperty", "string/binary nested property in body schema", (d) => {
  VI(d).properties.photo = { type: "string", format: "binary", description: "Photo." };
});
T("InvalidStringBinaryProperty", "string/binary nested in response schema", (d) => {
  VH(d).properties.photo = { type: "string", format: "binary", description: "Photo." };
});
T("InvalidStringBinaryProperty", "array items string/binary in body", (d) => {
  bodyOp(d, { type: "array", items: { type: "string", format: "binary" } });
});

// ---- JsonTypeIncorrect ----
T("JsonTypeIncorrect", "operation summary is a number", (d) => {
  GV(d).summary = 123;
});
T("JsonTypeIncorrect", "x-ms-pageable is a string", (d) => {
  LV(d)["x-ms-pageable"] = "yes";
});
T("JsonTypeIncorrect", "schema required is boolean true", (d) => {
  d.definitions.Part.required = true;
});
T("JsonTypeIncorrect", "apiProperties iconBrandColor is a number", (d, p) => {
  p.properties.iconBrandColor = 123;
});

// ---- JsonValueNotInEnum ----
T("JsonValueNotInEnum", "parameter in 'cookie'", (d) => {
  LV(d).parameters.push({ ...qp("session"), in: "cookie" });
});
T("JsonValueNotInEnum", "x-ms-visibility 'hidden'", (d) => {
  GV(d)["x-ms-visibility"] = "hidden";
});
T("JsonValueNotInEnum", "x-ms-trigger 'multiple'", (d) => {
  addPolling(d);
  PT(d)["x-ms-trigger"] = "multiple";
});
T("JsonValueNotInEnum", "connection parameter type 'password'", (d, p) => {
  p.properties.connectionParameters.api_key.type = "password";
});
T("JsonValueNotInEnum", "x-ms-url-encoding 'triple'", (d) => {
  GV(d).parameters[0]["x-ms-url-encoding"] = "triple";
});
