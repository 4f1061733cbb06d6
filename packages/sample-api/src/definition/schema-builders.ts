// Small builders so every property carries the title and description the certification rules ask for.
export type TJson = Record<string, unknown>;

export function field(type: string, summary: string, description: string, extra: TJson = {}): TJson {
  return { type, "x-ms-summary": summary, description, ...extra };
}

export function ref(name: string): TJson {
  return { $ref: `#/definitions/${name}` };
}

export function listOf(name: string, summary: string, description: string): TJson {
  return { type: "array", "x-ms-summary": summary, description, items: ref(name) };
}

export function objectOf(description: string, properties: Record<string, TJson>, required: string[] = Object.keys(properties)): TJson {
  return { type: "object", description, properties, ...(required.length > 0 ? { required } : {}) };
}
