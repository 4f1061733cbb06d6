import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
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
}

const decoder = new TextDecoder();

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
      const { exported, findings } = readSource(input);
      if (findings.length > 0) process.stderr.write(formatText([{ file: input, findings }]));
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
