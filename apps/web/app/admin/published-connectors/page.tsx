import { getPublishedSnapshot } from "@connector-hub/db";
import { publishedFolderUrl } from "@connector-hub/definitions/published";
import { PublishedIndexUpload } from "@/components/published/published-index-upload.tsx";
import { SignedOutNotice } from "@/components/sharing/signed-out-notice.tsx";
import { getViewer } from "@/server/auth/viewer.ts";
import { db } from "@/server/db.ts";

export const dynamic = "force-dynamic";
export const metadata = { title: "Published connectors" };

// Issue 23: which snapshot of microsoft/PowerPlatformConnectors the hub matches makers' connectors against, and a
// newer one to upload.
export default async function PublishedConnectorsAdminPage() {
  const viewer = await getViewer();
  if (!viewer) return <SignedOutNotice returnTo="/admin/published-connectors" what="the index of published connectors" />;
  if (!viewer.isAdmin)
    return (
      <p role="alert" className="text-red-700">
        Only administrators (app role Hub.Admin) can manage the index of published connectors.
      </p>
    );
  const snapshot = await getPublishedSnapshot(db());
  const facts: [string, string][] = snapshot
    ? [
        ["Repository", snapshot.source],
        ["Commit", snapshot.commit],
        ["Commit date", snapshot.date],
        ["Connectors", snapshot.connectorCount.toLocaleString("en")],
        ["Operations", snapshot.operationCount.toLocaleString("en")],
        ["Left out (not strict JSON)", String(snapshot.unreadable)],
        ["Loaded", `${snapshot.loadedAt.toISOString().slice(0, 16).replace("T", " ")} UTC by ${snapshot.loadedBy}`],
      ]
    : [];
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">Published connectors</h1>
      <p className="text-slate-700">
        The import wizard, the catalog search and the validator tell makers when Microsoft&apos;s repository already publishes a connector for their API
        (certified and independent-publisher connectors). They match against this index.
      </p>
      {snapshot ? (
        <dl aria-label="Current index" className="grid grid-cols-[minmax(0,200px)_minmax(0,1fr)] gap-x-6 gap-y-2 break-words text-sm">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-slate-500">{term}</dt>
              <dd>{term === "Commit" ? <a href={publishedFolderUrl("", value).replace(/\/$/, "")}>{value}</a> : value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p role="status">No index is loaded yet: upload one below.</p>
      )}
      <section aria-labelledby="upload-heading" className="space-y-2 text-sm">
        <h2 id="upload-heading" className="text-lg font-semibold">
          Upload a newer index
        </h2>
        <p className="text-slate-700">
          Build it from a clone: <code className="break-all">git clone --depth 1 https://github.com/microsoft/PowerPlatformConnectors</code>, then{" "}
          <code className="break-all">npx connector-hub public-index build PowerPlatformConnectors -o index.json</code>. It replaces the current index as a
          whole; a file that is not an index changes nothing.
        </p>
        <PublishedIndexUpload />
      </section>
    </article>
  );
}
