import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Option, type Command } from "commander";
import { certifyConnector } from "../certify/certify-connector.ts";
import type { TPublisherKind } from "../certify/certify-types.ts";
import { readPaconnFolder } from "../convert/read-paconn-folder.ts";
import { formatText } from "../report/format-text.ts";
import type { FileReport } from "../report/report-types.ts";

interface CertifyFlags {
  kind: "auto" | TPublisherKind;
  zip?: string;
  format: "text" | "json";
}

const decoder = new TextDecoder();

/** Independent publishers all use #da3b01 (reference/certification.md section 8: 395 of 395). */
function guessKind(apiProperties: Uint8Array | undefined): TPublisherKind {
  return apiProperties && /"iconBrandColor"\s*:\s*"#da3b01"/i.test(decoder.decode(apiProperties)) ? "independent" : "certified";
}

export function registerCertifyCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("certify")
    .description("Check a connector folder against what certification in microsoft/PowerPlatformConnectors asks, and zip it as the repository lays it out")
    .argument("<folder>", "the connector's folder (apiDefinition.swagger.json, apiProperties.json, readme.md, icon.png, script.csx)")
    .addOption(
      new Option("--kind <kind>", "certified (verified publisher) or independent publisher; auto reads iconBrandColor")
        .choices(["auto", "certified", "independent"])
        .default("auto"),
    )
    .option("--zip <file>", "write the pull request's folder, zipped, here")
    .addOption(new Option("-f, --format <format>", "report format").choices(["text", "json"]).default("text"))
    .addHelpText(
      "after",
      "\nExit codes: 0 nothing blocks certification, 1 errors found, 2 bad usage.\nExample:\n  connector-hub certify ./Contoso --kind certified --zip contoso-pr.zip",
    )
    .action((folder: string, flags: CertifyFlags) => {
      if (!existsSync(folder) || !statSync(folder).isDirectory()) {
        process.stderr.write(`connector-hub: ${folder} is not a folder. Pass the connector's folder (the one holding apiDefinition.swagger.json).\n`);
        setExitCode(2);
        return;
      }
      const { files, findings: readFindings } = readPaconnFolder(folder);
      if (!files.definition) {
        process.stderr.write(formatText([{ file: folder, findings: readFindings }]));
        setExitCode(2);
        return;
      }
      const readmeName = readdirSync(folder).find((n) => /^readme\.md$/i.test(n));
      const kind = flags.kind === "auto" ? guessKind(files.apiProperties) : flags.kind;
      const report = certifyConnector({
        kind,
        definition: files.definition,
        apiProperties: files.apiProperties,
        readme: readmeName ? readFileSync(join(folder, readmeName), "utf8") : undefined,
        icon: files.icon,
        script: files.script,
        names: {
          definition: files.names.definition,
          apiProperties: files.names.apiProperties,
          readme: join(folder, readmeName ?? "readme.md"),
          icon: files.names.icon,
        },
      });
      const findings = [...readFindings.filter((f) => f.severity === "error"), ...report.findings];
      if (flags.zip && report.zip) writeFileSync(flags.zip, report.zip);
      if (flags.format === "json") {
        const { zip: _zip, ...rest } = report;
        process.stdout.write(`${JSON.stringify({ ...rest, findings, zipFile: flags.zip && report.zip ? flags.zip : undefined }, null, 2)}\n`);
      } else {
        const byFile = new Map<string, FileReport>();
        for (const f of findings) {
          const r = byFile.get(f.file) ?? { file: f.file, findings: [] };
          r.findings.push(f);
          byFile.set(f.file, r);
        }
        const text = formatText([...byFile.values()], { showSource: false });
        process.stdout.write(
          `Certification check (${kind === "certified" ? "verified publisher, certified-connectors/" : "independent publisher, independent-publisher-connectors/"})\n\n${text.endsWith("\n") ? text : `${text}\n`}\n`,
        );
        process.stdout.write(`What a reviewer will also ask (the hub cannot check these):\n${report.checklist.map((c) => `  [ ] ${c}`).join("\n")}\n`);
        if (flags.zip && report.zip)
          process.stdout.write(
            `\nWrote ${flags.zip}: ${report.entries.join(", ")}${report.errors > 0 ? " (fix the errors above before opening the pull request)" : ""}\n`,
          );
        else if (flags.zip) process.stdout.write("\nNo zip written: the folder needs a readable definition and apiProperties.json.\n");
      }
      setExitCode(findings.some((f) => f.severity === "error") ? 1 : 0);
    });
}
