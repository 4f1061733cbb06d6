// Base connector, helpers and case registry for the blind validator measurement.
// API: "Fleetwise Maintenance" - a fleet-maintenance service (vehicles, depots, work orders, inspections).

export interface Case {
  code: string;
  label: string;
  mutate: (d: any, p: any) => void;
  cert: boolean;
  control: boolean;
}
export const cases: Case[] = [];
export function T(code: string, label: string, mutate: (d: any, p: any) => void, cert = false) {
  cases.push({ code, label, mutate, cert, control: false });
}
export function C(label: string, mutate: (d: any, p: any) => void, cert = false) {
  cases.push({ code: "CONTROL", label, mutate, cert, control: true });
}

const err = { description: "An error occurred while processing the request." };

export const BASE_DEF: any = {
  swagger: "2.0",
  info: {
    title: "Fleetwise Maintenance",
    description: "Fleetwise Maintenance tracks vehicles, depots and service work orders so fleet teams can plan repairs, inspections and parts orders.",
    version: "1.2.0",
    contact: { name: "Fleetwise Support", url: "https://support.fleetwise-maintenance.com", email: "support@fleetwise-maintenance.com" },
  },
  host: "api.fleetwise-maintenance.com",
  basePath: "/v1",
  schemes: ["https"],
  consumes: ["application/json"],
  produces: ["application/json"],
  paths: {
    "/vehicles": {
      get: {
        operationId: "ListVehicles",
        summary: "List vehicles",
        description: "Lists the vehicles in the fleet, one page at a time.",
        "x-ms-visibility": "important",
        "x-ms-pageable": { nextLinkName: "nextLink" },
        parameters: [
          {
            name: "depotId",
            in: "query",
            required: false,
            type: "string",
            "x-ms-summary": "Depot ID",
            description: "Only return vehicles based at this depot.",
          },
          {
            name: "status",
            in: "query",
            required: false,
            type: "string",
            enum: ["active", "inShop", "retired"],
            "x-ms-summary": "Status",
            description: "Only return vehicles in this status.",
          },
        ],
        responses: { "200": { description: "A page of vehicles.", schema: { $ref: "#/definitions/VehicleList" } }, default: { ...err } },
      },
      post: {
        operationId: "CreateVehicle",
        summary: "Create a vehicle",
        description: "Adds a new vehicle to the fleet.",
        "x-ms-visibility": "important",
        parameters: [
          {
            name: "body",
            in: "body",
            required: true,
            schema: { $ref: "#/definitions/VehicleInput" },
            "x-ms-summary": "Vehicle",
            description: "The vehicle to add.",
          },
        ],
        responses: { "201": { description: "The vehicle that was created.", schema: { $ref: "#/definitions/Vehicle" } }, default: { ...err } },
      },
    },
    "/vehicles/{vehicleId}": {
      get: {
        operationId: "GetVehicle",
        summary: "Get a vehicle",
        description: "Gets one vehicle by its identifier.",
        "x-ms-visibility": "advanced",
        parameters: [
          {
            name: "vehicleId",
            in: "path",
            required: true,
            type: "string",
            "x-ms-url-encoding": "single",
            "x-ms-summary": "Vehicle ID",
            description: "The identifier of the vehicle.",
          },
        ],
        responses: {
          "200": { description: "The vehicle.", schema: { $ref: "#/definitions/Vehicle" } },
          "404": { $ref: "#/responses/NotFound" },
          default: { ...err },
        },
      },
      delete: {
        operationId: "DeleteVehicle",
        summary: "Delete a vehicle",
        description: "Removes a vehicle from the fleet.",
        "x-ms-visibility": "advanced",
        parameters: [
          {
            name: "vehicleId",
            in: "path",
            required: true,
            type: "string",
            "x-ms-url-encoding": "single",
            "x-ms-summary": "Vehicle ID",
            description: "The identifier of the vehicle.",
          },
        ],
        responses: { "204": { description: "The vehicle was deleted." }, default: { ...err } },
      },
    },
    "/depots": {
      get: {
        operationId: "ListDepots",
        summary: "List depots",
        description: "Lists the depots where vehicles are based.",
        "x-ms-visibility": "internal",
        parameters: [
          { name: "region", in: "query", required: false, type: "string", "x-ms-summary": "Region", description: "Only return depots in this region." },
        ],
        responses: { "200": { description: "The depots.", schema: { $ref: "#/definitions/DepotList" } }, default: { ...err } },
      },
    },
    "/workorders/{workOrderId}": {
      get: {
        operationId: "GetWorkOrder",
        summary: "Get a work order",
        description: "Gets one service work order by its identifier.",
        "x-ms-visibility": "advanced",
        parameters: [{ $ref: "#/parameters/WorkOrderId" }],
        responses: {
          "200": { description: "The work order.", schema: { $ref: "#/definitions/WorkOrder" } },
          "404": { $ref: "#/responses/NotFound" },
          default: { ...err },
        },
      },
    },
  },
  definitions: {
    VehicleInput: {
      type: "object",
      required: ["vin", "model"],
      properties: {
        vin: { type: "string", description: "The vehicle identification number.", "x-ms-summary": "VIN" },
        model: { type: "string", description: "The make and model of the vehicle.", "x-ms-summary": "Model" },
        depotId: { type: "string", description: "The depot the vehicle is based at.", "x-ms-summary": "Depot ID" },
        mileage: { type: "integer", format: "int32", description: "The current odometer reading in miles.", "x-ms-summary": "Mileage" },
      },
    },
    Vehicle: {
      type: "object",
      properties: {
        id: { type: "string", description: "The identifier of the vehicle.", "x-ms-summary": "Vehicle ID" },
        vin: { type: "string", description: "The vehicle identification number.", "x-ms-summary": "VIN" },
        model: { type: "string", description: "The make and model of the vehicle.", "x-ms-summary": "Model" },
        depotId: { type: "string", description: "The depot the vehicle is based at.", "x-ms-summary": "Depot ID" },
        mileage: { type: "integer", format: "int32", description: "The current odometer reading in miles.", "x-ms-summary": "Mileage" },
        status: { type: "string", enum: ["active", "inShop", "retired"], description: "The service status of the vehicle.", "x-ms-summary": "Status" },
        lastServiced: { type: "string", format: "date-time", description: "When the vehicle was last serviced.", "x-ms-summary": "Last serviced" },
      },
    },
    VehicleList: {
      type: "object",
      properties: {
        value: { type: "array", items: { $ref: "#/definitions/Vehicle" }, description: "The vehicles on this page.", "x-ms-summary": "Vehicles" },
        nextLink: { type: "string", description: "The link to the next page of vehicles.", "x-ms-summary": "Next link" },
      },
    },
    Depot: {
      type: "object",
      properties: {
        id: { type: "string", description: "The identifier of the depot.", "x-ms-summary": "Depot ID" },
        name: { type: "string", description: "The name of the depot.", "x-ms-summary": "Depot name" },
      },
    },
    DepotList: {
      type: "object",
      properties: { value: { type: "array", items: { $ref: "#/definitions/Depot" }, description: "The depots.", "x-ms-summary": "Depots" } },
    },
    WorkOrder: {
      type: "object",
      properties: {
        id: { type: "string", description: "The identifier of the work order.", "x-ms-summary": "Work order ID" },
        vehicleId: { type: "string", description: "The vehicle being serviced.", "x-ms-summary": "Vehicle ID" },
        priority: {
          type: "integer",
          format: "int32",
          minimum: 1,
          maximum: 5,
          description: "The priority from 1 (urgent) to 5 (low).",
          "x-ms-summary": "Priority",
        },
        dueDate: { type: "string", format: "date-time", description: "When the work must be finished.", "x-ms-summary": "Due date" },
        parts: { type: "array", items: { $ref: "#/definitions/Part" }, description: "The parts used.", "x-ms-summary": "Parts" },
      },
    },
    Part: {
      type: "object",
      properties: {
        sku: { type: "string", description: "The stock keeping unit of the part.", "x-ms-summary": "SKU" },
        quantity: { type: "integer", format: "int32", description: "How many were used.", "x-ms-summary": "Quantity" },
      },
    },
  },
  parameters: {
    WorkOrderId: {
      name: "workOrderId",
      in: "path",
      required: true,
      type: "string",
      "x-ms-url-encoding": "single",
      "x-ms-summary": "Work order ID",
      description: "The identifier of the work order.",
    },
  },
  responses: { NotFound: { description: "The requested record was not found." } },
  securityDefinitions: { api_key: { type: "apiKey", in: "header", name: "X-Api-Key" } },
  security: [{ api_key: [] }],
  tags: [],
  "x-ms-connector-metadata": [
    { propertyName: "Website", propertyValue: "https://www.fleetwise-maintenance.com" },
    { propertyName: "Privacy policy", propertyValue: "https://www.fleetwise-maintenance.com/privacy" },
    { propertyName: "Categories", propertyValue: "IT Operations;Productivity" },
  ],
};

export const BASE_PROPS: any = {
  properties: {
    connectionParameters: {
      api_key: {
        type: "securestring",
        uiDefinition: {
          displayName: "API key",
          description: "The API key for your Fleetwise account.",
          tooltip: "Find it in Fleetwise under Settings, API access.",
          constraints: { tabIndex: 2, clearText: false, required: "true" },
        },
      },
    },
    iconBrandColor: "#1f6f43",
    capabilities: [],
    publisher: "Fleetwise Ltd",
    stackOwner: "Fleetwise Ltd",
  },
};

// ---------- helpers ----------
export const clone = <X>(x: X): X => JSON.parse(JSON.stringify(x));
export const op = (d: any, path: string, method: string) => d.paths[path][method];
export const LV = (d: any) => d.paths["/vehicles"].get;
export const CV = (d: any) => d.paths["/vehicles"].post;
export const GV = (d: any) => d.paths["/vehicles/{vehicleId}"].get;
export const DV = (d: any) => d.paths["/vehicles/{vehicleId}"].delete;
export const LD = (d: any) => d.paths["/depots"].get;
export const GW = (d: any) => d.paths["/workorders/{workOrderId}"].get;
export const VI = (d: any) => d.definitions.VehicleInput;
export const VH = (d: any) => d.definitions.Vehicle;
export const qp = (name: string, extra: any = {}) => ({
  name,
  in: "query",
  required: false,
  type: "string",
  "x-ms-summary": name,
  description: `The ${name} value.`,
  ...extra,
});
export const hp = (name: string, extra: any = {}) => ({
  name,
  in: "header",
  required: false,
  type: "string",
  "x-ms-summary": name,
  description: `The ${name} header.`,
  ...extra,
});
export const pp = (name: string, extra: any = {}) => ({
  name,
  in: "path",
  required: true,
  type: "string",
  "x-ms-url-encoding": "single",
  "x-ms-summary": name,
  description: `The ${name} path value.`,
  ...extra,
});
export const bodyP = (schema: any, extra: any = {}) => ({
  name: "body",
  in: "body",
  required: true,
  schema,
  "x-ms-summary": "Body",
  description: "The request body.",
  ...extra,
});
export const ok = (schema?: any) => (schema ? { description: "Success.", schema } : { description: "Success." });
export const mkOp = (operationId: string, extra: any = {}) => ({
  operationId,
  summary:
    "Run " +
    operationId
      .replace(/([A-Z])/g, " $1")
      .trim()
      .toLowerCase(),
  description: "Runs the " + operationId + " operation.",
  "x-ms-visibility": "advanced",
  parameters: [],
  responses: { "200": ok({ $ref: "#/definitions/Vehicle" }), default: { ...err } },
  ...extra,
});
export const addDef = (d: any, name: string, schema: any) => {
  d.definitions[name] = schema;
};
// put a schema under test into a POST /inspections body and make its response normal
export const bodyOp = (d: any, schema: any, extra: any = {}) => {
  d.paths["/inspections"] = {
    post: mkOp("CreateInspection", { parameters: [bodyP(schema)], responses: { "201": ok({ $ref: "#/definitions/Vehicle" }), default: { ...err } }, ...extra }),
  };
  return d.paths["/inspections"].post;
};
// put a schema under test as a response schema of a GET /reports
export const respOp = (d: any, schema: any, extra: any = {}) => {
  d.paths["/reports"] = { get: mkOp("GetFleetReport", { responses: { "200": ok(schema), default: { ...err } }, ...extra }) };
  return d.paths["/reports"].get;
};

export const INSPECTION = {
  type: "object",
  properties: {
    id: { type: "string", description: "The identifier of the inspection.", "x-ms-summary": "Inspection ID" },
    vehicleId: { type: "string", description: "The inspected vehicle.", "x-ms-summary": "Vehicle ID" },
    result: { type: "string", enum: ["pass", "fail"], description: "The outcome.", "x-ms-summary": "Result" },
  },
};

// webhook trigger: subscription body carries x-ms-notification-url, path item carries x-ms-notification-content
export const addWebhook = (d: any) => {
  d.definitions.Inspection = clone(INSPECTION);
  d.paths["/hooks/inspections"] = {
    "x-ms-notification-content": { description: "The completed inspection.", schema: { $ref: "#/definitions/Inspection" } },
    post: {
      operationId: "OnInspectionCompleted",
      summary: "When an inspection is completed",
      description: "Triggers when a vehicle inspection is completed.",
      "x-ms-trigger": "single",
      "x-ms-visibility": "important",
      parameters: [
        {
          name: "depotId",
          in: "query",
          required: false,
          type: "string",
          "x-ms-summary": "Depot ID",
          description: "Only notify for inspections at this depot.",
        },
        {
          name: "body",
          in: "body",
          required: true,
          "x-ms-summary": "Subscription",
          description: "The subscription request.",
          schema: {
            type: "object",
            required: ["callbackUrl"],
            properties: {
              callbackUrl: {
                type: "string",
                "x-ms-notification-url": true,
                "x-ms-visibility": "internal",
                description: "The URL to notify.",
                "x-ms-summary": "Callback URL",
              },
            },
          },
        },
      ],
      responses: {
        "201": { description: "The subscription was created.", headers: { Location: { type: "string", description: "The subscription URL." } } },
        default: { ...err },
      },
    },
  };
  d.paths["/hooks/{hookId}"] = {
    delete: {
      operationId: "DeleteInspectionHook",
      summary: "Delete an inspection subscription",
      description: "Removes a webhook subscription.",
      "x-ms-visibility": "internal",
      parameters: [pp("hookId", { "x-ms-summary": "Hook ID", description: "The identifier of the subscription." })],
      responses: { "200": { description: "The subscription was removed." }, default: { ...err } },
    },
  };
  return d.paths["/hooks/inspections"];
};
export const WH = (d: any) => d.paths["/hooks/inspections"].post;
export const whProp = (d: any) => WH(d).parameters[1].schema.properties.callbackUrl;

// polling trigger
export const addPolling = (d: any) => {
  d.definitions.Inspection = clone(INSPECTION);
  d.paths["/inspections/latest"] = {
    get: {
      operationId: "OnNewInspection",
      summary: "When an inspection is recorded",
      description: "Triggers when a new inspection is recorded.",
      "x-ms-trigger": "single",
      "x-ms-visibility": "important",
      parameters: [
        { name: "depotId", in: "query", required: false, type: "string", "x-ms-summary": "Depot ID", description: "Only return inspections at this depot." },
      ],
      responses: {
        "200": { description: "The new inspection.", schema: { $ref: "#/definitions/Inspection" } },
        "202": { description: "No new inspection yet." },
        default: { ...err },
      },
    },
  };
  return d.paths["/inspections/latest"].get;
};
export const PT = (d: any) => d.paths["/inspections/latest"].get;

// dynamic values on ListVehicles.depotId from ListDepots; ListVehicles gets a regionCode query param to forward
export const depotParam = (d: any) => LV(d).parameters[0];
export const withRegion = (d: any, extra: any = {}) => {
  LV(d).parameters.push(qp("regionCode", { "x-ms-summary": "Region code", description: "The region to pick depots from.", ...extra }));
};
export const dynVals = (extra: any = {}) => ({ operationId: "ListDepots", "value-collection": "value", "value-path": "id", "value-title": "name", ...extra });

// dynamic schema target: GET /vehicles/schema returns { schema: { properties: {...} } }
export const addSchemaOp = (d: any, params: any[] = []) => {
  d.paths["/vehicletypes/schema"] = {
    get: mkOp("GetVehicleTypeSchema", {
      "x-ms-visibility": "internal",
      parameters: params,
      responses: {
        "200": ok({
          type: "object",
          properties: { schema: { type: "object", description: "The schema.", properties: { properties: { type: "object", description: "The fields." } } } },
        }),
        default: { ...err },
      },
    }),
  };
};

// schema generators
export const wide = (n: number) => {
  const properties: any = {};
  for (let i = 0; i < n; i++) properties["field" + i] = { type: "string", description: "Field " + i + "." };
  return { type: "object", properties };
};
export const deep = (n: number) => {
  let s: any = { type: "string", description: "Leaf." };
  for (let i = 0; i < n; i++) s = { type: "object", properties: { child: s } };
  return s;
};
