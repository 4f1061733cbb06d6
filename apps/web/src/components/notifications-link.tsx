import "server-only";
import { countUnreadNotifications } from "@connector-hub/db";
import { getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";

/** The header's link to the notifications page, with the unread count for whoever is signed in. */
export async function NotificationsLink() {
  const viewer = await getViewer().catch(() => null);
  if (!viewer) return null;
  const unread = await countUnreadNotifications(db(), viewer.userId);
  const text = unread === 0 ? "No unread notifications" : `${unread} unread notification${unread === 1 ? "" : "s"}`;
  return (
    <a
      href="/notifications"
      className="relative text-sm text-slate-700 hover:text-brand"
      aria-label={`Notifications: ${text}`}
      data-testid="notifications-link"
    >
      Notifications
      {unread > 0 ? (
        <span data-testid="unread-count" className="ml-1 rounded-full bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </a>
  );
}
