/**
 * The one way a person is named in the audit trail: "Display Name (upn)". Stored with each event so the log still
 * names them after their account is gone; pages show the display name with the address on hover.
 */
export function formatActorLabel(person: { displayName: string; upn: string }): string {
  const name = person.displayName.trim();
  const upn = person.upn.trim();
  if (!name || name === upn) return upn;
  return `${name} (${upn})`;
}

/** The name part of a stored label, for pages that show the address on hover: "Ada Admin (ada@…)" → "Ada Admin". */
export function actorNameOf(label: string): string {
  return label.replace(/\s*\([^)]*@[^)]*\)\s*$/, "");
}
