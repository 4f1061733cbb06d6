import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { Option, type Command } from "commander";
import { looksLikeOpenApi3 } from "../convert/openapi3/convert-openapi3.ts";
import { importOpenApi3 } from "../convert/openapi3/import-openapi3.ts";
import { formatJson } from "../report/format-json.ts";
import { formatSarif } from "../report/format-sarif.ts";
import type { FileReport } from "../report/report-types.ts";
import { convertPostmanCollection } from "../convert/convert-postman-collection.ts";
import { readPaconnFolder } from "../convert/read-paconn-folder.ts";
import { looksLikePostman } from "../convert/validate-postman-collection.ts";
import { writePaconnFolder, writePaconnZip, type PaconnExport } from "../convert/write-paconn.ts";
import { parseDefinition } from "../parse/parse-definition.ts";
import { formatText } from "../report/format-text.ts";
import type { Finding } from "../types.ts";

interface ConvertFlags {
  out?: string;
  zip?: string;
  from: "auto" | "openapi3";
  report?: string;
}

const decoder = new TextDecoder();

/**
 * OpenAPI 3.0/3.1 in: the loss report (against the source file) and the validator's findings (against the
 * converted definition), printed together so the maker sees both lists at once.
 */
function readOpenApi3(input: string, bytes: Uint8Array): { exported?: PaconnExport; findings: Finding[]; reports: FileReport[] } {
  const result = importOpenApi3(bytes, { fileName: input });
  if (!result.definitionText) return { findings: result.findings, reports: [] };
  const reports: FileReport[] = [
    { file: input, findings: result.losses, source: decoder.decode(bytes) },
    { file: "apiDefinition.swagger.json", findings: result.validation?.findings ?? [], source: result.definitionText },
  ];
  return { findings: [], reports, exported: { definition: result.definitionText } };
}

/** Reads a Postman collection, a definition (JSON or YAML) or a paconn folder into what a paconn export needs. */
function readSource(input: string): { exported?: PaconnExport; findings: Finding[] } {
  if (statSync(input).isDirectory()) {
    const { files, findings } = readPaconnFolder(input);
    if (!files.definition) return { findings };
    return {
      findings,
      exported: {
        definition: decoder.decode(files.definition),
        apiProperties: files.apiProperties ? decoder.decode(files.apiProperties) : undefined,
        icon: files.icon,
        script: files.script ? decoder.decode(files.script) : undefined,
      },
    };
  }
  const bytes = readFileSync(input);
  const text = decoder.decode(bytes);
  if (looksLikePostman(text)) {
    const { swagger, findings } = convertPostmanCollection(bytes, input);
    return { findings, exported: swagger ? { definition: swagger } : undefined };
  }
  const parsed = parseDefinition(bytes, { fileName: input });
  const isFatal = parsed.findings.some((f) => f.severity === "error");
  return {
    findings: parsed.findings,
    exported: parsed.document && !isFatal ? { definition: parsed.format === "json" ? text : (parsed.document as object) } : undefined,
  };
}

export function registerConvertCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("convert")
    .description("Convert a Postman collection, a YAML/JSON definition or a paconn folder into a paconn folder or zip")
    .argument("<input>", "Postman collection (v2.1, v2.0, v1), OpenAPI 2.0 JSON/YAML, or a paconn folder")
    .option("--out <folder>", "write a paconn folder here")
    .option("--zip <file>", "write a paconn zip here")
    .addOption(new Option("--from <format>", "the input's format (auto detects OpenAPI 3 by its openapi field)").choices(["auto", "openapi3"]).default("auto"))
    .option("--report <file>", "OpenAPI 3 input: also write the loss report and the validator's findings (.sarif for SARIF, else JSON)")
    .addHelpText(
      "after",
      "\nOpenAPI 3.0 and 3.1 (JSON or YAML) are converted to Swagger 2.0; the loss report lists, with line and column in the source, what\n2.0 or a connector cannot hold and what was done instead, followed by the validator's findings on the result.\nExample:\n  connector-hub convert --from openapi3 openapi.yaml --out ./MyConnector --report losses.sarif",
    )
    .action((input: string, flags: ConvertFlags) => {
      if (!flags.out && !flags.zip) {
        process.stderr.write("connector-hub: say where to write the result with --out <folder> or --zip <file>.\n");
        setExitCode(2);
        return;
      }
      if (!existsSync(input)) {
        process.stderr.write(`connector-hub: ${input}: no such file or folder.\n`);
        setExitCode(2);
        return;
      }
      const isOpenApi3 =
        !statSync(input).isDirectory() && (flags.from === "openapi3" || looksLikeOpenApi3(decoder.decode(readFileSync(input).subarray(0, 4096))));
      const { exported, findings, reports } = isOpenApi3 ? readOpenApi3(input, readFileSync(input)) : { ...readSource(input), reports: [] };
      if (findings.length > 0) process.stderr.write(formatText([{ file: input, findings }]));
      if (reports.length > 0) {
        const labels = ["loss report", "validator"];
        const text = formatText(reports.map((r, i) => ({ ...r, file: `${r.file} (${labels[i] ?? ""})` })));
        process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
        if (flags.report) writeFileSync(flags.report, /\.sarif$/i.test(flags.report) ? formatSarif(reports) : formatJson(reports));
      }
      if (!exported) {
        setExitCode(1);
        return;
      }
      if (flags.out) process.stdout.write(`Wrote ${writePaconnFolder(flags.out, exported).join(", ")}\n`);
      if (flags.zip) {
        writeFileSync(flags.zip, writePaconnZip(exported));
        process.stdout.write(`Wrote ${flags.zip}\n`);
      }
      setExitCode(0);
    });
}
