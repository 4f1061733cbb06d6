import { listNotifications, markNotificationsRead } from "@connector-hub/db";
import Link from "next/link";
import { SignedOutNotice } from "@/components/sharing/signed-out-notice.tsx";
import { getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";
export const metadata = { title: "Notifications" };

/** Every notification of the signed-in person, newest first; the ones shown are marked read, so the badge clears. */
export default async function NotificationsPage() {
  const viewer = await getViewer();
  if (!viewer) return <SignedOutNotice returnTo="/notifications" what="your notifications" />;
  const notifications = await listNotifications(db(), { userId: viewer.userId, limit: 100 });
  const unread = notifications.filter((n) => n.readAt === null);
  if (unread.length > 0) await markNotificationsRead(db(), { userId: viewer.userId, ids: unread.map((n) => n.id) });
  return (
    <section className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Notifications</h1>
      {notifications.length === 0 ? (
        <p className="text-slate-600">Nothing yet. You are told here when a sharing request of yours moves, or when one waits for your review.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" aria-label="Notifications">
          {notifications.map((n) => (
            <li key={n.id} data-testid="notification" className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3 text-sm">
              {n.readAt === null ? <span className="rounded bg-red-700 px-1.5 text-xs font-semibold text-white">New</span> : null}
              <span className="min-w-0 flex-1 break-words">{n.link ? <Link href={n.link}>{n.message}</Link> : n.message}</span>
              <time dateTime={n.createdAt.toISOString()} className="text-xs text-slate-500">
                {n.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
