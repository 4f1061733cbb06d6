import { DLP_GROUPS, type DlpPolicy, type DlpProblem } from "../types.ts";

const GROUP_LIST = DLP_GROUPS.join(", ");
const VALID_GROUPS: ReadonlySet<string> = new Set(DLP_GROUPS);
// Letters, digits and the URL punctuation a host pattern can carry, plus the wildcard.
const PATTERN_CHARS = /^[a-z0-9.*:/\-_~%]+$/i;

/**
 * Everything wrong with a DLP policy, each with what to change; empty means it may be saved.
 * Rules: an ordered list of host URL patterns ending with "*", Ignore only on "*",
 * overrides naming a connector by id or name, one group per connector.
 */
export function validateDlpPolicy(policy: DlpPolicy): DlpProblem[] {
  const problems: DlpProblem[] = [];
  const add = (code: DlpProblem["code"], path: string, message: string) => problems.push({ code, path, message });

  const seenPatterns = new Map<string, number>();
  const seenOrders = new Map<number, number>();
  let maxOrder = Number.NEGATIVE_INFINITY;
  for (const p of policy.patterns) if (Number.isFinite(p.order)) maxOrder = Math.max(maxOrder, p.order);
  let starCount = 0;

  policy.patterns.forEach((p, i) => {
    const at = `/patterns/${i}`;
    const text = p.pattern.trim();
    if (!Number.isInteger(p.order)) {
      add("dlp.order_invalid", `${at}/order`, `Pattern ${i + 1} has order ${String(p.order)}; use a whole number.`);
    } else if (seenOrders.has(p.order)) {
      add(
        "dlp.order_duplicate",
        `${at}/order`,
        `Patterns ${(seenOrders.get(p.order) ?? 0) + 1} and ${i + 1} both have order ${p.order}; give each pattern its own position.`,
      );
    } else {
      seenOrders.set(p.order, i);
    }
    if (!VALID_GROUPS.has(p.group)) {
      add("dlp.group_invalid", `${at}/group`, `Pattern "${text}" has group "${String(p.group)}"; use one of ${GROUP_LIST}.`);
    }
    if (text === "") {
      add("dlp.pattern_empty", `${at}/pattern`, `Pattern ${i + 1} is empty; enter a host URL pattern such as https://*.contoso.com, or remove it.`);
      return;
    }
    const problem = describeBadPattern(text);
    if (problem !== null) add("dlp.pattern_invalid", `${at}/pattern`, `Pattern "${text}" ${problem}`);
    const key = text.toLowerCase();
    const first = seenPatterns.get(key);
    if (first !== undefined) {
      add(
        "dlp.pattern_duplicate",
        `${at}/pattern`,
        `Pattern "${text}" appears twice (positions ${first + 1} and ${i + 1}); only the first can ever match, so remove the other.`,
      );
    } else {
      seenPatterns.set(key, i);
    }
    if (text === "*") {
      starCount++;
      if (p.order !== maxOrder) {
        add("dlp.star_not_last", `${at}/order`, `"*" must be the last pattern (it matches everything); move it after pattern order ${maxOrder}.`);
      }
    } else if (p.group === "IGNORE") {
      add("dlp.ignore_not_star", `${at}/group`, `Pattern "${text}" is set to Ignore, which is allowed only on "*"; choose Business, Non-business or Blocked.`);
    }
  });
  if (starCount === 0) {
    add("dlp.star_missing", "/patterns", `Add "*" as the last pattern: it decides the group of every connector no other pattern matches.`);
  }

  const targets = new Map<string, { group: string; index: number }>();
  policy.overrides.forEach((o, i) => {
    const at = `/overrides/${i}`;
    const id = o.connectorId?.trim() ?? "";
    const name = o.connectorName?.trim() ?? "";
    const label = name || id || `override ${i + 1}`;
    if (id === "" && name === "") {
      add("dlp.override_target_missing", at, `Classification ${i + 1} names no connector; choose the connector it applies to.`);
    }
    if (!VALID_GROUPS.has(o.group)) {
      add("dlp.group_invalid", `${at}/group`, `The classification of ${label} has group "${String(o.group)}"; use one of ${GROUP_LIST}.`);
    } else if (o.group === "IGNORE") {
      add(
        "dlp.override_ignore",
        `${at}/group`,
        `${label} is classified as Ignore, which is allowed only on the "*" pattern; choose Business, Non-business or Blocked.`,
      );
    }
    for (const key of [id ? `id:${id}` : "", name ? `name:${name.toLowerCase()}` : ""]) {
      if (key === "") continue;
      const earlier = targets.get(key);
      if (earlier === undefined) targets.set(key, { group: o.group, index: i });
      else if (earlier.group !== o.group) {
        add("dlp.override_conflict", `${at}/group`, `${label} is classified twice, as ${earlier.group} and as ${o.group}; keep one.`);
      }
    }
  });
  return problems;
}

function describeBadPattern(text: string): string | null {
  if (/\s/.test(text)) return "contains spaces; remove them.";
  if (!PATTERN_CHARS.test(text)) return 'contains characters a host URL cannot; use letters, digits, dots, hyphens, "*" and an optional https:// prefix.';
  const schemeEnd = text.indexOf("://");
  if (schemeEnd >= 0) {
    const scheme = text.slice(0, schemeEnd).toLowerCase();
    if (scheme !== "http" && scheme !== "https" && scheme !== "*") return `starts with "${scheme}://"; use https://, http:// or no scheme.`;
    if (text.slice(schemeEnd + 3) === "") return "has a scheme but no host; add the host, e.g. https://*.contoso.com.";
  } else if (text.includes(":/")) {
    return 'has a malformed scheme; write it as "https://".';
  }
  return null;
}
