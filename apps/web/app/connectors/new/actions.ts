"use server";

import { buildFormDefinition, ZConnectorForm, type TConnectorForm } from "@connector-hub/db";
import { formatZodIssues } from "@connector-hub/governance";

export type FormDefinitionResult = { ok: true; text: string } | { ok: false; message: string };

/** The wizard's "start from scratch" form, turned into an OpenAPI 2.0 definition the import then validates. */
export async function buildDefinitionFromForm(form: TConnectorForm): Promise<FormDefinitionResult> {
  const parsed = ZConnectorForm.safeParse(form);
  if (!parsed.success) {
    return { ok: false, message: formatZodIssues(parsed.error, { root: "form" }) };
  }
  return { ok: true, text: buildFormDefinition(parsed.data) };
}
