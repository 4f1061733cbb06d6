import type { CatalogItem } from "@connector-hub/db";
import Link from "next/link";
import { ConnectorIcon } from "./connector-icon.tsx";
import { AUTH_LABELS, HOSTING_LABELS, KIND_LABELS, label, LIFECYCLE_LABELS, SCOPE_LABELS } from "./labels.ts";

function Badge({ children, tone = "slate" }: { children: React.ReactNode; tone?: "slate" | "red" | "amber" | "green" | "indigo" }) {
  const tones = {
    indigo: "bg-indigo-100 text-indigo-900",
    slate: "bg-slate-100 text-slate-700",
    red: "bg-red-50 text-red-700",
    amber: "bg-amber-50 text-amber-800",
    green: "bg-emerald-50 text-emerald-700",
  };
  return <span className={`rounded px-2 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}

export function ConnectorCard({ item }: { item: CatalogItem }) {
  return (
    <article className="flex min-w-0 flex-col gap-3 break-words rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="connector-card">
      <div className="flex items-start gap-3">
        <span className="mt-1 shrink-0">
          <ConnectorIcon slug={item.slug} brandColor={item.brandColor} hasIcon={item.hasIcon} updatedAt={item.updatedAt} size="card" />
        </span>
        <div className="min-w-0">
          <h2 className="truncate text-base font-semibold">
            <Link href={`/connectors/${item.slug}`}>{item.title}</Link>
          </h2>
          <p className="truncate text-sm text-slate-500">
            {item.publisher} · {item.host}
          </p>
        </div>
      </div>
      <p className="line-clamp-2 text-sm text-slate-700">{item.description}</p>
      <div className="flex flex-wrap gap-1.5">
        {item.kind === "MCP" ? <Badge tone="indigo">{label(KIND_LABELS, item.kind)}</Badge> : null}
        <Badge>{label(AUTH_LABELS, item.authType)}</Badge>
        <Badge>{label(HOSTING_LABELS, item.hosting)}</Badge>
        <Badge>{label(SCOPE_LABELS, item.scope)}</Badge>
        <Badge tone={item.lifecycle === "PUBLISHED" ? "green" : item.lifecycle === "RETIRED" || item.lifecycle === "DEPRECATED" ? "amber" : "slate"}>
          {label(LIFECYCLE_LABELS, item.lifecycle)}
        </Badge>
        {item.isSample ? <Badge tone="green">Sample</Badge> : null}
      </div>
      <p className="text-xs text-slate-600">
        {item.actionCount} action{item.actionCount === 1 ? "" : "s"} · {item.triggerCount} trigger{item.triggerCount === 1 ? "" : "s"} ·{" "}
        <span className={item.errorCount ? "text-red-700" : ""}>
          {item.errorCount} error{item.errorCount === 1 ? "" : "s"}
        </span>{" "}
        · {item.warningCount} warning
        {item.warningCount === 1 ? "" : "s"}
      </p>
    </article>
  );
}
