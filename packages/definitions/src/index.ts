export type { Finding, Issue, Position, TJsonObject, TJsonValue, TSeverity } from "./types.ts";
export { parseDefinition, type ParsedDefinition, type ParseOptions } from "./parse/parse-definition.ts";
export { MAX_INPUT_BYTES } from "./parse/decode-input.ts";
export { findExcessiveNesting, MAX_NESTING_DEPTH } from "./parse/measure-nesting.ts";
export { escapePointerSegment, joinPointer, splitPointer } from "./parse/json-pointer.ts";
export { isLocalRef, resolveJsonPointer, resolveRef } from "./refs/resolve-ref.ts";
export { validateConnector, summarize, type ValidateConnectorOptions, type ValidationResult, type ValidationSummary } from "./validate/validate-connector.ts";
export { RULES, RULES_BY_ID, type RuleInfo } from "./rules/index.ts";
export type { TRuleGroup } from "./rules/rule-types.ts";
export { readPaconnZip } from "./convert/read-paconn-zip.ts";
export { readPaconnFolder } from "./convert/read-paconn-folder.ts";
export { writePaconnZip, writePaconnFolder, type PaconnExport } from "./convert/write-paconn.ts";
export { iconContentType, MAX_ICON_BYTES, type PaconnFiles, type PaconnReadResult } from "./convert/paconn-types.ts";
export { formatText, type TextOptions } from "./report/format-text.ts";
export { formatJson, buildJsonReport, type JsonReport } from "./report/format-json.ts";
export { formatSarif } from "./report/format-sarif.ts";
export type { FileReport } from "./report/report-types.ts";
export { ENTRA_ID_OAUTH2_SECURITY, BASIC_SECURITY, apiKeySecurity } from "./convert/security-templates.ts";
export { hubSwaggerDocument, pathTemplateParameters, type THubSwaggerParts } from "./convert/hub-swagger-document.ts";
export { convertPostmanCollection, type PostmanConversion } from "./convert/convert-postman-collection.ts";
export { validatePostmanCollection, looksLikePostman, type PostmanValidation } from "./convert/validate-postman-collection.ts";
export * from "./diff/index.ts";
export {
  summarizeDefinition,
  type DefinitionSummary,
  type OperationSummary,
  type OperationParameterSummary,
  type TConnectorKind,
  type McpSummary,
} from "./summary/summarize-definition.ts";
export { findMcpOperations, isMcpConnector, mcpEndpoint, MCP_STREAMABLE, type McpOperation } from "./mcp/find-mcp-operations.ts";
export {
  baseUrlOf,
  buildTestRequest,
  readSecurityScheme,
  TestInputError,
  type BuiltTestRequest,
  type OutgoingTestRequest,
  type SecurityScheme,
  type TConnectionValues,
} from "./test-request/build-test-request.ts";
export { buildSampleBody } from "./test-request/build-sample-body.ts";
export { listOperations, HTTP_METHODS, type TListedOperation, type TListedParameter } from "./document/list-operations.ts";
export { followRef, MAX_REF_CHAIN, type TRefOutcome } from "./document/resolve-ref.ts";
export { loadDefinition, type TLoadedDefinition } from "./document/load-definition.ts";
export { convertOpenApi3, looksLikeOpenApi3, type OpenApi3Conversion, type ConvertOpenApi3Options } from "./convert/openapi3/convert-openapi3.ts";
export { importOpenApi3, countLosses, type OpenApi3Import } from "./convert/openapi3/import-openapi3.ts";
export { LOSS_CODES, type TLossCode } from "./convert/openapi3/loss-codes.ts";
export { certifyConnector, type CertifyConnectorOptions, type CertificationReport } from "./certify/certify-connector.ts";
export { buildCertificationZip, connectorFolderName, repositoryFolder } from "./certify/build-certification-zip.ts";
export { checkReadme } from "./certify/check-readme.ts";
export { checkIcon, readPngFacts } from "./certify/check-icon.ts";
export type { TPublisherKind } from "./certify/certify-types.ts";
export { draftReadme } from "./certify/draft-readme.ts";
export { validateOpenApi3, type OpenApi3Validation } from "./convert/openapi3/validate-openapi3.ts";
export { checkMcpTools, type CheckMcpToolsOptions, type McpToolsCheck } from "./agents/check-mcp-tools.ts";
export { diffMcpTools, type McpToolChange, type TMcpToolChangeKind } from "./mcp/diff-mcp-tools.ts";
