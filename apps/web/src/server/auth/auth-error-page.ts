import "server-only";
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain page for sign-in failures a person sees in the browser: what happened, what to do, the reference. */
export function authErrorPage(status: number, message: string, requestId: string): Response {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in failed · Connector Hub</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#0f172a}a{color:#0b5cad}</style></head>
<body><h1>Sign-in failed</h1><p>${escapeHtml(message)}</p><p><a href="/auth/sign-in">Sign in again</a> · <a href="/">Back to the catalog</a></p>
<p><small>Reference ${escapeHtml(requestId)}</small></p></body></html>`;
  return new Response(body, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "x-request-id": requestId } });
}
