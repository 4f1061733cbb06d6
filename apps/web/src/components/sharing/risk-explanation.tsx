import type { RiskScore } from "@connector-hub/governance";
import { RISK_TONES } from "./sharing-labels.ts";

/** The risk score with the line-by-line reasons that add up to it. */
export function RiskExplanation({ risk }: { risk: RiskScore }) {
  return (
    <div className="space-y-2">
      <p className={`font-medium ${RISK_TONES[risk.level] ?? ""}`}>
        Risk score {risk.score} of 100 ({risk.level})
      </p>
      <table className="w-full max-w-3xl border-collapse text-sm" aria-label="Risk explanation">
        <tbody>
          {risk.lines.map((line, i) => (
            <tr key={i} className="border-b align-top">
              <td className="w-40 py-1 pr-3 text-slate-500">{line.factor}</td>
              <td className="w-12 py-1 pr-3 text-right font-mono">+{line.points}</td>
              <td className="py-1">{line.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
