"use server";

import { AppError, assignLicence, removeLicenceAssignment, saveLicencePlan } from "@connector-hub/db";
import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { sharingActorOf } from "@/server/sharing-actor.ts";
import { withAuthAction } from "@/server/auth/with-auth.ts";
import { db } from "@/server/db.ts";

export type FormState = { error?: string; ok?: string } | null;

// Expected failures come back as a sentence for the form; anything else stays an error page with a reference.
function toState(error: unknown): FormState {
  if (error instanceof AppError) return { error: error.message };
  if (error instanceof ZodError) return { error: error.issues.map((i) => i.message).join(" ") };
  throw error;
}

const text = (form: FormData, key: string) => String(form.get(key) ?? "").trim();
const optionalInt = (value: string) => (value === "" ? null : Number(value));

const savePlan = withAuthAction(
  "licence-plans.save",
  async (viewer, form: FormData): Promise<FormState> => {
    try {
      await saveLicencePlan(db(), {
        actor: sharingActorOf(viewer),
        plan: {
          key: text(form, "key"),
          name: text(form, "name"),
          usage: text(form, "usage"),
          createLimit: optionalInt(text(form, "createLimit")),
          canShare: form.get("canShare") === "on",
          trialDays: optionalInt(text(form, "trialDays")),
          sellable: form.get("sellable") === "on",
          source: text(form, "source"),
        },
      });
    } catch (error) {
      return toState(error);
    }
    revalidatePath("/admin/licences");
    return { ok: `Plan ${text(form, "key")} saved.` };
  },
  { role: "admin" },
);

const addAssignment = withAuthAction(
  "licence-assignments.add",
  async (viewer, form: FormData): Promise<FormState> => {
    try {
      const holder = text(form, "holder");
      await assignLicence(db(), {
        actor: sharingActorOf(viewer),
        input: {
          planKey: text(form, "planKey"),
          ...(holder.startsWith("group:") ? { groupId: holder.slice(6) } : { upn: holder }),
          startsAt: text(form, "startsAt"),
          expiresAt: text(form, "expiresAt"),
        },
      });
    } catch (error) {
      return toState(error);
    }
    revalidatePath("/admin/licences");
    return { ok: "Plan assigned." };
  },
  { role: "admin" },
);

const removeAssignment = withAuthAction(
  "licence-assignments.remove",
  async (viewer, form: FormData): Promise<FormState> => {
    try {
      await removeLicenceAssignment(db(), { assignmentId: text(form, "assignmentId"), actor: sharingActorOf(viewer) });
    } catch (error) {
      return toState(error);
    }
    revalidatePath("/admin/licences");
    return { ok: "Assignment removed." };
  },
  { role: "admin" },
);

export async function savePlanAction(_state: FormState, form: FormData): Promise<FormState> {
  return savePlan(form);
}
export async function addAssignmentAction(_state: FormState, form: FormData): Promise<FormState> {
  return addAssignment(form);
}
export async function removeAssignmentAction(_state: FormState, form: FormData): Promise<FormState> {
  return removeAssignment(form);
}
