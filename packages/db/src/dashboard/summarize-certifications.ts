import { summarizeCertification, type CertificationSummary } from "@connector-hub/governance";
import type { Db } from "../client.ts";

/** The dashboard's certification figure: connectors in progress, median days submitted → merged and in review. */
export async function summarizeCertifications(db: Db): Promise<CertificationSummary> {
  const events = await db.certificationEvent.findMany({ select: { connectorId: true, state: true, effectiveAt: true } });
  return summarizeCertification(events);
}
