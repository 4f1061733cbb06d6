import Link from "next/link";
import { getViewer } from "@/server/auth/viewer.ts";
import { AccountMenu } from "./auth/account-menu.tsx";
import { NotificationsLink } from "./notifications-link.tsx";

type Audience = "everyone" | "signedIn" | "maker" | "admin";

// Each link is shown to whom its page is for, so nobody is led to a page that only says "not for you".
const NAV: { href: string; label: string; audience: Audience }[] = [
  { href: "/", label: "Catalog", audience: "everyone" },
  { href: "/connectors/new", label: "Import", audience: "maker" },
  { href: "/samples", label: "Samples", audience: "everyone" },
  { href: "/requests", label: "Sharing requests", audience: "maker" },
  { href: "/licence", label: "My licence", audience: "signedIn" },
  { href: "/governance", label: "Governance", audience: "admin" },
  { href: "/admin/licences", label: "Licences", audience: "admin" },
  { href: "/admin/audit", label: "Audit log", audience: "admin" },
];

function isFor(audience: Audience, viewer: { isAdmin: boolean; isMaker: boolean } | null): boolean {
  if (audience === "everyone") return true;
  if (!viewer) return false;
  if (audience === "signedIn") return true;
  if (audience === "maker") return viewer.isMaker || viewer.isAdmin;
  return viewer.isAdmin;
}

export async function SiteHeader() {
  const viewer = await getViewer().catch(() => null);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-6 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900 no-underline hover:no-underline">
          <span aria-hidden className="inline-block h-6 w-6 rounded bg-brand" />
          Connector Hub
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-5 text-sm">
          {NAV.filter((item) => isFor(item.audience, viewer)).map((item) => (
            <Link key={item.href} href={item.href} className="text-slate-700 hover:text-brand">
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-2">
          <NotificationsLink />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
