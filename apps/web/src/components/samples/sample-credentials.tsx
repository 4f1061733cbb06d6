import { SAMPLE_DEMO_CREDENTIALS } from "./demo-credentials.ts";

/** The demo values for one sample's sign-in kind: sample data, safe to show. */
export function SampleCredentials({ authType }: { authType: string }) {
  const credentials = SAMPLE_DEMO_CREDENTIALS[authType as keyof typeof SAMPLE_DEMO_CREDENTIALS];
  if (!credentials) return null;
  return (
    <dl aria-label="Demo credentials" className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded bg-slate-50 p-3 text-xs">
      {credentials.map((c, i) => (
        <div key={i} className="contents">
          <dt className="text-slate-500">{c.label}</dt>
          <dd>
            <code>{c.value}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}
