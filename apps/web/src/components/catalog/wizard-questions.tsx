"use client";

import { useQuery } from "@tanstack/react-query";
import { PublishedMatches } from "./published-matches.tsx";
import type { ValidationAnswer } from "./use-draft-validation.ts";

export interface Answers {
  apiKind: "existing" | "new";
  hosting: "" | "CLOUD" | "ON_PREMISES";
  gatewayName: string;
  authType: "" | "NONE" | "API_KEY" | "BASIC" | "OAUTH2" | "WINDOWS";
  scope: "PRIVATE";
  title: string;
  /** Why a new connector is needed although published ones match (kept with the connector). */
  publishedReason: string;
}

const AUTH = [
  ["NONE", "None"],
  ["API_KEY", "API key"],
  ["BASIC", "Basic"],
  ["OAUTH2", "OAuth 2.0"],
  ["WINDOWS", "Windows (gateway only)"],
] as const;

interface Verdict {
  canCreate?: { allowed: boolean; reason: string };
}

/** The five questions of the design, answered with what the definition already says as the default. */
/** showTitle is false for a definition built by the scratch form, which asked for the title already. */
export function WizardQuestions({
  result,
  answers,
  onChange,
  showTitle = true,
}: {
  result: ValidationAnswer;
  answers: Answers;
  onChange: (patch: Partial<Answers>) => void;
  showTitle?: boolean;
}) {
  const duplicates = result.duplicates ?? [];
  const published = result.published ?? [];
  const hosting = answers.hosting || (result.connector.usesGateway ? "ON_PREMISES" : "CLOUD");
  const licence = useQuery({
    queryKey: ["eligibility-create"],
    retry: false,
    queryFn: async (): Promise<Verdict | null> => {
      const response = await fetch("/api/v1/eligibility");
      return response.ok ? ((await response.json()) as Verdict) : null;
    },
  });
  const radio = "mr-2";
  return (
    <section aria-labelledby="questions-heading" className="space-y-5 text-sm">
      <h2 id="questions-heading" className="text-lg font-semibold">
        Before you save
      </h2>
      <fieldset>
        <legend className="font-medium">1. Is there already a connector for this API?</legend>
        {duplicates.length === 0 ? (
          <p className="text-emerald-700">No connector in the catalog has this host or a similar title.</p>
        ) : (
          <ul aria-label="Possible duplicates" className="list-disc pl-5">
            {duplicates.map((d) => (
              <li key={d.slug}>
                <a href={`/connectors/${d.slug}`}>{d.title}</a> ({d.publisher}, {d.host}): {d.reason}
              </li>
            ))}
          </ul>
        )}
        {published.length === 0 ? (
          <p className="text-emerald-700">No connector Microsoft publishes has this host, a similar title or these operations.</p>
        ) : (
          <div className="mt-2 space-y-2">
            <p className="font-medium text-amber-800">
              Microsoft&apos;s repository already publishes {published.length === 1 ? "a connector" : `${published.length} connectors`} for this API. Use it if
              you can: a second one duplicates its upkeep and may escape the DLP classification chosen for it.
            </p>
            <PublishedMatches matches={published} />
            <label className="block">
              <span className="font-medium">Why is a new connector still needed?</span>
              <textarea
                className="mt-1 block h-20 w-full rounded border border-slate-300 bg-white p-2"
                maxLength={2000}
                placeholder="For example: the published one lacks the webhook trigger we need."
                value={answers.publishedReason}
                onChange={(e) => onChange({ publishedReason: e.target.value })}
              />
            </label>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend className="font-medium">2. Use an existing REST API, or build one?</legend>
        <label className="block">
          <input type="radio" className={radio} checked={answers.apiKind === "existing"} onChange={() => onChange({ apiKind: "existing" })} />
          An existing API
        </label>
        <label className="block">
          <input type="radio" className={radio} checked={answers.apiKind === "new"} onChange={() => onChange({ apiKind: "new" })} />I will build one
        </label>
        {answers.apiKind === "new" ? (
          <p className="text-slate-600">
            The <a href="/samples">sample API</a> shows actions, a webhook and a polling trigger to start from.
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend className="font-medium">3. Where is it hosted?</legend>
        <label className="block">
          <input type="radio" name="hosting" className={radio} checked={hosting === "CLOUD"} onChange={() => onChange({ hosting: "CLOUD" })} />
          Cloud
        </label>
        <label className="block">
          <input type="radio" name="hosting" className={radio} checked={hosting === "ON_PREMISES"} onChange={() => onChange({ hosting: "ON_PREMISES" })} />
          On-premises, behind a data gateway
        </label>
        {hosting === "ON_PREMISES" ? (
          <label className="mt-1 block">
            Gateway name
            <input
              className="ml-2 rounded border border-slate-300 px-2 py-1"
              value={answers.gatewayName}
              onChange={(e) => onChange({ gatewayName: e.target.value })}
            />
          </label>
        ) : null}
      </fieldset>
      <label className="block">
        <span className="font-medium">4. How is it secured?</span>
        <select
          aria-label="Authentication"
          className="ml-2 rounded border border-slate-300 px-2 py-1"
          value={answers.authType}
          onChange={(e) => onChange({ authType: e.target.value as Answers["authType"] })}
        >
          <option value="">As the definition says ({AUTH.find(([v]) => v === result.connector.authType)?.[1] ?? result.connector.authType})</option>
          {AUTH.map(([value, text]) => (
            <option key={value} value={value} disabled={value === "WINDOWS" && hosting !== "ON_PREMISES"}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <div>
        <p className="font-medium">5. Does your licence allow one more custom connector?</p>
        <p>
          {licence.isPending
            ? "Checking your licence…"
            : licence.data?.canCreate
              ? `${licence.data.canCreate.allowed ? "Yes" : "No"}: ${licence.data.canCreate.reason}`
              : "Sign in to check your licence."}
        </p>
      </div>
      {showTitle ? (
        <label className="block">
          <span className="font-medium">Title</span>
          <input
            className="ml-2 rounded border border-slate-300 px-2 py-1"
            placeholder={result.connector.title}
            value={answers.title}
            onChange={(e) => onChange({ title: e.target.value })}
          />
        </label>
      ) : null}
      <p>
        <span className="font-medium">Who may use it?</span> Only you at first: the connector is saved as a private draft (it may have errors). To share it,
        request sharing on its Share page once it is saved; an administrator reviews the request.
      </p>
    </section>
  );
}
