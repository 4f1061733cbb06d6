import type { Db } from "../client.ts";
import { loadShareableConnector } from "./load-shareable-connector.ts";
import { evaluateSharingRequest, type SharingEvaluation } from "./evaluate-sharing-request.ts";
import { ZSharingRequestInput, type SharingActor } from "./sharing-types.ts";

/** What the request form shows before submitting: the gates, risk lines and which targets could not use it. */
export async function previewSharingRequest(db: Db, options: { input: unknown; actor: SharingActor }): Promise<SharingEvaluation> {
  const input = ZSharingRequestInput.parse(options.input);
  const { connector, version } = await loadShareableConnector(db, input.connectorSlug, options.actor, input.versionNumber);
  return evaluateSharingRequest(db, connector, version, {
    target: input.target,
    supportDetails: input.supportDetails,
    secretHandling: input.secretHandling ?? null,
    riskAccepted: input.riskAccepted,
    dataSensitivity: input.dataSensitivity,
  });
}
