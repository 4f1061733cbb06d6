import { API_TOKEN_SCOPES, listApiTokens } from "@connector-hub/db";
import { TableHead } from "@/components/table-head.tsx";
import { TokenCreateForm } from "@/components/auth/token-create-form.tsx";
import { RevokeButton } from "@/components/auth/revoke-button.tsx";
import { getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";
import { createTokenAction, revokeTokenAction } from "./actions.ts";

export const dynamic = "force-dynamic";
export const metadata = { title: "API tokens" };

const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function TokensPage() {
  const viewer = await getViewer();
  if (!viewer) {
    return (
      <p>
        <a href="/auth/sign-in?returnTo=/auth/tokens">Sign in</a> to manage your API tokens.
      </p>
    );
  }
  const tokens = await listApiTokens(db(), viewer.userId);
  const now = new Date();
  return (
    <section className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">API tokens</h1>
        <p className="mt-1 text-sm text-slate-600">
          For a connector repository&apos;s CI: send a token as <code>Authorization: Bearer &lt;token&gt;</code>. Only a hash is stored, so a lost token cannot
          be shown again: revoke it and create another.
        </p>
      </div>
      {viewer.isMaker || viewer.isAdmin ? (
        <TokenCreateForm action={createTokenAction} scopes={API_TOKEN_SCOPES} />
      ) : (
        <p className="text-sm text-slate-600">Makers (app role Hub.Maker) create tokens. Ask an administrator if your CI needs one.</p>
      )}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your tokens</caption>
        <TableHead gap="pr-3" columns={["Name", "Starts with", "Scopes", "Expires", "Last used", "Status", { label: "Revoke", srOnly: true }]} />
        <tbody>
          {tokens.length === 0 ? (
            <tr>
              <td colSpan={7} className="py-3 text-slate-500">
                No tokens yet.
              </td>
            </tr>
          ) : (
            tokens.map((t) => {
              const status = t.revokedAt ? "Revoked" : t.expiresAt <= now ? "Expired" : "Active";
              return (
                <tr key={t.id} className="border-b border-slate-100">
                  <td className="py-2">{t.name}</td>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>{t.scopes.join(", ")}</td>
                  <td>{day(t.expiresAt)}</td>
                  <td>{t.lastUsedAt ? day(t.lastUsedAt) : "never"}</td>
                  <td>{status}</td>
                  <td>{status === "Active" ? <RevokeButton id={t.id} text="Revoke" label={`Revoke ${t.name}`} action={revokeTokenAction} /> : null}</td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </section>
  );
}
