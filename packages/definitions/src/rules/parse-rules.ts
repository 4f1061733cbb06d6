import type { EngineRule } from "./rule-types.ts";

const parsing = (id: string, severity: EngineRule["severity"], description: string): EngineRule => ({
  id,
  severity,
  group: "Parsing",
  description,
  origin: "hub",
  node: "engine",
});

/** Problems found before any rule runs: the file cannot be read as a definition, or only leniently. */
export const PARSE_RULES: EngineRule[] = [
  parsing("InvalidJson", "error", "The file is not valid JSON; the message says what is missing at the line and column."),
  parsing("InvalidYaml", "error", "The file is not valid YAML."),
  parsing("YamlAliasLimitExceeded", "error", "The YAML expands too many aliases (alias bomb)."),
  parsing("FileNotUtf8", "error", "The file holds bytes that are not UTF-8; the publishing pipeline refuses it."),
  parsing("FileTooLarge", "error", "The file is too large to read safely; it is refused without being parsed."),
  parsing("BinaryContentNotAllowed", "error", "The file is binary, not JSON or YAML text."),
  parsing("NestingTooDeep", "error", "Objects or arrays are nested deeper than the validator accepts."),
  parsing("ByteOrderMarkPresent", "warning", "UTF-8 byte-order mark: the platform accepts it, other tools refuse it."),
  parsing("TrailingCommaNotAllowed", "warning", "Trailing comma: the platform accepts it, JSON and other tools do not."),
  parsing("CommentNotAllowed", "warning", "Comment in JSON: the platform accepts it, JSON and other tools do not."),
  parsing("PrototypeKeyNotAllowed", "warning", "A property named __proto__, which JavaScript tools mishandle; rename it."),
  parsing("DocumentNotObject", "error", "The document is not a JSON object, so it cannot be a Swagger 2.0 definition."),
];

/** Problems with a connector package (zip or folder) rather than one file. */
export const PACKAGE_RULES: EngineRule[] = [
  { ...parsing("ArchiveNotValid", "error", "A .zip given as a paconn package cannot be read."), group: "Parsing" },
  { ...parsing("PaconnDefinitionMissing", "error", "A paconn folder or zip holds no apiDefinition.swagger.json."), group: "Parsing" },
  { ...parsing("PaconnIconNotImage", "warning", "The package's icon is not a PNG or JPEG image under 1 MB, so it is not used."), group: "Parsing" },
];

/** Notes and refusals from converting a Postman collection. */
export const CONVERSION_RULES: EngineRule[] = [
  parsing("PostmanCollectionNotValid", "error", "The file given as a Postman collection is not one."),
  parsing("PostmanHostUnknown", "warning", "No request in the collection has a concrete host; the converted definition needs one."),
  parsing("PostmanRequestSkipped", "warning", "Two requests share a method and path; Swagger keeps only the first."),
  parsing("PostmanConversionNote", "info", "Something in the collection (auth type, bearer token) could not be carried over exactly."),
];
