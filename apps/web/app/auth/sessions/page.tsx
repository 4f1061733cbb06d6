import { listPeopleWithSessions, listSessions } from "@connector-hub/db";
import { TableHead } from "@/components/table-head.tsx";
import { RevokeButton } from "@/components/auth/revoke-button.tsx";
import { getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";
import { endPersonSessionsAction, endSessionAction } from "./actions.ts";

export const dynamic = "force-dynamic";
export const metadata = { title: "Your sessions" };

const minute = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** A short, recognisable name for a User-Agent string ("Chrome on Linux"); the full string is in the title. */
function browserOf(userAgent: string): string {
  if (!userAgent) return "Unknown browser";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrom(e|ium)\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : userAgent.split(/[\s/]/)[0] || "Unknown browser";
  const os = /Windows/.test(userAgent)
    ? "Windows"
    : /Mac OS X|Macintosh/.test(userAgent)
      ? "macOS"
      : /Android/.test(userAgent)
        ? "Android"
        : /iPhone|iPad/.test(userAgent)
          ? "iOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  return os ? `${browser} on ${os}` : browser;
}

export default async function SessionsPage() {
  const viewer = await getViewer();
  if (!viewer) {
    return (
      <p>
        <a href="/auth/sign-in?returnTo=/auth/sessions">Sign in</a> to see your sessions.
      </p>
    );
  }
  const [sessions, people] = await Promise.all([listSessions(db(), viewer.userId), viewer.isAdmin ? listPeopleWithSessions(db()) : Promise.resolve([])]);
  return (
    <section className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Your sessions</h1>
        <p className="mt-1 text-sm text-slate-600">
          Every browser where you are signed in. End one you do not recognise or no longer use: its next page or request is signed out. Signing out ends this
          one.
        </p>
      </div>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Your sessions</caption>
        <TableHead gap="pr-3" columns={["Browser", "Signed in", "Last seen", "Expires", { label: "End", srOnly: true }]} />
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id} className="border-b border-slate-100" data-testid="session-row">
              <td className="py-2" title={s.userAgent}>
                {browserOf(s.userAgent)}
                {s.id === viewer.sessionId ? <strong className="ml-2">(this session)</strong> : null}
              </td>
              <td>{minute(s.createdAt)}</td>
              <td>{minute(s.lastSeenAt)}</td>
              <td>{minute(s.expiresAt)}</td>
              <td>
                {s.id === viewer.sessionId ? null : (
                  <RevokeButton id={s.id} text="End" label={`End the session signed in ${minute(s.createdAt)}`} action={endSessionAction} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {viewer.isAdmin ? (
        <div className="space-y-3">
          <h2 className="text-lg font-semibold">Everyone signed in</h2>
          <p className="text-sm text-slate-600">
            For administrators: end all sessions of a person (a lost device, a leaked cookie). They must sign in again; their API tokens are not affected.
          </p>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">People with open sessions</caption>
            <TableHead gap="pr-3" columns={["Person", "Open sessions", "Last seen", { label: "End sessions", srOnly: true }]} />
            <tbody>
              {people.map((p) => (
                <tr key={p.user.id} className="border-b border-slate-100">
                  <td className="py-2">
                    {p.user.displayName} <span className="text-slate-500">({p.user.upn})</span>
                  </td>
                  <td>{p.open}</td>
                  <td>{p.lastSeenAt ? minute(p.lastSeenAt) : ""}</td>
                  <td>
                    <RevokeButton id={p.user.id} text="End sessions" label={`End all sessions of ${p.user.displayName}`} action={endPersonSessionsAction} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
