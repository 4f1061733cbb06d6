"use client";

import type { Finding } from "@connector-hub/definitions";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { PublishedMatch } from "./published-matches.tsx";

/** What the maker has given so far: a file, pasted text, or text built by the form. */
export type Draft = { kind: "file"; file: File } | { kind: "text"; text: string; fileName: string; isForm: boolean };

export interface ValidationAnswer {
  sourceFormat: string;
  summary: { errors: number; warnings: number };
  findings: Finding[];
  connector: {
    title: string;
    description: string;
    host: string;
    basePath: string;
    authType: string;
    usesGateway: boolean;
    actionCount: number;
    triggerCount: number;
  };
  duplicates?: { slug: string; title: string; host: string; publisher: string; reason: string }[];
  /** Connectors Microsoft's repository already publishes for the same API. */
  published?: PublishedMatch[];
}

export function draftFormData(draft: Draft): FormData {
  const data = new FormData();
  if (draft.kind === "file") data.set("file", draft.file);
  else {
    data.set("text", draft.text);
    data.set("fileName", draft.fileName);
    if (draft.isForm) data.set("sourceKind", "form");
  }
  return data;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Validates the draft as the maker types or uploads (debounced), through POST /api/v1/validate, with the duplicate check. */
export function useDraftValidation(draft: Draft | null) {
  const settled = useDebounced(draft, 400);
  const key = settled
    ? settled.kind === "file"
      ? `file:${settled.file.name}:${settled.file.size}:${settled.file.lastModified}`
      : `text:${settled.fileName}:${settled.text}`
    : null;
  return useQuery({
    queryKey: ["validate-draft", key],
    enabled: settled !== null && (settled.kind === "file" || settled.text.trim() !== ""),
    staleTime: Infinity,
    retry: false,
    queryFn: async ({ signal }): Promise<ValidationAnswer> => {
      const response = await fetch("/api/v1/validate?duplicates=true", { method: "POST", body: draftFormData(settled!), signal });
      const body = (await response.json().catch(() => null)) as (ValidationAnswer & { error?: { message: string } }) | null;
      if (!response.ok || !body || body.error) throw new Error(body?.error?.message ?? `Validation failed (HTTP ${response.status}). Try again.`);
      return body;
    },
  });
}
