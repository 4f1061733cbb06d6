import type { TSeverity } from "../../types.ts";

/**
 * Everything the OpenAPI 3 conversion can report: what Swagger 2.0 or a connector cannot hold. A warning
 * changes what the connector does (something is gone or chosen for the maker); an info is kept in another
 * form or is documentation only.
 */
export const LOSS_CODES = {
  SeveralServers: { severity: "warning", description: "Several servers: the first absolute https one became host and basePath, the others are listed." },
  ServerVariables: { severity: "warning", description: "Server variables: their default values were used." },
  NoServerHost: { severity: "warning", description: "No absolute server URL: host is missing and must be set." },
  OperationServers: { severity: "warning", description: "Servers on a path or operation: 2.0 has one host for the whole connector." },
  CompositionFlattened: { severity: "warning", description: "oneOf/anyOf: 2.0 has neither; objects were merged, other alternatives dropped." },
  DiscriminatorMapping: { severity: "warning", description: "A discriminator's mapping (or a discriminator outside allOf) cannot be expressed in 2.0." },
  NullableType: { severity: "info", description: "nullable or a type array with null: 2.0 has no null type; x-nullable: true was set." },
  TypeArray: { severity: "warning", description: "A type array with several non-null types: the first one was kept." },
  SchemaKeywordDropped: {
    severity: "info",
    description: "A JSON Schema keyword that 2.0 lacks (not, if/then/else, writeOnly, const...) was dropped or rewritten.",
  },
  RefSiblingsDropped: { severity: "info", description: "Keys beside a schema $ref (allowed in 3.1) are ignored in 2.0." },
  ExternalRef: { severity: "warning", description: "A reference to another file was kept as is; the platform will not follow it." },
  UnresolvedRef: { severity: "warning", description: "A local reference that points nowhere: the object was dropped." },
  CookieParameter: { severity: "warning", description: "Cookie parameters do not exist in 2.0: the parameter was dropped." },
  IgnoredHeaderParameter: {
    severity: "info",
    description: "Accept and Content-Type header parameters, which OpenAPI 3 ignores, were kept (the platform sends them).",
  },
  AuthorizationHeaderParameter: {
    severity: "warning",
    description: "An Authorization header parameter was dropped: the platform refuses it; the credential belongs in a security scheme.",
  },
  ParameterStyle: { severity: "warning", description: "A parameter style or shape 2.0 cannot express (deepObject, matrix, label, object values, content)." },
  SeveralRequestMediaTypes: { severity: "warning", description: "A request body in several media types: one was kept." },
  SeveralResponseMediaTypes: { severity: "info", description: "A response in several media types with different schemas: the first JSON one was kept." },
  FormEncoding: { severity: "info", description: "Encoding objects of a form body cannot be expressed in 2.0." },
  StatusCodeRange: { severity: "warning", description: "A status code range (2XX) does not exist in 2.0: the first code of the range was used." },
  CallbackAsWebhookTrigger: { severity: "info", description: "A callback that fits the platform's webhook pattern became a webhook trigger." },
  CallbackDropped: { severity: "warning", description: "A callback that does not fit a webhook trigger was dropped." },
  WebhooksDropped: { severity: "warning", description: "Top-level webhooks (3.1) have no subscription operation for the platform to call." },
  LinksDropped: { severity: "info", description: "Response links have no equivalent in 2.0 or connectors." },
  SecuritySchemeUnsupported: { severity: "warning", description: "A security scheme the platform does not support was dropped." },
  SecuritySchemeRewritten: {
    severity: "info",
    description: "A security scheme expressed another way (bearer as an API key header, one OAuth flow of several).",
  },
  ExamplesDropped: { severity: "info", description: "Examples that 2.0 has no place for (parameters, request bodies, several named examples)." },
  TraceOperation: { severity: "warning", description: "TRACE operations do not exist in 2.0." },
  OperationIdGenerated: { severity: "info", description: "An operation without operationId got one made from its method and path." },
  PathItemFieldDropped: { severity: "info", description: "Path item summary and description have no place in 2.0." },
  InfoFieldDropped: { severity: "info", description: "info.summary and license.identifier (3.1) have no place in 2.0." },
  DeprecatedParameter: { severity: "info", description: "Parameters cannot be marked deprecated in 2.0: x-ms-visibility advanced was set." },
} as const satisfies Record<string, { severity: TSeverity; description: string }>;

export type TLossCode = keyof typeof LOSS_CODES;
