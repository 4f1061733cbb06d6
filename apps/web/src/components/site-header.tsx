import Link from "next/link";
import { AccountMenu } from "./auth/account-menu.tsx";
import { NotificationsLink } from "./notifications-link.tsx";

const NAV = [
  { href: "/", label: "Catalog" },
  { href: "/connectors/new", label: "Import" },
  { href: "/samples", label: "Samples" },
  { href: "/requests", label: "Sharing requests" },
  { href: "/licence", label: "My licence" },
  { href: "/governance", label: "Governance" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center gap-8 px-6 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900 no-underline hover:no-underline">
          <span aria-hidden className="inline-block h-6 w-6 rounded bg-brand" />
          Connector Hub
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-5 text-sm">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="text-slate-700 hover:text-brand">
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-4">
          <NotificationsLink />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
