import { AppError, listActivePeople, listGroups, loadShareableConnector } from "@connector-hub/db";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AUTH_LABELS, label } from "@/components/labels.ts";
import { ShareRequestForm } from "@/components/sharing/share-request-form.tsx";
import { sharingActorOf } from "@/server/sharing-actor.ts";
import { SignedOutNotice } from "@/components/sharing/signed-out-notice.tsx";
import { getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";
export const metadata = { title: "Request sharing" };

export default async function SharePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await getViewer();
  if (!viewer) return <SignedOutNotice returnTo={`/connectors/${slug}/share`} what="the sharing request form" />;
  let loaded: Awaited<ReturnType<typeof loadShareableConnector>>;
  try {
    loaded = await loadShareableConnector(db(), slug, sharingActorOf(viewer));
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    if (e instanceof AppError) {
      return (
        <section className="space-y-2">
          <h1 className="text-2xl font-semibold">Request sharing</h1>
          <p role="alert" className="text-red-700">
            {e.message}
          </p>
        </section>
      );
    }
    throw e;
  }
  const { connector, version } = loaded;
  const [users, groups] = await Promise.all([listActivePeople(db(), { excludeUserId: viewer.userId }), listGroups(db(), { take: 500 })]);
  return (
    <section className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-500">
          <Link href={`/connectors/${connector.slug}`}>{connector.title}</Link> / Request sharing
        </p>
        <h1 className="text-2xl font-semibold">Request sharing of {connector.title}</h1>
        <p className="text-sm text-slate-600">
          Version {version.number} · {label(AUTH_LABELS, connector.authType)} · {version.errorCount} validation error{version.errorCount === 1 ? "" : "s"}
        </p>
      </header>
      <ShareRequestForm
        slug={connector.slug}
        authType={connector.authType}
        users={users.map((u) => ({ id: u.id, name: `${u.displayName} (${u.upn})` }))}
        groups={groups.map((g) => ({ id: g.id, name: g.displayName }))}
      />
    </section>
  );
}
