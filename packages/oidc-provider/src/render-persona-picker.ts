import { PERSONAS } from "@connector-hub/db/personas";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const ROLE_LABEL = (roles: readonly string[]) => (roles.includes("Hub.Admin") ? "Administrator" : roles.includes("Hub.Maker") ? "Maker" : "Builder");

/** The provider's own sign-in page: one button per seeded persona, as a stand-in for Entra's account picker. */
export function renderPersonaPicker(options: { uid: string; clientName: string }): string {
  const buttons = PERSONAS.map(
    (p) => `<li><button type="submit" name="oid" value="${escapeHtml(p.oid)}"><strong>${escapeHtml(p.displayName)}</strong>
      <span>${ROLE_LABEL(p.roles)} · ${escapeHtml(p.upn)}</span></button></li>`,
  ).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · Local sign-in for Connector Hub</title>
<style>
body{font-family:system-ui,sans-serif;background:#f3f4f6;margin:0;padding:48px 16px;color:#111827}
main{max-width:420px;margin:0 auto;background:#fff;border-radius:8px;padding:24px 28px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
h1{font-size:1.3rem;margin:0 0 4px}p{color:#4b5563;font-size:.9rem}ul{list-style:none;padding:0;margin:16px 0 0}
li{margin:8px 0}button{width:100%;text-align:left;border:1px solid #d1d5db;background:#fff;border-radius:6px;padding:10px 12px;cursor:pointer;font:inherit}
button:hover,button:focus{border-color:#0078d4;outline:2px solid #0078d4}button span{display:block;color:#6b7280;font-size:.85rem}
</style></head>
<body><main>
<h1>Pick an account</h1>
<p>Local sign-in for ${escapeHtml(options.clientName)}: a test tenant with seeded people. In production, Microsoft Entra ID signs people in.</p>
<form method="post" action="/interaction/${escapeHtml(options.uid)}/login" autocomplete="off">
<ul aria-label="Accounts">
${buttons}
</ul>
</form>
</main></body></html>`;
}
