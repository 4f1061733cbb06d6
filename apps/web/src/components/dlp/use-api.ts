"use client";

/** Calls the hub's API; a refusal becomes an Error carrying the server's message (which says what to change). */
export async function callApi<T>(url: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new Error(data?.error?.message ?? `The request failed (HTTP ${response.status}); try again.`);
  return data as T;
}
