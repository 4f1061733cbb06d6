import type { Metadata } from "next";
import Link from "next/link";
import { ImportWizard } from "@/components/catalog/import-wizard.tsx";
import { getViewer } from "@/server/auth/viewer.ts";
import { buildDefinitionFromForm } from "./actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import a connector" };

export default async function NewConnectorPage() {
  const viewer = await getViewer();
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">Import a connector</h1>
      {!viewer ? (
        <p>
          <Link href="/auth/sign-in?returnTo=/connectors/new">Sign in</Link> to import a connector. You can still check a definition: the validator below works
          without signing in.
        </p>
      ) : !viewer.isMaker && !viewer.isAdmin ? (
        <p role="alert" className="text-amber-800">
          Importing connectors is for makers. Ask an administrator for the Hub.Maker role; meanwhile you can check a definition below.
        </p>
      ) : null}
      <ImportWizard canSave={Boolean(viewer && (viewer.isMaker || viewer.isAdmin))} buildDefinition={buildDefinitionFromForm} />
    </div>
  );
}
