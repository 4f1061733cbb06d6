// An operation as the API sees it: method and full path (base path + path), with parameter names ignored, so
// `GET /orders/{id}` and `GET /orders/{orderId}` are one operation.

/** "GET /v3/orders/{}" for method "get", base path "/v3/" and path "/orders/{orderId}/"; null for the bare root. */
export function operationSignature(method: string, path: string, basePath = "/"): string | null {
  const joined = `/${basePath}/${path}`
    .replace(/\{[^}]*\}/g, "{}")
    .replace(/\/{2,}/g, "/")
    .replace(/(.)\/$/, "$1")
    .toLowerCase();
  if (joined === "/" || joined === "") return null;
  return `${method.trim().toUpperCase()} ${joined}`;
}

/** The distinct signatures of a list of operations (the root path `/` alone says nothing about the API, so it is left out). */
export function operationSignatures(operations: readonly { method: string; path: string }[], basePath = "/"): Set<string> {
  const out = new Set<string>();
  for (const op of operations) {
    const s = operationSignature(op.method, op.path, basePath);
    if (s) out.add(s);
  }
  return out;
}
