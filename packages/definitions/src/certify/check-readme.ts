import type { Finding } from "../types.ts";
import { certifyFinding, type TPublisherKind } from "./certify-types.ts";

/**
 * The headings of the repository's readme templates (templates/certified-connectors/readme.md and
 * templates/Independent Publisher/readme.md at commit 8bff86e): required or not per kind, with the variants
 * published readmes use (accepted with a warning). Order is not enforced: 248 merged readmes differ from it.
 */
const SECTIONS: { heading: string; certified: boolean; independent: boolean; variants: string[] }[] = [
  { heading: "Prerequisites", certified: true, independent: true, variants: ["pre-requisites", "pre requisites"] },
  { heading: "Supported Operations", certified: true, independent: true, variants: ["supported actions", "actions", "operations"] },
  { heading: "Obtaining Credentials", certified: true, independent: true, variants: ["how to get credentials", "getting credentials"] },
  { heading: "Known Issues and Limitations", certified: true, independent: true, variants: ["known issues", "limitations", "known limitations"] },
  { heading: "Deployment Instructions", certified: true, independent: false, variants: ["deployment"] },
  { heading: "Getting Started", certified: false, independent: false, variants: [] },
  { heading: "Frequently Asked Questions", certified: false, independent: false, variants: ["faq"] },
];

interface THeading {
  level: number;
  text: string;
  line: number;
}

function headingsOf(text: string): THeading[] {
  const out: THeading[] = [];
  let isFence = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) isFence = !isFence;
    const match = !isFence ? /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw) : null;
    // The templates carry zero-width spaces; they are not part of the heading.
    if (match)
      out.push({
        level: (match[1] as string).length,
        text: (match[2] as string)
          .replace(/[\u200b\ufeff]/g, "")
          .replace(/:$/, "")
          .trim(),
        line: i + 1,
      });
  });
  return out;
}

/** Checks a readme against the template's sections for the publisher kind; every finding says what to add or change. */
export function checkReadme(text: string | undefined, kind: TPublisherKind, file = "readme.md", connectorTitle?: string): Finding[] {
  const template = kind === "certified" ? "templates/certified-connectors/readme.md" : "templates/Independent Publisher/readme.md";
  if (text === undefined) {
    return [
      certifyFinding(
        "ReadmeMissing",
        "error",
        `The folder has no readme.md. Add one following the repository's ${template}: Publisher, Prerequisites, Supported Operations, Obtaining Credentials, Known Issues and Limitations${kind === "certified" ? ", Deployment Instructions" : ""}.`,
        file,
      ),
    ];
  }
  const findings: Finding[] = [];
  const headings = headingsOf(text);
  const h1 = headings.find((h) => h.level === 1);
  if (!h1)
    findings.push(
      certifyFinding(
        "ReadmeTitleMissing",
        "error",
        `The readme has no title (a "# " heading). Start it with "# ${connectorTitle ?? "<Connector name>"}".`,
        file,
      ),
    );
  else if (/^title$/i.test(h1.text))
    findings.push(
      certifyFinding(
        "ReadmeTitlePlaceholder",
        "error",
        `The readme's title is still the template's "# Title". Replace it with the connector's name${connectorTitle ? ` ("${connectorTitle}")` : ""}.`,
        file,
        h1.line,
      ),
    );
  const publisher = headings.find((h) => /^publisher\s*:/i.test(h.text));
  if (!publisher) {
    findings.push(
      certifyFinding(
        "ReadmePublisherMissing",
        "error",
        `Add "## Publisher: ${kind === "certified" ? "<your company or organization>" : "<your first and last name, or company>"}" under the title, as the template does.`,
        file,
      ),
    );
  } else if (/publisher'?s name/i.test(publisher.text)) {
    findings.push(
      certifyFinding(
        "ReadmePublisherPlaceholder",
        "error",
        `"${publisher.text}" is the template's placeholder. Put the publisher's name after "Publisher:".`,
        file,
        publisher.line,
      ),
    );
  }
  for (const section of SECTIONS) {
    const isRequired = kind === "certified" ? section.certified : section.independent;
    const exact = headings.find((h) => h.text.toLowerCase() === section.heading.toLowerCase());
    if (exact) continue;
    const variant = headings.find((h) => section.variants.includes(h.text.toLowerCase()));
    if (variant) {
      findings.push(
        certifyFinding(
          "ReadmeHeadingVariant",
          "warning",
          `"${variant.text}" stands for the template's "${section.heading}"; reviewers ask for the template's wording. Rename the heading to "## ${section.heading}".`,
          file,
          variant.line,
        ),
      );
    } else if (isRequired) {
      findings.push(
        certifyFinding(
          "ReadmeSectionMissing",
          "error",
          `The readme has no "## ${section.heading}" section, which the ${kind === "certified" ? "certified" : "independent publisher"} template requires. Add it.`,
          file,
        ),
      );
    }
  }
  const operations = headings.find((h) => h.text.toLowerCase() === "supported operations");
  if (operations && !headings.some((h) => h.level > operations.level && h.line > operations.line)) {
    findings.push(
      certifyFinding(
        "ReadmeOperationsNotListed",
        "warning",
        'List each operation under "Supported Operations" with a "### <operation summary>" heading and a sentence on what it does, as the template does.',
        file,
        operations.line,
      ),
    );
  }
  if (/\u200b/.test(text))
    findings.push(
      certifyFinding("ReadmeZeroWidthSpace", "warning", "The readme contains zero-width spaces (U+200B) copied from the template. Delete them.", file),
    );
  return findings;
}
